import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import module from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartAnswer, ChartBatch, ChartWorkerData } from './chart-worker.ts';
import { byCaller, byWorker, unclaimed } from './claims.ts';
import { fillPlaceholders, placeholderPattern } from './placeholders.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { sharedLoadingState, terminateWhenIdle } from './renderer-loading.ts';
import { cachedChartSvg } from './svg-cache.ts';
import { vegaVersions } from './vega-versions.ts';

/** Renders charts, each distinct chart once, and counts how often it had to. */
export interface ChartRenderer {
  render(chart: RenderableChart): Promise<string>;
  /**
   * What a page of `route` (its pattern, as `Astro.routePattern`) shows for a chart: its SVG, or,
   * for a renderer created with `defer`, a placeholder that `fill` replaces once the pages are
   * written, so no page ever waits for a chart.
   */
  show(chart: RenderableChart, route: string): Promise<string>;
  /**
   * Starts rendering every chart shown through a placeholder, this thread from the first page on
   * and the worker from the last back, and resolves when all are done. Called again, it returns
   * the same promise.
   */
  renderShown(): Promise<void>;
  /**
   * The random token in this renderer's placeholders: until `fill` has run, pages differ by it
   * from build to build, and only by it.
   */
  readonly placeholderToken: string;
  /**
   * Renders every chart shown through a placeholder (`renderShown`), then writes the SVGs into the
   * pages: the HTML files `filesOf` gives for each route that showed one. Rejects, naming the
   * chart, when one cannot be rendered or its placeholder is gone from the pages (rewritten by
   * another integration first). Resolves to the number of pages rewritten.
   */
  fill(filesOf: (route: string) => readonly string[]): Promise<number>;
  /**
   * Hands charts, in the order pages will ask for them, to a worker thread that renders them from
   * the last one back, while this thread renders the ones it needs before the worker reached
   * them: the two meet in the middle, and neither waits for the other. Does nothing unless the
   * renderer was created with a worker, or after the first batch.
   */
  prefetch(charts: Iterable<RenderableChart>): void;
  /** Stops the worker, if any; charts asked for later are rendered by the caller. */
  close(): Promise<void>;
  /** Deletes the cached SVGs of charts nobody asked this renderer for: after a build, what it no longer shows. */
  prune(): Promise<void>;
  /** Charts rendered by Vega (`inWorker` of them by the worker), and charts served from the memory or disk cache instead. */
  stats(): { rendered: number; inWorker: number; cached: number };
}

// Part of every cache key, so output of an older renderer is never reused: bump on any change
// to how SVGs are made.
const rendererVersion = 3;

/** A chart worker, and where it says that it is loading Vega (see renderer-loading.ts). */
interface ChartThread {
  worker: Worker;
  loading: Int32Array;
}

/** A prefetched batch: its charts by key, who took each, and the worker's answers still awaited. */
interface Batch {
  thread: ChartThread;
  indexOf: Map<string, number>;
  keys: string[];
  charts: RenderableChart[];
  claims: Int32Array;
  answered: Set<number>;
  waiting: Map<number, { resolve(svg: string): void; reject(error: Error): void }>;
  alive: boolean;
}

/**
 * Creates a chart renderer that caches SVGs in memory by a sha256 of the chart (its id, words and
 * spec, with the Vega versions), and in `cacheDir/<hash>.svg` when `cacheDir` is given, so a
 * rebuild without changes renders no chart again. Given the `worker` module's URL (`chartWorkerUrl`),
 * `prefetch` renders charts in a worker thread while the caller goes on. With `defer`, `show`
 * gives pages placeholders and `fill` puts the SVGs in once the pages are written.
 *
 * @example
 * const renderer = createChartRenderer({ cacheDir: 'node_modules/.astro/journeykit/charts' });
 * const svg = await renderer.render(chart);
 * renderer.stats(); // { rendered: 1, inWorker: 0, cached: 0 }
 */
