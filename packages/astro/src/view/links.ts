import { safeUrl, urlKinds } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';

/** The URLs of a report's pages, under its root (base path and prefix included), as directories. */
export function links(site: Pick<SiteData, 'root'>) {
  // Every link of every page is made here: a plain loop, with no array made per link.
  const at = (...parts: string[]) => {
    let url = site.root;
    for (const part of parts) url += `${encodeURIComponent(part)}/`;
    return url;
  };
  return {
    home: () => at(),
    journey: (id: string) => at('journeys', id),
    personas: () => at('personas'),
    persona: (id: string) => at('personas', id),
    touchpoints: () => at('touchpoints'),
    touchpoint: (journey: string, id: string) => at('touchpoints', journey, id),
    channel: (id: string) => at('channels', id),
    teams: () => at('teams'),
    team: (id: string) => at('teams', id),
    metrics: () => at('metrics'),
    metric: (id: string) => at('metrics', id),
    glossary: () => at('glossary'),
    term: (id: string) => at('glossary', id),
    search: () => at('search'),
    pagefind: () => `${site.root}pagefind/`,
  };
}

export type Links = ReturnType<typeof links>;

/**
 * The "edit this page" address of a definition file, when the workspace names its repository by
 * an http(s) address: checked here again, as a workspace need not have been checked by us.
 */
export function editUrl(site: Pick<SiteData, 'editBase'>, file: string | undefined): string | undefined {
  return site.editBase === undefined || file === undefined ? undefined : safeUrl(`${site.editBase}${file}`, urlKinds.web);
}

/**
 * What a link a definition gives (a document, a source, a metric's tool) may point at: the URL
 * when its scheme is allowed, else undefined, and the page shows the words without a link.
 */
export function definitionLink(url: string | undefined): string | undefined {
  return safeUrl(url, urlKinds.link);
}
