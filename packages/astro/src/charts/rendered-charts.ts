// The charts of the builds of this process, each rendered once, by key. The integration starts
// them and the pages await them, in one instance of this module: the pages import it from where
// the integration runs (see sharedModulesPlugin), never a copy of their own.
import module from 'node:module';
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { contentCache, contentKey, type ContentCache } from '../cache/content-cache.ts';
import { createWorkerPool, type WorkerPool } from '../pool/worker-pool.ts';
import type { ChartWorkerData } from './chart-worker.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { vegaVersions } from './vega-versions.ts';

/** Bumped on any change to how a chart's SVG is made, so no older SVG is reused. */
const svgFormat = 'chart-svg 4';

/** Cached SVGs unused for this long are removed when a build ends. */
const kept = 30 * 24 * 60 * 60 * 1000;

/**
 * A chart thread's heap. Left to itself, V8 sizes a thread's heap by the machine's memory and lets
 * it grow to several times what charts need before collecting. A chart that needs more than this
 * (the home page's of a site of some thousands of journeys) is rendered on the build's own thread.
 */
const chartThreadLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

const workerModule = new URL(`./chart-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

const svgs = new Map<string, Promise<string>>();
let pool: WorkerPool<RenderableChart, string> | undefined;

/** The key of a chart's SVG: its id, words and spec, with the versions of Vega that draw it. */
export function chartKey(chart: RenderableChart): string {
  const { id, title, description, spec } = chart;
  return contentKey(svgFormat, { ...vegaVersions(), id, title, description, spec });
}

/** What a chart's SVG depends on besides the chart: how it is made, and the versions of Vega that draw it. */
export function chartFormat(): { svgFormat: string; vega: string; vegaLite: string } {
  return { svgFormat, ...vegaVersions() };
}

/**
 * Starts rendering every chart not yet in `cacheDir` on a pool of worker threads, a core
 * short of all (the pages are rendered on this one), while Astro bundles and renders the pages.
 * `resourceLimits` bounds each thread's heap.
 *
 * @example
 * renderCharts(siteCharts(site).map(drawnChart), site.chartCache);
 */
export function renderCharts(charts: Iterable<RenderableChart>, cacheDir: string, resourceLimits: ResourceLimits = chartThreadLimits): void {
  const cache = contentCache(cacheDir, '.svg');
  const workerData: ChartWorkerData = { compileCache: module.getCompileCacheDir() };
  pool ??= createWorkerPool(workerModule, Math.max(1, availableParallelism() - 1), { workerData, resourceLimits });
  for (const chart of charts) {
    const key = chartKey(chart);
    if (svgs.has(key) || cache.has(key)) continue;
    // Unless a page asks for it, a chart that fails is forgotten: a page that does hears why.
    remember(key, produce(chart, key, cache)).catch(() => undefined);
  }
}

/**
 * The SVG of a chart, rendered once per build: awaited from the pool while it renders it, else
 * read from `cacheDir`, else rendered (on the pool in a build, on this thread in `astro dev`).
 */
export function renderedChart(chart: RenderableChart, cacheDir: string): Promise<string> {
  const key = chartKey(chart);
  return svgs.get(key) ?? remember(key, produce(chart, key, contentCache(cacheDir, '.svg')));
}

/**
 * Ends the charts of the builds under way: stops the pool once the charts it renders are done,
 * forgets the SVGs, and removes those of `cacheDirs` unused for a month.
 */
export async function releaseCharts(cacheDirs: readonly string[] = []): Promise<void> {
  const closing = pool?.close();
  pool = undefined;
  svgs.clear();
  await closing;
  for (const dir of cacheDirs) contentCache(dir, '.svg').prune(kept);
}

/**
 * Keeps a chart under way until it is done: then it is in the cache, where a page that asks later
 * reads it, so the SVGs of a whole site are never held in memory at once.
 */
function remember(key: string, svg: Promise<string>): Promise<string> {
  svgs.set(key, svg);
  const forget = () => svgs.delete(key);
  svg.then(forget, forget);
  return svg;
}

async function produce(chart: RenderableChart, key: string, cache: ContentCache): Promise<string> {
  const stored = cache.read(key);
  if (stored !== undefined) return stored;
  const svg = await (pool?.run(chart).catch((error: NodeJS.ErrnoException) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? renderHere(chart) : Promise.reject(error))) ?? renderHere(chart));
  cache.write(key, svg);
  return svg;
}

/** Renders a chart on this thread, whose heap is not bounded: in `astro dev`, or for a chart too large for a pool thread. */
function renderHere(chart: RenderableChart): Promise<string> {
  return import('./render-chart-svg.ts').then(({ renderChartSvg }) => renderChartSvg(chart));
}
