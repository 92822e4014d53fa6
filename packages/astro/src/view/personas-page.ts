import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** What the personas page shows: a card per persona, by name. */
export interface PersonasPage {
  cards: { href: string; name: string; role: string | undefined; quote: string | undefined }[];
}

/**
 * The personas page: every persona by name, with its role (and age band) and quote.
 *
 * @example
 * personasPage(site).cards[0]; // { href: '/personas/olivia/', name: 'Olivia', role: 'Shop owner, 35–44', quote: undefined }
 */
export function personasPage(site: SiteData): PersonasPage {
  const to = links(site);
  return {
    cards: [...site.workspace.personas]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((persona) => ({
        href: to.persona(persona.id),
        name: persona.name,
        role: persona.role && `${persona.role}${persona.ageBand ? `, ${persona.ageBand}` : ''}`,
        quote: persona.quote,
      })),
  };
}
