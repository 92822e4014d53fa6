import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { personaPage } from './persona-page.ts';

describe('personaPage', () => {
  const site = pageSite();
  const persona = (id: string) => site.workspace.personas.find((p) => p.id === id)!;

  it('gives the facts, the lists with items, the preferred channels and the journeys drawn for the persona', () => {
    const page = personaPage(site, persona('sam'));
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/personas/sam.yaml');
    expect(page.personasHref).toBe('/r/personas/');
    expect(page.facts).toEqual([{ label: 'Role', value: 'Buyer' }, { label: 'Age', value: '25–34' }]);
    expect(page.lists).toEqual([{ title: 'Goals', items: ['Pay quickly'] }]);
    expect(page.channels).toEqual([{ href: '/r/channels/web/', text: 'Website' }, { href: '/r/channels/kiosk/', text: 'In-store kiosk' }]);
    expect(page.journeys).toEqual([{ href: '/r/journeys/buy/', text: 'Buying' }]);
  });

  it('gives no channels section and no journeys for a persona that names none', () => {
    const page = personaPage(site, persona('ana'));
    expect({ facts: page.facts, lists: page.lists, channels: page.channels, journeys: page.journeys }).toEqual({ facts: [], lists: [], channels: undefined, journeys: [] });
  });
});
