import { existsSync, statSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { checkOutputFolder, moveIntoPlace, pathAside, removeAbandonedAsides, siteOutput, type LoadedWorkspace } from '@journeykit/core/node';
import { build, dev, type AstroInlineConfig } from 'astro';
import { buildSpeedConfig } from './build-speed.ts';
import { releaseCharts } from './charts/rendered-charts.ts';
import { createJourneykit } from './integration.ts';
import { workspaceCacheOf } from './load-site.ts';
import { makeFolder } from './make-folder.ts';
import { keepAstroOffline } from './offline-astro.ts';
import type { OwnSiteSettings } from './options.ts';
import { releaseSites } from './published-sites.ts';
import { serveFolder, type PreviewServer } from './preview/serve-folder.ts';
import { quietRunnerConnections } from './quiet-runner-log.ts';
import { folderKey, makeAstroRoot, scratchFolderFor } from './scratch-folder.ts';
import { siteWriteError } from './site-write-error.ts';
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

/**
 * Where the functions below run Astro for the workspace (or output folder) `dir`, in a scratch
 * folder never inside the package (see `scratchFolderFor`): Astro's cache, kept between runs so a
 * rebuild reuses the charts already rendered, and the root of each build, a folder of its own
 * beside `build` (see `pathAside`), removed when the build ends.
 */
function foldersFor(dir: string): { cacheDir: string; buildRoot: string; serveRoot: string } {
  const scratch = scratchFolderFor(dir);
  // Workspaces can share a scratch folder (one node_modules, or the temporary folder): two dev
  // servers of different workspaces must not share a root.
  return { cacheDir: join(scratch, 'cache'), buildRoot: join(scratch, 'build'), serveRoot: join(scratch, 'serve', folderKey(dir)) };
}

function inlineConfig(options: SiteOptions, root: string, extra: AstroInlineConfig, settings: OwnSiteSettings = {}): AstroInlineConfig {
  keepAstroOffline();
  const workspace = resolve(options.workspace);
  return {
    root,
    cacheDir: foldersFor(workspace).cacheDir,
    configFile: false,
    logLevel: options.logLevel ?? 'warn',
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.site === undefined ? {} : { site: options.site }),
    integrations: [createJourneykit({ workspace, prefix: '/', search: true, ...(options.buildDate !== undefined && { buildDate: options.buildDate }) }, { adoptSiteSettings: true, routesByFile: true, orderPages: true, ...settings })],
    devToolbar: { enabled: false },
    ...extra,
  };
}

/**
 * Builds the report site of a workspace into `out`. The site is built in a new folder beside it
 * and swapped in only when the build succeeds, so a failed build leaves `out` as it was. `out`
 * must be new, empty or a site built before (it holds a `.journeykit-site` file), and never the
 * workspace, a folder holding it or a git repository: others are refused with an
 * `OutputFolderError` before anything is touched. A site that cannot be written (a full disk, a
 * read-only file system) rejects with a `SiteWriteError`, and `out` keeps what it held. Astro
 * runs in a scratch folder (see `scratchFolderFor`), which becomes the process's working folder:
 * builds in one process run one after the other, builds in separate processes side by side.
 *
 * @example
 * await buildSite({ workspace: 'journeys', out: 'dist/journeys', base: '/journeys/' });
 */
