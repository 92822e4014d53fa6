// The sites of the build under way, as its pages read them. In a build, the pages import this
// module from where the integration runs (see dataPlugin) instead of a copy of every workspace
// serialized into their bundle, which the bundler would parse, write and load again.
import type { SiteData } from './site-data.ts';

/** The sites the pages of the build under way show. */
export let sites: readonly SiteData[] = [];

/**
 * A site as the data module of `astro dev` carries it to the pages: through JSON. A build carries
 * its site so once, and its pages and charts read the same values as in `astro dev`. The JSON
 * comes along: the same text, the same pages.
 */
export function carried(site: SiteData): { site: SiteData; json: string } {
  const json = JSON.stringify(site);
  return { site: JSON.parse(json) as SiteData, json };
}

/** Publishes the sites for the pages of a build, each `carried`. */
export function publishSites(next: readonly SiteData[]): void {
  sites = next;
}

/** Forgets the sites once their pages are written. */
export function releaseSites(): void {
  sites = [];
}
