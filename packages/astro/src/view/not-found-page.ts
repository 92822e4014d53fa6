import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** What the page for addresses that lead nowhere offers: the home page, and search when the site has it. */
export interface NotFoundPage {
  homeHref: string;
  searchHref: string | undefined;
}

/**
 * The page for addresses that lead nowhere.
 *
 * @example
 * notFoundPage(site); // { homeHref: '/', searchHref: '/search/' }
 */
export function notFoundPage(site: SiteData): NotFoundPage {
  const to = links(site);
  return { homeHref: to.home(), searchHref: site.search ? to.search() : undefined };
}
