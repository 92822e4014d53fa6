import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { drawnSite, type DrawnSite } from './charts/drawn-sites.ts';
import { releaseCharts, renderCharts } from './charts/rendered-charts.ts';
import { reloadOnEdit } from './dev-reload.ts';
import { loadSite } from './load-site.ts';
import { parseOptions, type JourneykitOptions, type OwnSiteSettings, type ResolvedOptions } from './options.ts';
import { carried, releaseSites } from './published-sites.ts';
import { withRenderOrder } from './routing/render-order.ts';
import { journeyRoute, renderOrder, pageRoutes, routesByName, routesByPath } from './routing/routes.ts';
import { indexForSearch } from './search.ts';
import { sharedModulesPlugin } from './shared-modules-plugin.ts';
import { joinPath, type SiteData } from './site-data.ts';
import { dataModuleId, dataPlugin } from './vite-plugin.ts';
import { drawnChart } from './view/charts.ts';
import { siteCharts } from './view/page-charts.ts';

/**
 * The Journeykit integration: publishes a workspace of journey definitions as report pages.
 * Add it once per workspace, each under its own prefix.
 *
 * @example
 * // astro.config.mjs
 * import journeykit from '@journeykit/astro';
 * export default { integrations: [journeykit({ workspace: './journeys', prefix: '/journeys/' })] };
 */
export function journeykit(userOptions: JourneykitOptions): AstroIntegration {
  return createJourneykit(parseOptions(userOptions));
}

/**
 * The integration with the settings of the functions that own the whole Astro project they run
 * (`buildSite`, `devSite`, `exportJourneysHtml`) besides the options users write.
 */
export function createJourneykit(options: ResolvedOptions, { loaded, ...settings }: OwnSiteSettings = {}): AstroIntegration {
  let dir = '';
  let config: AstroConfig | undefined;
  let site: SiteData | undefined;
  let charts: DrawnSite | undefined;
  const plugin = dataPlugin(() => site!);
  return {
    name: '@journeykit/astro',
    hooks: {
      'astro:config:setup': async ({ command, config: setupConfig, injectRoute, updateConfig }) => {
        dir = resolve(fileURLToPath(setupConfig.root), options.workspace);
        config = setupConfig;
        site = await loadSite(dir, setupConfig, options, { ...settings, loaded });
        // Taken once: the pages read the site carried from it, and a second copy of the workspace
        // held through the whole build would keep V8's heap, which grows with what stays, larger.
        loaded = undefined;
        const own = site.workspace.config.site;
        if (settings.adoptSiteSettings && own !== undefined) {
          // Only what the caller left unset: an explicit --base or --site wins.
          const adopted = updateConfig({
            ...(setupConfig.base === '/' && own.base !== undefined ? { base: own.base } : {}),
            ...(setupConfig.site === undefined && own.url !== undefined ? { site: own.url } : {}),
          });
          site = { ...site, root: joinPath(adopted.base, options.prefix), site: adopted.site };
        }
        const routes = settings.routesByFile ? routesByPath : routesByName;
        for (const route of settings.standalone === undefined ? pageRoutes(options.prefix, routes) : [journeyRoute(options.prefix, routes)]) injectRoute(route);
        updateConfig({ vite: { plugins: [plugin, sharedModulesPlugin] } });
        if (command === 'build') {
          // Carried once, as the pages read it: the data plugin publishes it to them as it is.
          const { site: published, json } = carried(site);
          site = published;
          charts = drawnSite(site.chartCache, json);
          // Rendered while Astro bundles the pages, which then await them; none to look for when a
          // build of this very site drew them all. A chart gone from the cache since is drawn on
          // the pool when its page asks.
          renderCharts(charts.drawn ? [] : siteCharts(site).map(drawnChart), site.chartCache);
        }
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (settings.orderPages) setPrerenderer((prerenderer) => withRenderOrder(prerenderer, config!.root, renderOrder()));
      },
      'astro:server:setup': (hook) => {
        reloadOnEdit(hook, dir, () => loadSite(dir, config!, options, settings, true), (reloaded) => {
          site = { ...reloaded, root: site!.root, site: site!.site };
          plugin.invalidate();
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({
          filename: 'journeykit.d.ts',
          content: `declare module '${dataModuleId}' {\n  export const sites: import('@journeykit/astro').SiteData[];\n}\n`,
        });
      },
      'astro:build:done': async ({ dir: out, pages, logger }) => {
        releaseSites();
        await releaseCharts([site!.chartCache]);
        // Every page is written, so each chart it shows is in the cache.
        charts?.keep();
        if (!plugin.indexesSearch()) return;
        // Beside the charts of this workspace: each workspace built by the CLI keeps its own.
        const indexed = await indexForSearch(fileURLToPath(out), pages.length, join(dirname(site!.chartCache), 'search'));
        logger.info(indexed === undefined ? 'Search index unchanged: copied from the cache.' : `Indexed ${indexed} pages for search.`);
      },
    },
  };
}
