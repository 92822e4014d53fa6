import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '@journeykit/core/node';
import type { AstroIntegration } from 'astro';
import { buildDate } from './build-date.ts';
import { createChartRenderer, startChartWorker } from './charts/chart-renderer.ts';
import { chartWorkerUrl } from './charts/worker-url.ts';
import { parseOptions, type JourneykitOptions } from './options.ts';
import { journeyRoute, pageRoutes } from './routing/routes.ts';
import { joinPath, type SiteData } from './site-data.ts';
import { dataModuleId, dataPlugin } from './vite-plugin.ts';
import { indexForSearch } from './search.ts';
import { adoptChartRenderer, chartRendererOf, drawnChart, placeholderTokens, releaseChartRenderer } from './view/charts.ts';
import { siteCharts } from './view/page-charts.ts';
import { checkedWorkspace } from './workspace-error.ts';

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
  const options = parseOptions(userOptions);
  let workspaceDir = '';
  let astroConfig: Config | undefined;
  let site: SiteData | undefined;
  const plugin = dataPlugin(() => site!);
  const integration: AstroIntegration = {
    name: '@journeykit/astro',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, updateConfig }) => {
        const dir = resolve(fileURLToPath(config.root), options.workspace);
        if (command === 'build') startChartWorker(chartWorkerUrl, chartCacheOf(config.cacheDir, dir));
        site = await loadSite(dir, config, options);
        const settings = site.workspace.config.site;
        if (options.adoptSiteSettings && settings !== undefined) {
          // Only what the caller left unset: an explicit --base or --site wins.
          const adopted = updateConfig({
            ...(config.base === '/' && settings.base !== undefined ? { base: settings.base } : {}),
            ...(config.site === undefined && settings.url !== undefined ? { site: settings.url } : {}),
          });
          site = { ...site, root: joinPath(adopted.base, options.prefix), site: adopted.site };
        }
        for (const route of options.standalone === undefined ? pageRoutes(options.prefix) : [journeyRoute(options.prefix)]) injectRoute(route);
        updateConfig({ vite: { plugins: [plugin] } });
        workspaceDir = dir;
        astroConfig = config;
        if (command === 'build') renderChartsAhead(site);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Vite's watcher ignores files outside the project root unless told; it closes with the server.
        server.watcher.add(workspaceDir);
        let timer: NodeJS.Timeout | undefined;
        const reload = (path: string) => {
          if (!isInside(workspaceDir, path)) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            try {
              site = { ...(await loadSite(workspaceDir, astroConfig!, options, true)), root: site!.root, site: site!.site };
              logger.info('Workspace reloaded.');
              plugin.invalidate();
            } catch (error) {
              // Shown in the terminal and over the page, which keeps the last valid workspace until fixed.
              const message = error instanceof Error ? error.message : String(error);
              logger.error(message);
              server.ws.send({ type: 'error', err: { message, stack: '', plugin: '@journeykit/astro' } });
            }
          }, 50);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({
          filename: 'journeykit.d.ts',
          content: `declare module '${dataModuleId}' {\n  export const sites: import('@journeykit/astro').SiteData[];\n}\n`,
        });
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        const renderer = chartRendererOf(site!.chartCache);
        const fillCharts = () => renderer.fill((route) => (assets.get(route) ?? []).map((file) => fileURLToPath(file)));
        // Pagefind reads the pages while the last charts render, with placeholders for charts:
        // charts are not searched (their captions, descriptions and tables are). The charts are
        // filled in while it writes its index.
        if (indexes()) {
          renderer.renderShown().catch(() => undefined);
          // Beside the charts of this workspace: each workspace built by the CLI keeps its own.
          const cacheDir = join(dirname(site!.chartCache), 'search');
          const indexed = await indexForSearch(fileURLToPath(dir), pages.length, { cacheDir, volatile: placeholderTokens(), meanwhile: fillCharts });
          logger.info(indexed.cached ? `Search index of ${indexed.pages} pages unchanged: copied from the cache.` : `Indexed ${indexed.pages} pages for search.`);
        } else await fillCharts();
        await releaseChartRenderer(site!.chartCache, { prune: true });
      },
    },
  };
  searchOf.set(integration.hooks['astro:build:done']!, options.search && options.standalone === undefined);
  // Pagefind indexes the whole site: once, by the first instance that wants search.
  const indexes = () => astroConfig?.integrations.find((i) => searchOf.get(i.hooks['astro:build:done'] ?? {}) === true)?.hooks['astro:build:done'] === integration.hooks['astro:build:done'];
  return integration;
}

// Whether each instance wants search, by its build hook: Astro copies integration objects when it
// validates its config, but keeps their hook functions.
const searchOf = new WeakMap<object, boolean>();

/**
 * Starts rendering every chart of a site on a second core, while Astro sets up, bundles and renders
 * the pages: pages hold placeholders until astro:build:done, so none waits for its charts.
 */
function renderChartsAhead(site: SiteData): void {
  const renderer = createChartRenderer({ cacheDir: site.chartCache, worker: chartWorkerUrl, defer: true });
  adoptChartRenderer(site.chartCache, renderer);
  // Pages read the workspace through JSON (the data module): charts made from the same form match.
  renderer.prefetch(siteCharts(JSON.parse(JSON.stringify({ workspace: site.workspace, standalone: site.standalone }))).map(drawnChart));
}

/**
 * Where the charts of the workspace in `dir` are kept between builds: under Astro's cache folder,
 * one folder per workspace.
 */
export function chartCacheOf(cacheDir: URL, dir: string): string {
  const hash = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return resolve(fileURLToPath(cacheDir), 'journeykit', hash, 'charts');
}

/** Where the checked workspace in `dir` is kept between builds: beside its charts. */
export function workspaceCacheOf(cacheDir: URL, dir: string): string {
  return join(dirname(chartCacheOf(cacheDir, dir)), 'workspace');
}

type Config = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['config'];

async function loadSite(dir: string, config: Config, options: ReturnType<typeof parseOptions>, reload = false): Promise<SiteData> {
  // A reload follows an edit: the workspace kept is not the one on disk any more.
  const { workspace } = reload ? await checkedWorkspace(dir) : await checkedWorkspace(dir, options.loaded, workspaceCacheOf(config.cacheDir, dir));
  const repository = workspace.config.repository;
  return {
    root: joinPath(config.base, options.prefix),
    prefix: options.prefix,
    workspace,
    editBase: repository === undefined ? undefined : `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${joinPath(repository.path).replace(/^\//, '')}`,
    chartCache: chartCacheOf(config.cacheDir, dir),
    search: options.search && options.standalone === undefined,
    builtAt: buildDate(options.buildDate),
    site: config.site,
    standalone: options.standalone,
  };
}
