import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyWithPersonas } from '../../../test/arbitraries.ts';
import { examples, loadExample } from '../../../test/examples.ts';
import { mermaidJourney } from '../../../test/mermaid.ts';
import { check } from '../../../test/workspace.ts';
import { importedFiles, importMermaid, journeyMermaid, journeyParts, journeySchema, type Diagnostic } from '../../index.ts';
import { foldLines } from '../text.ts';

const example = (name: string) => readFileSync(new URL(`../../../test/mermaid-docs/${name}`, import.meta.url), 'utf8');
const said = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

describe('importMermaid', () => {
  it('imports the example of Mermaid\'s documentation, saying what it assumed', () => {
    const { value, diagnostics } = importMermaid(example('working-day.mmd'), { file: 'day.mmd' });
    expect(value?.journey).toEqual({
      id: 'my-working-day',
      title: 'My working day',
      personas: ['me', 'cat'],
      stages: [
        {
          id: 'go-to-work',
          name: 'Go to work',
          kind: 'custom',
          steps: [
            { id: 'make-tea', name: 'Make tea', emotion: 5 },
            { id: 'go-upstairs', name: 'Go upstairs', emotion: 3 },
            { id: 'do-work', name: 'Do work', emotion: 1 },
          ],
        },
        { id: 'go-home', name: 'Go home', kind: 'custom', steps: [{ id: 'go-downstairs', name: 'Go downstairs', emotion: 5 }, { id: 'sit-down', name: 'Sit down', emotion: 5 }] },
      ],
    });
    expect(value?.personas).toEqual([{ id: 'me', name: 'Me' }, { id: 'cat', name: 'Cat' }]);
    expect(said(diagnostics)).toEqual([
      '2:1 warning The journey\'s id "my-working-day" comes from its title.',
      '3:1 warning Stage ids come from section names: go-to-work, go-home.',
      '3:1 warning Stage kinds are guessed from section names (Go to work: custom; Go home: custom).',
      '3:1 warning Step ids come from task names: make-tea, go-upstairs, do-work, go-downstairs, sit-down.',
      '4:1 warning Task scores are taken as the steps\' emotions on a scale of 1 (very negative) to 5 (very positive).',
      '4:1 warning New personas stand for the actors Me (me), Cat (cat).',
      '4:1 warning Which actors take part in each task ("Make tea", "Go upstairs", "Go downstairs", "Sit down" have fewer) is not imported: a Journeykit journey is drawn for all of its personas.',
    ]);
  });

  it('imports the examples of Mermaid\'s parser tests: tasks without actors, sections without tasks, accessibility', () => {
    const tasks = importMermaid(example('task-definitions.mmd')).value?.journey;
    expect(tasks?.personas).toEqual(['alice', 'bob', 'charlie']);
    expect(tasks?.stages.map((stage) => stage.steps?.length)).toEqual([5, 3]);
    const accessible = importMermaid(example('accessibility.mmd'));
    expect(accessible.value?.journey).toMatchObject({ title: 'Adding journey diagram functionality to mermaid', summary: 'A user journey for\nfamily shopping', stages: [{ name: 'Order from website', kind: 'purchase', steps: [] }] });
    expect(said(accessible.diagnostics)).toContain('6:11 warning The accessible title is not imported: Journeykit exports the journey\'s title as its accessible title.');
  });

  it('takes scores from 0 to 5 as emotions on a scale of 0 to 5, as they are', () => {
    const diagram = 'journey\n  title Returns\n  section Send back\n    Print the label: 0: Me\n    Drop the parcel: 3: Me\n    Get a refund: 5: Me\n';
    const { value, diagnostics } = importMermaid(diagram, { file: 'returns.mmd' });
    expect(errors(diagnostics)).toEqual([]);
    expect(value?.journey).toMatchObject({ emotionScale: { min: 0, max: 5 } });
    expect(value?.journey.stages[0]?.steps?.map((step) => step.emotion)).toEqual([0, 3, 5]);
    expect(said(diagnostics)).toContain('4:1 warning Task scores are taken as the steps\' emotions on a scale of 0 (very negative) to 5 (very positive).');
  });

  it('writes files that a workspace accepts', () => {
    const { value } = importMermaid(example('working-day.mmd'), { file: 'day.mmd' });
    const files = importedFiles(value!, { source: 'day.mmd', schemaHint: (kind) => `# schema: ${kind}` });
    expect(files.map((file) => file.path)).toEqual(['journeys/my-working-day.yaml', 'personas/me.yaml', 'personas/cat.yaml']);
    expect(files[1]?.text).toBe('# schema: persona\n# Made by journeykit import mermaid for the actor "Me" of day.mmd: describe the persona here.\nid: me\nname: Me\n');
    const { value: workspace, diagnostics } = check({ 'journeykit.config.yaml': 'name: Test\n', ...Object.fromEntries(files.map((file) => [file.path, file.text])) });
    expect(errors(diagnostics)).toEqual([]);
    expect(workspace?.journeys[0]?.stages[1]?.steps[1]).toEqual({ id: 'sit-down', name: 'Sit down', emotion: 5 });
  });

  it('reuses the personas of the workspace by name and refuses an id it already has', async () => {
    const workspace = await loadExample('b2b-saas');
    const source = 'journey\n  title Land and expand\n  section Sign\n    Signs: 4: Maya, operations lead\n';
    expect(importMermaid(source.replace(', operations lead', '#44; operations lead'), { workspace, id: 'sign' }).value?.personas).toEqual([]);
    const taken = importMermaid(source, { file: 'd.mmd', workspace });
    expect(said(taken.diagnostics).filter((d) => d.includes('error'))).toEqual(['2:9 error The workspace already has a journey with the id "land-and-expand", in journeys/land-and-expand.yaml.']);
    expect(taken.value).toBeUndefined();
  });

  it('refuses what journeykit check would refuse in the workspace, at the comment that says it', async () => {
    const workspace = await loadExample('b2b-saas');
    const source = 'journey\n  title Renewal\n  section Renew\n    %% journeykit:stage {"id":"renew","kind":"retention","owner":"marketting"}\n    Signs: 4\n';
    const { value, diagnostics } = importMermaid(source, { file: 'd.mmd', workspace });
    expect(value).toBeUndefined();
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ rule: 'refs/team-exists', file: 'd.mmd', line: 4, column: 25, message: expect.stringMatching(/^No team has the id "marketting"\. Did you mean "marketing"\? Existing teams: "marketing", /) })]);
  });

  it('lets what the diagram shows win over its comments, and skips comments it cannot read', () => {
    const source = 'journey\n  title Renamed\n  %% journeykit:journey {"id":"j","title":"Old","emotionScale":{"min":0,"max":10}}\n  section S\n    %% journeykit:stage {oops}\n    Pays: 2\n    %% journeykit:step {"id":"pay","emotion":7}\n';
    const { value, diagnostics } = importMermaid(source);
    expect(value?.journey).toMatchObject({ id: 'j', title: 'Renamed', emotionScale: { min: 0, max: 10 }, stages: [{ id: 's', steps: [{ id: 'pay', emotion: 2.5 }] }] });
    expect(said(diagnostics)).toContainEqual(expect.stringMatching(/^5:25 warning The journeykit:stage comment is ignored: its JSON cannot be parsed/));
  });

  it.each([
    ['hello', '1:1 mermaid/not-journey'],
    ['journey\n  title Nothing yet\n', '2:1 mermaid/empty'],
    ['journey\n  section S\n    T: 3\n    %% journeykit:step {"id":"Not An Id"}\n', '4:24 mermaid/invalid-data'],
  ])('refuses %j with a located error', (source, expected) => {
    const { value, diagnostics } = importMermaid(source, { file: 'd.mmd' });
    expect(value).toBeUndefined();
    expect(errors(diagnostics).map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([expected]);
  });

  it.each(examples)('gives back every journey of the %s example whole, through Mermaid with its comments', async (name) => {
    const workspace = await loadExample(name);
    for (const journey of workspace.journeys) {
      const { value, diagnostics } = importMermaid(journeyMermaid(journey, { personas: workspace.personas }), { file: 'd.mmd' });
      expect(errors(diagnostics)).toEqual([]);
      expect(diagnostics).toEqual([]);
      expect(journeySchema.parse(value?.journey)).toEqual(journey);
      // Into the workspace it came from, under another id: every reference resolves.
      expect(errors(importMermaid(journeyMermaid(journey, { personas: workspace.personas }), { workspace, id: 'copy' }).diagnostics)).toEqual([]);
    }
  });

  it('gives back any journey whole, whatever its names hold', () => {
    fc.assert(
      fc.property(journeyWithPersonas, ({ journey, personas }) => {
        const text = journeyMermaid(journey, { personas });
        expect(mermaidJourney(text).tasks).toHaveLength(journeyParts(journey).steps.length);
        const { value, diagnostics } = importMermaid(text);
        expect(errors(diagnostics)).toEqual([]);
        expect(journeySchema.parse(value?.journey)).toEqual(journey);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('keeps what Mermaid shows of any journey, without the comments', () => {
    fc.assert(
      fc.property(journeyWithPersonas, ({ journey, personas }) => {
        const shown = mermaidJourney(journeyMermaid(journey, { personas, metadata: false }));
        const imported = importMermaid(journeyMermaid(journey, { personas, metadata: false })).value!;
        const names = journey.personas.map((id) => imported.personas.find((p) => p.id === imported.journey.personas?.[journey.personas.indexOf(id)])?.name);
        expect(imported.journey.title).toBe(journey.title);
        expect(imported.journey.summary).toBe(journey.summary);
        // Line breaks are drawn as spaces; only the title keeps them, in the accessible title.
        expect(imported.journey.stages.map((stage) => stage.name)).toEqual(journey.stages.map((stage) => foldLines(stage.name)));
        expect(imported.journey.stages.flatMap((stage) => stage.steps?.map((step) => [step.name, step.emotion]))).toEqual(shown.tasks.map((task) => [task.task, task.score]));
        // Actors show on tasks only, and each task shows them all.
        if (shown.tasks.length > 0) expect(names).toEqual(shown.tasks[0]?.people);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
