// The sites of the build under way, as its pages read them. In a build, the pages import this
// module from where the integration runs (see dataPlugin) instead of a copy of every workspace
// serialized into their bundle, which the bundler would parse, write and load again.
import type { SiteData } from './site-data.ts';

/** The sites the pages of the build under way show: what the data module serves in `astro dev`. */
export let sites: readonly SiteData[] = [];

/**
 * Publishes the sites for the pages of a build, as the data module of `astro dev` carries them:
 * through JSON, so a page reads the same values in both.
 */
export function publishSites(next: readonly SiteData[]): void {
  sites = JSON.parse(JSON.stringify(next)) as SiteData[];
}

/** Forgets the sites once their pages are written. */
export function releaseSites(): void {
  sites = [];
}
