import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { glossaryPage } from './glossary-page.ts';

describe('glossaryPage', () => {
  const page = glossaryPage(pageSite());

  it('groups the terms by first letter, with those starting otherwise under #, first', () => {
    expect(page.letters[0]).toEqual({ letter: '#', id: 'letter-other', terms: [{ href: '/r/glossary/zero/', term: '0-day', aliases: undefined, definition: 'The first day.' }] });
    expect(page.letters.map((group) => group.letter).join('')).toMatch(/^#ABC/);
  });

  it('lists a term with its aliases, in alphabetical order within its letter', () => {
    const c = page.letters.find((group) => group.letter === 'C')!;
    expect(c.terms.find((term) => term.term === 'Checkout')).toEqual({ href: '/r/glossary/checkout/', term: 'Checkout', aliases: 'till', definition: 'Where people pay.' });
    const names = c.terms.map((term) => term.term);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});
