import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { personasPage } from './personas-page.ts';

describe('personasPage', () => {
  it('gives a card per persona by name, with the role and age band joined', () => {
    expect(personasPage(pageSite()).cards).toEqual([
      { href: '/r/personas/ana/', name: 'Ana', role: undefined, quote: undefined },
      { href: '/r/personas/sam/', name: 'Sam', role: 'Buyer, 25–34', quote: 'Fast, please.' },
    ]);
  });
});
