import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/arbitraries.ts';
import { mermaidJourney } from '../../test/mermaid.ts';
import { escapeMermaidText, foldLines, unescapeMermaidText } from './text.ts';

describe('escapeMermaidText', () => {
  it('writes what Mermaid reserves as entity codes, and folds line breaks, which a drawn diagram cannot show', () => {
    expect(escapeMermaidText('Pay: 3 steps; done #1 100%', 'task')).toBe('Pay#58; 3 steps#59; done #35;1 100#37;');
    expect(escapeMermaidText('Two\nlines', 'section')).toBe('Two lines');
    expect(escapeMermaidText('Two\nlines', 'title')).toBe('Two lines');
    expect(escapeMermaidText('Two\nlines', 'accessible')).toBe('Two#10;lines');
    expect(escapeMermaidText('Maya, ops', 'actor')).toBe('Maya#44; ops');
    expect(escapeMermaidText(' padded ', 'title')).toBe('#32;padded#32;');
  });

  it('keeps a task that starts with a keyword from being read as a statement', () => {
    expect(escapeMermaidText('Title page', 'task')).toBe('#84;itle page');
    expect(escapeMermaidText('Journey planning', 'task')).toBe('#74;ourney planning');
    expect(escapeMermaidText('Title page', 'section')).toBe('Title page');
  });

  it('is read back exactly, on one line where the diagram draws it, by Journeykit and by Mermaid', () => {
    fc.assert(
      fc.property(awkwardText, fc.constantFrom('title', 'section', 'task', 'actor', 'accessible') as fc.Arbitrary<'title' | 'section' | 'task' | 'actor' | 'accessible'>, (text, place) => {
        expect(unescapeMermaidText(escapeMermaidText(text, place))).toBe(place === 'accessible' ? text : foldLines(text));
      }),
    );
    fc.assert(
      fc.property(awkwardText, awkwardText, awkwardText, (title, section, task) => {
        const diagram = `journey\n  title ${escapeMermaidText(title, 'title')}\n  section ${escapeMermaidText(section, 'section')}\n    ${escapeMermaidText(task, 'task')}: 4: ${escapeMermaidText(task, 'actor')}\n`;
        const [t, s, k] = [title, section, task].map(foldLines);
        expect(mermaidJourney(diagram)).toMatchObject({ title: t, sections: [s], tasks: [{ task: k, score: 4, people: [k] }] });
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
