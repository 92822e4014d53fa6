import { describe, expect, it } from 'vitest';
import { noWorkspaceForRoute } from '../errors/catalog.ts';
import { existsSync } from 'node:fs';
import { journeyRoute, renderOrder, pageRoutes, routesByName, routesByPath, siteFor } from './routes.ts';

describe('siteFor', () => {
  const sites = [{ prefix: '/' }, { prefix: '/shop/' }];

  it('finds the workspace whose prefix starts the route, the longest first', () => {
    expect(siteFor(sites, '/shop/journeys/[journey]')).toBe(sites[1]);
    expect(siteFor(sites, '/shop')).toBe(sites[1]);
    expect(siteFor(sites, '/journeys/[journey]')).toBe(sites[0]);
  });

  it('stops the build with the catalog error naming the route and the prefixes published', () => {
    const error = (() => {
      try {
        siteFor([{ prefix: '/shop/' }], '/docs/page');
      } catch (thrown) {
        return thrown as Error & { hint?: string };
      }
      return undefined;
    })();
    const args = { route: '/docs/page', prefixes: ['/shop/'] };
    expect({ name: error?.name, message: error?.message, hint: error?.hint }).toEqual({
      name: noWorkspaceForRoute.name,
      message: noWorkspaceForRoute.message(args),
      hint: noWorkspaceForRoute.hint(args),
    });
    expect(error?.message).toBe('No Journeykit workspace is published under /docs/page: the workspaces are published under /shop/.');
  });
});

describe('pageRoutes', () => {
  it('injects every page by package name, and the 404 page for a report at the root', () => {
    const routes = pageRoutes('/');
    expect(routes.find((route) => route.pattern === '/personas/[persona]')).toEqual({ pattern: '/personas/[persona]', entrypoint: '@journeykit/astro/routes/persona.astro', prerender: true });
    expect(routes.at(-1)).toEqual({ pattern: '/404', entrypoint: `${routesByName}404.astro`, prerender: true });
    expect(pageRoutes('/shop/').map((route) => route.pattern)).not.toContain('/404');
  });

  it('injects them by file for an Astro root the package does not resolve from by name', () => {
    expect(journeyRoute('/shop/', routesByPath)).toEqual({ pattern: '/shop/journeys/[journey]', entrypoint: `${routesByPath}journey.astro`, prerender: true });
    expect(routesByPath).toMatch(/\/src\/routes\/$/);
  });
});

describe('renderOrder', () => {
  it('names route files that are injected, and exist: the home page first, the journeys and metrics last', () => {
    const { first, last } = renderOrder();
    const injected = pageRoutes('/', routesByPath).map((route) => route.entrypoint);
    expect([...first, ...last].filter((file) => injected.includes(file) && existsSync(file))).toEqual([...first, ...last]);
    expect({ first: first.map((file) => file.slice(routesByPath.length)), last: last.map((file) => file.slice(routesByPath.length)) }).toEqual({ first: ['index.astro'], last: ['journey.astro', 'metric.astro'] });
  });
});
