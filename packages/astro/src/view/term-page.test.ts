import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { termPage } from './term-page.ts';

describe('termPage', () => {
  const site = pageSite();
  const term = (id: string) => site.workspace.glossary.find((t) => t.id === id)!;

  it('gives the aliases, the source, the related terms and the pages that use the term', () => {
    const page = termPage(site, term('checkout'));
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/glossary/terms.yaml');
    expect(page.glossaryHref).toBe('/r/glossary/');
    expect(page.aliases).toBe('till');
    expect(page.source).toEqual({ title: 'Book', href: undefined });
    expect(page.related).toEqual([{ href: '/r/glossary/kiosk-term/', text: 'Kiosk' }]);
    // The journey's step and touchpoint names mention it, and so does a built-in term's definition.
    expect(page.usedOn).toEqual([
      { href: '/r/journeys/buy/', text: 'Buying' },
      { href: '/r/glossary/direct-touchpoint/', text: 'Direct touchpoint' },
    ]);
  });

  it('gives none of them for a bare term', () => {
    const page = termPage(site, term('zero'));
    expect({ aliases: page.aliases, source: page.source, related: page.related, usedOn: page.usedOn }).toEqual({ aliases: undefined, source: undefined, related: undefined, usedOn: [] });
  });
});
