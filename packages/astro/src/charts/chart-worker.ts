// A worker thread that renders a batch of charts while the main thread renders pages. It works
// through the batch on its own, so it never waits for a busy main thread to hand it the next chart;
// a chart a page needs first is taken by the main thread (see claims.ts) and skipped here.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { byWorker, unclaimed } from './claims.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { loadRenderer, reportLoadingIn } from './renderer-loading.ts';
import { cachedChartSvg } from './svg-cache.ts';
import { lowerThreadPriority } from './thread-priority.ts';

/** The charts to render, the cache file of each (if any), and the shared claim of each. */
export interface ChartBatch {
  charts: RenderableChart[];
  files: (string | undefined)[];
  claims: Int32Array;
}

/**
 * How the worker starts: `loadVega` when no chart is cached yet, so each will be rendered; where
 * it says that it is loading Vega (see renderer-loading.ts); and the compile cache folder of the
 * process that starts it, when that process keeps one.
 */
export interface ChartWorkerData {
  loadVega: boolean;
  loading: Int32Array;
  compileCache?: string | undefined;
}

/** The SVG of a chart of the batch, by its index, and whether it came from the cache; or why it failed. */
export type ChartAnswer = { index: number; svg: string; cached: boolean } | { index: number; error: string };

const { loadVega, loading, compileCache } = workerData as ChartWorkerData;
reportLoadingIn(loading);

// A thread does not share its process's compile cache (kept by `journeykit` and `astro` outside
// CI): with it, Vega loads from code compiled by an earlier build. A cache is written at exit, and
// a build may terminate the worker instead, so it writes what it compiled once Vega is loaded and
// once its batch is done.
if (compileCache !== undefined) module.enableCompileCache(compileCache);
const keepCompiledCode = () => {
  if (compileCache !== undefined) module.flushCompileCache();
};
const loadVegaNow = () => loadRenderer().then(keepCompiledCode, () => undefined);

// Loaded now rather than for the first chart: a worker started ahead of its batch
// (startChartWorker) has the time, and a cold build needs Vega for every chart.
const loaded = loadVega ? loadVegaNow() : Promise.resolve();

parentPort?.once('message', async ({ charts, files, claims }: ChartBatch) => {
  // Vega loads at the thread's usual priority, and before any chart: a build that ends waits for
  // a load under way (see renderer-loading.ts), so a load must never crawl.
  await (files.some((file) => file === undefined || !existsSync(file)) ? loadVegaNow() : loaded);
  // Pages are needed all along, charts only when the build ends.
  lowerThreadPriority();
  for (let index = 0; index < charts.length; index++) {
    if (Atomics.compareExchange(claims, index, unclaimed, byWorker) !== unclaimed) continue;
    parentPort?.postMessage(await answer(charts[index]!, files[index], index));
  }
  keepCompiledCode();
});

async function answer(chart: RenderableChart, file: string | undefined, index: number): Promise<ChartAnswer> {
  try {
    return { index, ...(await cachedChartSvg(chart, file)) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}