export async function buildSite(options: SiteOptions & { out: string }): Promise<void> {
  const out = resolve(options.out);
  checkOutputFolder(out, { workspace: options.workspace });
  const hidden = join(dirname(out), `.${basename(out)}`);
  // What builds into `out` that were interrupted or killed left beside it.
  await removeAbandonedAsides(hidden);
  const staging = pathAside(hidden);
  try {
    // Made here, not by Astro, so a folder that cannot be written is named with its cause at once.
    await makeFolder(staging);
    await buildAlone(options, { outDir: staging });
    await writeFile(join(staging, siteOutput.marker), siteOutput.note);
    moveIntoPlace(staging, out, pathAside(hidden));
  } catch (error) {
    throw siteWriteError(error, out) ?? error;
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Runs one Astro build of a checked workspace, after the builds this process started before it:
 * Astro reads the working folder, which belongs to the whole process. Each build runs in a root of
 * its own, so builds in separate processes never share Astro's files.
 */
export function buildAlone(options: SiteOptions, extra: AstroInlineConfig & { outDir: string }, settings: OwnSiteSettings = {}): Promise<void> {
  const turn = queue.then(() => checkAndBuild(options, extra, settings));
  queue = turn.catch(() => {});
  return turn;
}

let queue: Promise<void> = Promise.resolve();

/** How much V8 lets a build's heap grow past what stays live before collecting it: 100% is twice. */
const heapGrowingPercent = 100;

async function checkAndBuild(options: SiteOptions, extra: AstroInlineConfig & { outDir: string }, settings: OwnSiteSettings): Promise<void> {
  const workspace = resolve(options.workspace);
  const { cacheDir, buildRoot } = foldersFor(workspace);
  const cwd = process.cwd();
  let root: string | undefined;
  try {
    // Checked before Astro starts, so an invalid workspace fails fast and with our diagnostics only.
    let loaded: LoadedWorkspace | undefined = (await checkedWorkspace(workspace, settings.loaded, workspaceCacheOf(pathToFileURL(`${cacheDir}/`), workspace))).loaded;
    await removeAbandonedAsides(buildRoot);
    root = pathAside(buildRoot);
    makeAstroRoot(root);
    // Astro writes its prerender chunks to <working folder>/.astro when the output is outside
    // the working folder (withastro/astro#4736, its answer to withastro/astro#4006), and their
    // imports must resolve to the package's dependencies: so the root is the working folder.
    process.chdir(root);
    const target = resolve(cwd, extra.outDir);
    // Astro renames files from the root into the output folder, which cannot cross file systems:
    // an output folder on another one (a tmpfs, a mounted volume) is built in the root, then copied.
    const outDir = deviceOf(target) === deviceOf(root) ? target : join(root, 'out');
    const config = { ...buildSpeedConfig, ...extra, build: { ...buildSpeedConfig.build, ...extra.build }, outDir };
    const astroConfig = inlineConfig(options, root, config, { ...settings, loaded });
    // Handed over to the integration, which lets it go once it has read it (see createJourneykit).
    loaded = undefined;
    // V8 lets a heap grow to up to four times what stays live before it collects it, and a page
    // is garbage once written: the build thread's heap, and the process's memory, peaked far above
    // what the build holds. Twice is enough; the default comes back when the build ends.
    setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
    await build(astroConfig);
    if (outDir !== target) await cp(outDir, target, { recursive: true });
  } finally {
    // A failed build never reaches the hook that stops the chart pool and forgets the sites.
    releaseSites();
    await releaseCharts();
    setFlagsFromString('--heap-growing-percent=0');
    process.chdir(cwd);
    // After a page fails, Astro may still be writing the pages it had under way, so removing the
    // root can race with them: retried, and else left to the next build (see removeAbandonedAsides),
    // so the error the caller hears is the page's, never this one.
    if (root !== undefined) await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
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
  const { serveRoot } = foldersFor(resolve(options.workspace));
  makeAstroRoot(serveRoot);
  return dev(inlineConfig(options, serveRoot, { server: { port: options.port ?? 4321, host: options.host ?? false }, vite: { plugins: [quietRunnerConnections()] } }));
}

/**
 * Serves a built site from `out`, as a static host would: a path that names no page of the site,
 * however malformed, gets its 404 page.
 *
 * @example
 * const server = await previewSite({ out: 'public', base: '/journeys/' });
 * console.log(`Serving on ${server.url}`);
 */
export async function previewSite(options: Pick<SiteOptions, 'base' | 'logLevel'> & { out: string; port?: number | undefined; host?: string | boolean }): Promise<PreviewServer> {
  const host = options.host === true ? '0.0.0.0' : options.host === false || options.host === undefined ? 'localhost' : options.host;
  const server = await serveFolder({ dir: resolve(options.out), base: options.base ?? '/', port: options.port ?? 4321, host });
  if ((options.logLevel ?? 'info') === 'info' || options.logLevel === 'debug') process.stdout.write(`Serving ${resolve(options.out)} at ${server.url}\n`);
  return server;
}
