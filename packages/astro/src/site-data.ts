import type { Workspace } from '@journeykit/core';

/**
 * What the pages of one published workspace need, passed from the integration through a virtual module.
 *
 * @example
 * ---
 * // A page of your own, beside the report: the integration serves its data as a virtual module.
 * import { sites } from 'virtual:journeykit/data';
 * const [site] = sites; // site.workspace.journeys, site.root (like /journeys/), …
 * ---
 */
export interface SiteData {
  /** Where the report starts, base path included, with a trailing slash: `/docs/journeys/`. */
  root: string;
  /** The route prefix inside the site, like `/` or `/journeys/`. */
  prefix: string;
  workspace: Workspace;
  /** Address of the workspace folder in its repository, for "edit this page" links, when known. */
  editBase: string | undefined;
  /** Folder where rendered charts are kept between builds. */
  chartCache: string;
  search: boolean;
  /** The day the report is as of, `YYYY-MM-DD` (see the `buildDate` option): metric series older than it by more than two periods are stale. */
  builtAt: string;
  /** The site's address, for absolute links in the sitemap, when known. */
  site: string | undefined;
  /**
   * The ids of the only journeys published, each as a page that stands alone (no navigation,
   * search or script), when the site is made of single-file reports.
   */
  standalone: string[] | undefined;
}

/** Joins URL path segments with single slashes, keeping a leading slash and adding a trailing one. */
export function joinPath(...parts: string[]): string {
  const joined = parts.join('/').replace(/\/{2,}/g, '/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}
