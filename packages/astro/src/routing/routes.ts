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
 * The routes to inject for a report under `prefix`, with package-specifier entrypoints so they
 * resolve wherever the package is installed. A report at the site root also gets the 404 page.
 */
export function pageRoutes(prefix: string): { pattern: string; entrypoint: string; prerender: boolean }[] {
  const routes = pages.map(([path, file]) => ({
    pattern: `${prefix}${path}`.replace(/\/$/, '') || '/',
    entrypoint: `@journeykit/astro/routes/${file}`,
    prerender: true,
  }));
  if (prefix === '/') routes.push({ pattern: '/404', entrypoint: '@journeykit/astro/routes/404.astro', prerender: true });
  return routes;
}

/** The journey page's route alone, for a journey's single-file report. */
export function journeyRoute(prefix: string): { pattern: string; entrypoint: string; prerender: boolean } {
  return pageRoutes(prefix).find((route) => route.entrypoint.endsWith('/journey.astro'))!;
}

/** The site a route belongs to: the one whose prefix starts the pattern, longest prefix first. */
export function siteFor<T extends { prefix: string }>(sites: readonly T[], routePattern: string): T {
  const pattern = routePattern.endsWith('/') ? routePattern : `${routePattern}/`;
  const site = [...sites].sort((a, b) => b.prefix.length - a.prefix.length).find((s) => pattern.startsWith(s.prefix));
  if (site === undefined) throw new Error(`No Journeykit workspace is published under ${routePattern}.`);
  return site;
}