export function createChartRenderer(options: { cacheDir?: string; worker?: URL; defer?: boolean } = {}): ChartRenderer {
  const { cacheDir } = options;
  const memory = new Map<string, Promise<string>>();
  // Placeholders hold a random token, so no text of a page can pass for one.
  const token = randomBytes(8).toString('hex');
  const deferred = new Map<string, RenderableChart>();
  const routes = new Set<string>();
  const counts = { rendered: 0, inWorker: 0, cached: 0 };
  let batch: Batch | undefined;
  let closed = false;

  const fileOf = (key: string) => (cacheDir === undefined ? undefined : join(cacheDir, `${key}.svg`));

  const produce = async (chart: RenderableChart, key: string): Promise<string> => {
    const { svg, cached } = await cachedChartSvg(chart, fileOf(key));
    counts[cached ? 'cached' : 'rendered'] += 1;
    return svg;
  };

  const remember = (key: string, svg: Promise<string>): Promise<string> => {
    memory.set(key, svg);
    // A failed render is forgotten, so whoever asks next tries again and hears why.
    svg.catch(() => memory.delete(key));
    return svg;
  };

  const settle = (current: Batch, answer: ChartAnswer) => {
    current.answered.add(answer.index);
    const key = current.keys[answer.index]!;
    const waiting = current.waiting.get(answer.index);
    current.waiting.delete(answer.index);
    if ('svg' in answer) {
      if (answer.cached) counts.cached += 1;
      else {
        counts.rendered += 1;
        counts.inWorker += 1;
      }
      memory.set(key, Promise.resolve(answer.svg));
      waiting?.resolve(answer.svg);
    } else if (waiting !== undefined) waiting.reject(new Error(answer.error));
    // Unasked, a failed chart is left for the page that needs it, which renders it and hears why.
  };

  // The worker stopped: what it took and did not answer is rendered here after all.
  const orphan = (current: Batch) => {
    current.alive = false;
    for (const [index, waiting] of current.waiting) {
      produce(current.charts[index]!, current.keys[index]!).then(waiting.resolve, waiting.reject);
    }
    current.waiting.clear();
  };

  /** The SVG of a chart, and whether this thread renders it (rather than the memory or the worker). */
  const take = (chart: RenderableChart, key: string): { svg: Promise<string>; here: boolean } => {
    const known = memory.get(key);
    if (known !== undefined) {
      counts.cached += 1;
      return { svg: known, here: false };
    }
    const index = batch?.indexOf.get(key);
    if (batch !== undefined && index !== undefined && batch.alive && !batch.answered.has(index)) {
      const current = batch;
      if (Atomics.compareExchange(current.claims, index, unclaimed, byCaller) === byWorker) {
        return { svg: remember(key, new Promise((resolve, reject) => current.waiting.set(index, { resolve, reject }))), here: false };
      }
    }
    return { svg: remember(key, produce(chart, key)), here: true };
  };

  /** Every deferred chart's SVG by key, rendered once however often asked for. */
  let shown: Promise<Map<string, string>> | undefined;
  const renderShown = () => (shown ??= renderDeferred());
  const renderDeferred = async (): Promise<Map<string, string>> => {
    const svgs: [string, Promise<string>][] = [];
    for (const [key, chart] of deferred) {
      const { svg, here } = take(chart, key);
      svgs.push([key, svg]);
      // One at a time, so the worker keeps the charts it has not reached yet.
      if (here) await svg.catch(() => undefined);
    }
    return new Map(await Promise.all(svgs.map(async ([key, svg]) => [key, await svg] as const)));
  };

  return {
    render: (chart) => take(chart, cacheKey(chart)).svg,
    async show(chart, route) {
      const key = cacheKey(chart);
      if (options.defer !== true) return take(chart, key).svg;
      deferred.set(key, chart);
      routes.add(route);
      return `<!--journeykit-chart ${token} ${key}-->`;
    },
    renderShown: () => renderShown().then(() => undefined),
    placeholderToken: token,
    async fill(filesOf) {
      const svgs = await renderShown();
      const { pages, placed } = await fillPlaceholders([...routes].flatMap(filesOf), placeholderPattern(token), svgs);
      const missing = [...deferred].filter(([key]) => !placed.has(key)).map(([, chart]) => `"${chart.id}"`);
      if (missing.length > 0) {
        throw new Error(`Chart ${missing.join(', ')} could not be placed: its page no longer holds the placeholder Journeykit wrote. Does an integration listed before Journeykit's rewrite the built pages?`);
      }
      return pages;
    },
    prefetch(charts) {
      if (options.worker === undefined || closed || batch !== undefined) return;
      const byKey = new Map<string, RenderableChart>();
      for (const chart of [...charts].reverse()) {
        const key = cacheKey(chart);
        if (!memory.has(key)) byKey.set(key, chart);
      }
      const keys = [...byKey.keys()];
      const list = [...byKey.values()];
      const thread = (cacheDir === undefined ? undefined : takeStartedWorker(cacheDir, options.worker)) ?? spawnWorker(options.worker, false);
      const { worker } = thread;
      const current: Batch = {
        thread,
        indexOf: new Map(keys.map((key, index) => [key, index])),
        keys,
        charts: list,
        claims: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, keys.length))),
        answered: new Set(),
        waiting: new Map(),
        alive: true,
      };
      batch = current;
      worker.on('message', (answer: ChartAnswer) => settle(current, answer));
      worker.on('error', () => orphan(current));
      worker.on('exit', () => orphan(current));
      worker.postMessage({ charts: list, files: keys.map(fileOf), claims: current.claims } satisfies ChartBatch);
    },
    async prune() {
      if (cacheDir === undefined) return;
      const names = await readdir(cacheDir).catch(() => [] as string[]);
      const used = new Set([...memory.keys()].map((key) => `${key}.svg`));
      await Promise.all(names.filter((name) => name.endsWith('.svg') && !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })));
    },
    async close() {
      closed = true;
      if (batch !== undefined) await terminateWhenIdle(batch.thread.worker, batch.thread.loading);
    },
    stats: () => ({ ...counts }),
  };
}

