import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mermaidJourney } from '../../../test/mermaid.ts';
import { parseJourneyDiagram } from './parse-journey-diagram.ts';

const example = (name: string) => readFileSync(new URL(`../../../test/mermaid-docs/${name}`, import.meta.url), 'utf8');

/** The diagram as plain data: what Mermaid's journeyDb would hold, for comparison. */
function summary(source: string) {
  const { value, diagnostics } = parseJourneyDiagram(source, 'd.mmd');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return {
    title: value?.title?.text ?? '',
    accTitle: value?.accTitle?.text ?? '',
    accDescr: value?.accDescr?.text ?? '',
    sections: value?.sections.flatMap((s) => (s.name === undefined ? [] : [s.name.text])),
    tasks: value?.sections.flatMap((s) => s.tasks.map((t) => ({ section: s.name?.text ?? '', task: t.name.text, score: t.score, people: t.actors.map((a) => a.text) }))),
  };
}

/** Mermaid's reading, with the empty actor Mermaid keeps for `Task: 5:` left out. */
function mermaids(source: string) {
  const diagram = mermaidJourney(source);
  return { ...diagram, tasks: diagram.tasks.map((task) => ({ ...task, people: task.people.filter((p) => p !== '') })) };
}

describe('parseJourneyDiagram', () => {
  it.each(['working-day.mmd', 'task-definitions.mmd', 'accessibility.mmd'])('reads the Mermaid documentation example %s as Mermaid does', (name) => {
    expect(summary(example(name))).toEqual(mermaids(example(name)));
  });

  it('reads the documentation example to the letter', () => {
    expect(summary(example('working-day.mmd'))).toMatchObject({
      title: 'My working day',
      sections: ['Go to work', 'Go home'],
      tasks: [
        { section: 'Go to work', task: 'Make tea', score: 5, people: ['Me'] },
        { section: 'Go to work', task: 'Go upstairs', score: 3, people: ['Me'] },
        { section: 'Go to work', task: 'Do work', score: 1, people: ['Me', 'Cat'] },
        { section: 'Go home', task: 'Go downstairs', score: 5, people: ['Me'] },
        { section: 'Go home', task: 'Sit down', score: 5, people: ['Me'] },
      ],
    });
    expect(summary(example('accessibility.mmd'))).toMatchObject({ accDescr: 'A user journey for\nfamily shopping', accTitle: 'Adding acc journey diagram functionality to mermaid' });
  });

  it('locates every part of a task', () => {
    const task = parseJourneyDiagram('journey\n  section Work\n    Make tea: 5: Me, Cat\n').value?.sections[0]?.tasks[0];
    expect(task?.name).toEqual({ text: 'Make tea', line: 3, column: 5, endColumn: 13 });
    expect(task?.actors[1]).toEqual({ text: 'Cat', line: 3, column: 22, endColumn: 25 });
  });

  it('skips comments, directives and front matter, taking the front matter title', () => {
    const source = '---\ntitle: From front matter\nconfig:\n  theme: dark\n---\n%%{init: {"theme": "forest"}}%%\njourney\n  %% a comment\n  section Work # a comment too\n    Make tea: 5: Me\n';
    const { value, diagnostics } = parseJourneyDiagram(source, 'd.mmd');
    expect(value?.title?.text).toBe('From front matter');
    expect(value?.sections[0]?.name?.text).toBe('Work');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:1 mermaid/ignored', '6:1 mermaid/ignored']);
  });

  it('keeps journeykit comments with the section or task they follow, and warns about misplaced ones', () => {
    const source = 'journey\n  %% journeykit:journey {"id":"j"}\n  section S\n    %% journeykit:stage {"id":"s"}\n    T: 3\n    %% journeykit:step {"id":"t"}\n    %% journeykit:stage {"id":"late"}\n';
    const { value, diagnostics } = parseJourneyDiagram(source, 'd.mmd');
    expect(value?.metadata.journey).toMatchObject({ json: '{"id":"j"}', line: 2, column: 25 });
    expect(value?.sections[0]?.metadata?.json).toBe('{"id":"s"}');
    expect(value?.sections[0]?.tasks[0]?.metadata?.json).toBe('{"id":"t"}');
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'mermaid/bad-comment', line: 7, message: 'The journeykit:stage comment is ignored: it must come right after its section.' })]);
  });

  it.each([
    ['flowchart LR\n  A --> B\n', '1:1 error This is a Mermaid flowchart, not a user journey: expected `journey` as its first word.'],
    ['hello\n', '1:1 error Expected `journey`, the first word of a Mermaid user journey diagram, but found "hello".'],
    ['journey\n  section Work\n    Make tea\n', '3:5 error The task "Make tea" has no score: expected `:` and a score from 0 to 5 after the task\'s name.'],
    ['journey\n  section Work\n    Make tea: great: Me\n', '3:15 error Invalid score "great": expected a whole number from 0 to 5, how the user feels at the task.'],
    ['journey\n  section Work\n    Make tea: 7\n', '3:15 error Invalid score "7": expected a whole number from 0 to 5, how the user feels at the task.'],
    ['journey\n  section Work\n    Make tea #1: 5\n', '3:5 error The task "Make tea" has no score: expected `:` and a score from 0 to 5 after the task\'s name.'],
    ['journey\n  section Work\n    Tea; coffee: 5\n', '3:8 error Mermaid does not accept `;` here: expected a line break between statements, or #59; for a semicolon in a name.'],
    ['journey\n  section Work: at 9\n', '2:15 error A section name cannot hold `:`: expected a name without `:`, or #58; for a colon.'],
    ['journey\n  section\n', '2:3 error `section` has no text: expected the name of the section after `section`.'],
    ['journey\n  accDescr {\n    never closed\n', '2:3 error `accDescr {` is not closed: expected `}` after the description.'],
    ['journey\n  section Work\n  journey\n', '3:3 error `journey` comes again: expected a title, section or task; `journey` only starts the diagram.'],
    ['journey\n  section Work\n    : 5\n', '3:5 error A task without a name: expected the name of the task before `:`.'],
  ])('reports %j with its line and column and what was expected', (source, expected) => {
    const { value, diagnostics } = parseJourneyDiagram(source, 'd.mmd');
    expect(value).toBeUndefined();
    const [first] = diagnostics;
    expect(`${first?.line}:${first?.column} ${first?.severity} ${first?.message}`).toBe(expected);
    expect(first?.file).toBe('d.mmd');
  });

  it('agrees with Mermaid on what it refuses', () => {
    for (const source of ['journey\n  section Work\n    Make tea\n', 'journey\n  section Work\n    Tea; coffee: 5\n', 'journey\n  section Work: at 9\n', 'journey\n  section Work\n  journey\n']) {
      expect(() => mermaidJourney(source), source).toThrow(/Mermaid/);
    }
  });

  it('never throws, whatever the text', async () => {
    const { default: fc } = await import('fast-check');
    const line = fc.string({ unit: fc.constantFrom('journey', 'title ', 'section ', 'accDescr', '{', '}', ':', ';', '#', '%%', ' ', '\n', 'a', '5', ',', '---', '#35;'), maxLength: 30 });
    fc.assert(fc.property(line, (source) => void parseJourneyDiagram(`journey\n${source}`)));
  });
});
