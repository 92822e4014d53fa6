import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, dev, preview, type AstroInlineConfig } from 'astro';
import { buildSpeedConfig } from './build-speed.ts';
import { startChartWorker } from './charts/chart-renderer.ts';
import { chartWorkerUrl } from './charts/worker-url.ts';
import { chartCacheOf, journeykit, workspaceCacheOf } from './integration.ts';
import type { JourneykitOptions } from './options.ts';
import { pathAside, removeAbandonedAsides } from './path-aside.ts';
import { releaseChartRenderers } from './view/charts.ts';
import { checkedWorkspace } from './workspace-error.ts';

/**
 * Where a site is published: its address and the sub-path it is served from.
 *
 * @example
 * await buildSite({ workspace: 'journeys', out: 'public', base: '/journeys/', site: 'https://cx.example.com', logLevel: 'error' } satisfies SiteOptions & { out: string });
 */
export interface SiteOptions {
  /** The workspace folder. */
  workspace: string;
  /** Sub-path the site is served from, like /journeys/; defaults to the config's `site.base`, else /. */
  base?: string | undefined;
  /** Address of the site, for absolute URLs in the sitemap; defaults to the config's `site.url`. */
  site?: string | undefined;
  /** How much Astro prints. */
  logLevel?: AstroInlineConfig['logLevel'];
  /** The day the report is as of, like 2026-12-06; `SOURCE_DATE_EPOCH`, else today, when not given. */
  buildDate?: string | undefined;
}

/** Where the CLI runs Astro: a folder of this package, never copied into a user's repository. */
const siteRoot = fileURLToPath(new URL('../site/', import.meta.url));
/** Kept between runs, so a rebuild reuses the charts already rendered. */
const cacheDir = join(siteRoot, 'cache');
/** Each build runs Astro in a folder of its own beside it (see `pathAside`), removed when it ends. */
const buildRoot = join(siteRoot, 'build');

function inlineConfig(options: SiteOptions, extra: AstroInlineConfig, integration: Partial<JourneykitOptions> = {}): AstroInlineConfig {
  // Astro's telemetry would reach for the network; a report build never needs it.
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  return {
    root: siteRoot,
    cacheDir,
    configFile: false,
    logLevel: options.logLevel ?? 'warn',
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.site === undefined ? {} : { site: options.site }),
    integrations: [journeykit({ adoptSiteSettings: true, ...(options.buildDate !== undefined && { buildDate: options.buildDate }), ...integration, workspace: resolve(options.workspace) })],
    devToolbar: { enabled: false },
    ...extra,
  };
}

/**
 * Builds the report site of a workspace into `out`. The site is built in a new folder beside it
 * and swapped in only when the build succeeds, so a failed build leaves `out` as it was. Astro
 * runs in a folder of this package, which becomes the process's working folder: builds in one
 * process run one after the other, builds in separate processes side by side.
 *
 * @example
 * await buildSite({ workspace: 'journeys', out: 'dist/journeys', base: '/journeys/' });
 */
export async function buildSite(options: SiteOptions & { out: string }): Promise<void> {
  const out = resolve(options.out);
  const hidden = join(dirname(out), `.${basename(out)}`);
  // What builds into `out` that were interrupted or killed left beside it.
  await removeAbandonedAsides(hidden);
  const staging = pathAside(hidden);
  try {
    await buildAlone(options, { outDir: staging });
    const previous = pathAside(hidden);
    if (existsSync(out)) await rename(out, previous);
    await rename(staging, out);
    await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Runs one Astro build of a checked workspace, after the builds this process started before it:
 * Astro reads the working folder, which belongs to the whole process. Each build runs in a root of
 * its own, so builds in separate processes never share Astro's files.
 */
export function buildAlone(options: SiteOptions, extra: AstroInlineConfig & { outDir: string }, integration: Partial<JourneykitOptions> = {}): Promise<void> {
  const turn = queue.then(() => checkAndBuild(options, extra, integration));
  queue = turn.catch(() => {});
  return turn;
}

let queue: Promise<void> = Promise.resolve();

async function checkAndBuild(options: SiteOptions, extra: AstroInlineConfig & { outDir: string }, integration: Partial<JourneykitOptions>): Promise<void> {
  const workspace = resolve(options.workspace);
  // The integration's chart worker starts first, to load Vega while the workspace loads.
  const cacheUrl = pathToFileURL(`${cacheDir}/`);
  startChartWorker(chartWorkerUrl, chartCacheOf(cacheUrl, workspace));
  const cwd = process.cwd();
  let root: string | undefined;
  try {
    // Checked before Astro starts, so an invalid workspace fails fast and with our diagnostics only.
    const { loaded } = await checkedWorkspace(workspace, integration.loaded, workspaceCacheOf(cacheUrl, workspace));
    await removeAbandonedAsides(buildRoot);
    root = pathAside(buildRoot);
    await mkdir(root);
    // Astro writes its prerender chunks under the working folder when the output is outside it;
    // from the package's own folder, their imports resolve to the package's dependencies.
    process.chdir(root);
    const target = resolve(cwd, extra.outDir);
    // Astro renames files from the root into the output folder, which cannot cross file systems:
    // an output folder on another one (a tmpfs, a mounted volume) is built in the root, then copied.
    const outDir = deviceOf(target) === deviceOf(root) ? target : join(root, 'out');
    const config = { root, ...buildSpeedConfig, ...extra, build: { ...buildSpeedConfig.build, ...extra.build }, outDir };
    await build(inlineConfig(options, config, { ...integration, loaded }));
    if (outDir !== target) await cp(outDir, target, { recursive: true });
  } finally {
    // A failed build never reaches the hook that stops the chart worker.
    await releaseChartRenderers();
    process.chdir(cwd);
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  }
}

/** The file system a path is on, or would be on once created: that of its nearest existing folder. */
function deviceOf(path: string): number {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return statSync(existing).dev;
}

/**
 * Serves the report of a workspace with live reload: edits to definitions show without a restart.
 * Resolves to the running server.
 *
 * @example
 * const server = await devSite({ workspace: 'journeys', port: 4321 });
 * // … later
 * await server.stop();
 */
export async function devSite(options: SiteOptions & { port?: number | undefined; host?: string | boolean }): Promise<Awaited<ReturnType<typeof dev>>> {
  return dev(inlineConfig(options, { server: { port: options.port ?? 4321, host: options.host ?? false } }));
}

/**
 * Serves a built site from `out`, as a static host would.
 *
 * @example
 * const server = await previewSite({ out: 'public', base: '/journeys/' });
 * console.log('Serving on http://localhost:4321/journeys/');
 */
export async function previewSite(options: Pick<SiteOptions, 'base' | 'logLevel'> & { out: string; port?: number | undefined; host?: string | boolean }): Promise<Awaited<ReturnType<typeof preview>>> {
  return preview({
    root: siteRoot,
    cacheDir,
    configFile: false,
    logLevel: options.logLevel ?? 'info',
    outDir: resolve(options.out),
    ...(options.base === undefined ? {} : { base: options.base }),
    server: { port: options.port ?? 4321, host: options.host ?? false },
  });
}
