import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** What the search page needs: where Pagefind's files are, and the indexes to browse without JavaScript. */
export interface SearchPage {
  bundle: string;
  touchpointsHref: string;
  metricsHref: string;
  glossaryHref: string;
}

/**
 * The search page.
 *
 * @example
 * searchPage(site).bundle; // '/journeys/pagefind/'
 */
export function searchPage(site: SiteData): SearchPage {
  const to = links(site);
  return { bundle: to.pagefind(), touchpointsHref: to.touchpoints(), metricsHref: to.metrics(), glossaryHref: to.glossary() };
}
