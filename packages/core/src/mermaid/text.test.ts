import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/arbitraries.ts';
import { mermaidJourney } from '../../test/mermaid.ts';
import { escapeMermaidText, unescapeMermaidText } from './text.ts';

describe('escapeMermaidText', () => {
  it('writes what Mermaid reserves as entity codes, and line breaks as <br>', () => {
    expect(escapeMermaidText('Pay: 3 steps; done #1 100%', 'task')).toBe('Pay#58; 3 steps#59; done #35;1 100#37;');
    expect(escapeMermaidText('Two\nlines', 'section')).toBe('Two<br>lines');
    expect(escapeMermaidText('Two\nlines', 'accessible')).toBe('Two#10;lines');
    expect(escapeMermaidText('Maya, ops', 'actor')).toBe('Maya#44; ops');
    expect(escapeMermaidText(' padded ', 'title')).toBe('#32;padded#32;');
  });

  it('keeps a task that starts with a keyword from being read as a statement', () => {
    expect(escapeMermaidText('Title page', 'task')).toBe('#84;itle page');
    expect(escapeMermaidText('Journey planning', 'task')).toBe('#74;ourney planning');
    expect(escapeMermaidText('Title page', 'section')).toBe('Title page');
  });

  it('is read back exactly, by Journeykit and by Mermaid', () => {
    fc.assert(
      fc.property(awkwardText, fc.constantFrom('title', 'section', 'task', 'actor', 'accessible') as fc.Arbitrary<'title' | 'section' | 'task' | 'actor'>, (text, place) => {
        expect(unescapeMermaidText(escapeMermaidText(text, place))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(awkwardText, awkwardText, awkwardText, (title, section, task) => {
        const diagram = `journey\n  title ${escapeMermaidText(title, 'title')}\n  section ${escapeMermaidText(section, 'section')}\n    ${escapeMermaidText(task, 'task')}: 4: ${escapeMermaidText(task, 'actor')}\n`;
        expect(mermaidJourney(diagram)).toMatchObject({ title, sections: [section], tasks: [{ task, score: 4, people: [task] }] });
      }),
    );
  });
});

describe('unescapeMermaidText', () => {
  it('reads <br> in any spelling, numeric and named entity codes, and leaves unknown names', () => {
    expect(unescapeMermaidText('a<br/>b<BR>c<br />d')).toBe('a\nb\nc\nd');
    expect(unescapeMermaidText('#quot;hi#quot; #9829; #35;1 #nope;')).toBe('"hi" ♥ #1 #nope;');
  });
});