// Chart workers started before their renderer, by cache folder (see startChartWorker).
const started = new Map<string, { url: string; thread: ChartThread }>();

/**
 * Starts the chart worker of the renderer of `cacheDir` ahead of it, so the worker loads Vega
 * while the caller still loads the workspace, on a core that is idle then: the next renderer of
 * that folder with the same `worker` takes it. Vega is loaded only when the folder holds no chart
 * yet; a rebuild's charts come from the cache. Does nothing when one is started already;
 * `stopStartedWorkers` stops those never taken.
 */
export function startChartWorker(worker: URL, cacheDir: string): void {
  const early = started.get(cacheDir);
  if (early?.url === worker.href) return;
  if (early !== undefined) void terminateWhenIdle(early.thread.worker, early.thread.loading);
  started.set(cacheDir, { url: worker.href, thread: spawnWorker(worker, !holdsCharts(cacheDir)) });
}

/** Stops the workers started ahead that no renderer took: after a build, whether it succeeded or not. */
export async function stopStartedWorkers(): Promise<void> {
  const threads = [...started.values()].map(({ thread }) => thread);
  started.clear();
  await Promise.all(threads.map(({ worker, loading }) => terminateWhenIdle(worker, loading)));
}

function takeStartedWorker(cacheDir: string, url: URL): ChartThread | undefined {
  const early = started.get(cacheDir);
  if (early === undefined || early.url !== url.href) return undefined;
  started.delete(cacheDir);
  return early.thread;
}

function spawnWorker(url: URL, loadVega: boolean): ChartThread {
  const loading = sharedLoadingState();
  const worker = new Worker(url, { workerData: { loadVega, loading, compileCache: module.getCompileCacheDir() } satisfies ChartWorkerData });
  // Never what keeps the process alive: a build that ends stops it.
  worker.unref();
  return { worker, loading };
}

function holdsCharts(cacheDir: string): boolean {
  try {
    return readdirSync(cacheDir).some((name) => name.endsWith('.svg'));
  } catch {
    return false;
  }
}

function cacheKey(chart: RenderableChart): string {
  const { id, title, description, spec } = chart;
  const { vega: vegaVersion, vegaLite: vegaLiteVersion } = vegaVersions();
  const identity = { rendererVersion, vegaVersion, vegaLiteVersion, id, title, description, spec };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
