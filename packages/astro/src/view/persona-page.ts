import type { Persona } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { editUrl, links } from './links.ts';
import { lookup } from './lookup.ts';

/** A link's address and text. */
export interface Link {
  href: string;
  text: string;
}

/** What a persona's page shows. */
export interface PersonaPage {
  persona: Persona;
  editUrl: string | undefined;
  personasHref: string;
  /** Role, age band and family status, those given. */
  facts: { label: string; value: string }[];
  /** Goals, motivations and frustrations, those with items. */
  lists: { title: string; items: readonly string[] }[];
  /** The preferred channels, when the persona names any (even none). */
  channels: Link[] | undefined;
  /** The journeys drawn for the persona. */
  journeys: Link[];
}

/**
 * The page of a persona.
 *
 * @example
 * personaPage(site, site.workspace.personas[0]).journeys; // [{ href: '/journeys/onboarding/', text: 'Onboarding' }]
 */
export function personaPage(site: SiteData, persona: Persona): PersonaPage {
  const to = links(site);
  const find = lookup(site.workspace);
  const facts = [
    ['Role', persona.role],
    ['Age', persona.ageBand],
    ['Family', persona.familyStatus],
  ] as const;
  const lists = [
    ['Goals', persona.goals],
    ['Motivations', persona.motivations],
    ['Frustrations', persona.frustrations],
  ] as const;
  return {
    persona,
    editUrl: editUrl(site, site.workspace.files.persona[persona.id]),
    personasHref: to.personas(),
    facts: facts.flatMap(([label, value]) => (value ? [{ label, value }] : [])),
    lists: lists.flatMap(([title, items]) => (items && items.length > 0 ? [{ title, items }] : [])),
    channels: persona.preferredChannels?.map((id) => ({ href: to.channel(id), text: find.channel.get(id)?.name ?? id })),
    journeys: site.workspace.journeys.filter((journey) => journey.personas.includes(persona.id)).map((journey) => ({ href: to.journey(journey.id), text: journey.title })),
  };
}
