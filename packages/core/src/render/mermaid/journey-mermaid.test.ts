import { describe, expect, it } from 'vitest';
import { examples, loadExample } from '../../../test/examples.ts';
import { mermaidJourney } from '../../../test/mermaid.ts';
import { emotionToScore, importMermaid, journeyMermaid, journeyParts, journeySchema } from '../../index.ts';

const journey = journeySchema.parse({
  id: 'first-order',
  title: 'First order',
  summary: 'From the ad\nto the parcel.',
  personas: ['sam', 'ann'],
  stages: [
    { id: 'look', name: 'Look: and compare', kind: 'consideration', steps: [{ id: 'browse', name: 'Browses #1 picks', emotion: 4 }] },
    { id: 'buy', name: 'Buy', kind: 'purchase', steps: [{ id: 'pay', name: 'Title page', touchpoints: [{ id: 'co', name: 'Checkout', channel: 'web' }] }] },
  ],
});
const personas = [{ id: 'sam', name: 'Sam, first-time buyer' }, { id: 'ann', name: 'Ann' }];

describe('journeyMermaid', () => {
  it('draws a section per stage and a task per step, scored by emotion, with the personas as actors', () => {
    expect(journeyMermaid(journey, { personas, metadata: false })).toBe(
      [
        'journey',
        '  title First order',
        '  accTitle: First order',
        '  accDescr {',
        '    From the ad',
        '    to the parcel.',
        '  }',
        '  section Look#58; and compare',
        '    Browses #35;1 picks: 4: Sam#44; first-time buyer, Ann',
        '  section Buy',
        '    #84;itle page: 3: Sam#44; first-time buyer, Ann',
        '',
      ].join('\n'),
    );
  });

  it('keeps what Mermaid cannot show in journeykit comments after what they describe', () => {
    const lines = journeyMermaid(journey, { personas }).split('\n');
    expect(lines.filter((line) => line.trimStart().startsWith('%% journeykit:'))).toEqual([
      '  %% journeykit:journey {"id":"first-order","status":"current","state":"as-is","scope":"end-to-end","emotionScale":{"min":1,"max":5}}',
      '  %% journeykit:actors [{"persona":"sam","actor":"Sam, first-time buyer"},{"persona":"ann","actor":"Ann"}]',
      '    %% journeykit:stage {"id":"look","kind":"consideration"}',
      '    %% journeykit:step {"id":"browse"}',
      '    %% journeykit:stage {"id":"buy","kind":"purchase"}',
      '    %% journeykit:step {"id":"pay","touchpoints":[{"id":"co","name":"Checkout","channel":"web","type":"direct","automated":false}],"emotion":null}',
    ]);
  });

  it('maps emotions on other scales onto 1–5, keeping the exact emotion when the score does not give it back', () => {
    const tenPoint = journeySchema.parse({ ...journey, emotionScale: { min: 0, max: 10 }, stages: [{ id: 's', name: 'S', kind: 'custom', steps: [{ id: 'a', name: 'A', emotion: 7 }, { id: 'b', name: 'B', emotion: 5 }] }] });
    const text = journeyMermaid(tenPoint);
    expect(text).toContain('    A: 4: sam, ann\n    %% journeykit:step {"id":"a","emotion":7}\n');
    expect(text).toContain('    B: 3: sam, ann\n    %% journeykit:step {"id":"b"}\n');
    expect(emotionToScore(-3, { min: 1, max: 5 })).toBe(1);
  });

  it('scores a step by its default emotion, keeping each persona\'s own and the stage\'s own items for the import', () => {
    const felt = journeySchema.parse({
      ...journey,
      stages: [
        {
          id: 'look',
          name: 'Look',
          kind: 'consideration',
          painPoints: [{ id: 'slow', title: 'Slow', severity: 4, evidence: 'observed' }],
          steps: [{ id: 'browse', name: 'Browses', emotion: 4, emotions: { sam: 1, ann: 5 }, touchpoints: [{ id: 'pp', name: 'Page', channel: 'web', lane: 'frontstage' }] }],
        },
      ],
    });
    const text = journeyMermaid(felt, { personas });
    expect(text).toMatch(/^ {4}Browses: 4: /m);
    const imported = importMermaid(text).value!.journey;
    expect(imported.stages[0]).toMatchObject({ painPoints: [{ id: 'slow', severity: 4 }], steps: [{ id: 'browse', emotion: 4, emotions: { sam: 1, ann: 5 }, touchpoints: [{ lane: 'frontstage' }] }] });
  });

  it('tells apart personas that share a name', () => {
    const text = journeyMermaid(journey, { personas: [{ id: 'sam', name: 'Sam' }, { id: 'ann', name: 'Sam' }], metadata: false });
    expect(text).toContain(': 4: Sam, Sam (ann)\n');
  });

  it('never lets data in a comment look like a Mermaid directive', () => {
    const odd = journeySchema.parse({ ...journey, goal: 'Reach 50%%{init}%% of carts' });
    expect(journeyMermaid(odd)).toContain('"goal":"Reach 50\\u0025\\u0025{init}\\u0025\\u0025 of carts"');
  });

  it.each(examples)('draws every journey of the %s example as Mermaid reads it', async (example) => {
    const workspace = await loadExample(example);
    for (const each of workspace.journeys) {
      const read = mermaidJourney(journeyMermaid(each, { personas: workspace.personas }));
      const names = each.personas.map((id) => workspace.personas.find((p) => p.id === id)!.name);
      expect(read.title).toBe(each.title);
      expect(read.accTitle).toBe(each.title);
      expect(read.accDescr).toBe(each.summary ?? '');
      expect(read.sections).toEqual(each.stages.map((stage) => stage.name));
      expect(read.tasks).toEqual(
        journeyParts(each).steps.map(({ value, stage }) => ({
          section: stage.name,
          task: value.name,
          score: value.emotion === undefined ? 3 : emotionToScore(value.emotion, each.emotionScale),
          people: names,
        })),
      );
    }
  });
});
