import { fileURLToPath } from 'node:url';
import { buildError } from '../errors/build-error.ts';
import { noWorkspaceForRoute } from '../errors/catalog.ts';
import type { RenderOrder } from './render-order.ts';

/** The pages of a report and the file that renders each, relative to this package. */
const pages = [
  ['', 'index.astro'],
  ['journeys/[journey]', 'journey.astro'],
  ['personas', 'personas.astro'],
  ['personas/[persona]', 'persona.astro'],
  ['touchpoints', 'touchpoints.astro'],
  ['touchpoints/[journey]/[touchpoint]', 'touchpoint.astro'],
  ['channels/[channel]', 'channel.astro'],
  ['teams', 'teams.astro'],
  ['teams/[team]', 'team.astro'],
  ['metrics', 'metrics.astro'],
  ['metrics/[metric]', 'metric.astro'],
  ['glossary', 'glossary.astro'],
  ['glossary/[term]', 'term.astro'],
  ['search', 'search.astro'],
  ['sitemap.xml', 'sitemap.xml.ts'],
] as const;

/**
 * The order a build renders pages in, by route file, as `siteCharts` queues the charts: a page that
 * awaits its chart holds its place among the few Astro renders at a time, so the pages that show
 * none go between the first and the last, and are rendered while the pool draws the charts. The
 * home page goes first: of a large site it is by far the largest page, best rendered while the
 * build holds least memory, and its chart is drawn first.
 */
const renderOrderFiles = { first: ['index.astro'], last: ['journey.astro', 'metric.astro'] };

/** The route files by package name: they resolve wherever the package is installed. */
export const routesByName = '@journeykit/astro/routes/';
/** The route files by path, for an Astro root the package does not resolve from by name. */
export const routesByPath = fileURLToPath(new URL('../../src/routes/', import.meta.url));

/**
 * The routes to inject for a report under `prefix`, with entrypoints in `routes` (package
 * specifiers by default). A report at the site root also gets the 404 page.
 */
export function pageRoutes(prefix: string, routes = routesByName): { pattern: string; entrypoint: string; prerender: boolean }[] {
  const injected = pages.map(([path, file]) => ({
    pattern: `${prefix}${path}`.replace(/\/$/, '') || '/',
    entrypoint: `${routes}${file}`,
    prerender: true,
  }));
  if (prefix === '/') injected.push({ pattern: '/404', entrypoint: `${routes}404.astro`, prerender: true });
  return injected;
}

/** The journey page's route alone, for a journey's single-file report. */
export function journeyRoute(prefix: string, routes = routesByName): { pattern: string; entrypoint: string; prerender: boolean } {
  return pageRoutes(prefix, routes).find((route) => route.entrypoint.endsWith('/journey.astro'))!;
}

/** The order a build renders pages in, by the files of routes injected by path (`routesByPath`). */
export function renderOrder(): RenderOrder {
  const inRoutes = (files: readonly string[]) => files.map((file) => `${routesByPath}${file}`);
  return { first: inRoutes(renderOrderFiles.first), last: inRoutes(renderOrderFiles.last) };
}

/** The site a route belongs to: the one whose prefix starts the pattern, longest prefix first. */
export function siteFor<T extends { prefix: string }>(sites: readonly T[], routePattern: string): T {
  const pattern = routePattern.endsWith('/') ? routePattern : `${routePattern}/`;
  const site = [...sites].sort((a, b) => b.prefix.length - a.prefix.length).find((s) => pattern.startsWith(s.prefix));
  if (site === undefined) throw buildError(noWorkspaceForRoute, { route: routePattern, prefixes: sites.map((s) => s.prefix) });
  return site;
}
