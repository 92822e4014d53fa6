// A worker thread that renders a batch of charts while the main thread renders pages. It works
// through the batch on its own, so it never waits for a busy main thread to hand it the next chart;
// a chart a page needs first is taken by the main thread (see claims.ts) and skipped here.
import { parentPort, workerData } from 'node:worker_threads';
import { byWorker, unclaimed } from './claims.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { cachedChartSvg } from './svg-cache.ts';
import { lowerThreadPriority } from './thread-priority.ts';

/** The charts to render, the cache file of each (if any), and the shared claim of each. */
export interface ChartBatch {
  charts: RenderableChart[];
  files: (string | undefined)[];
  claims: Int32Array;
}

/** How the worker starts: `loadVega` when no chart is cached yet, so each will be rendered. */
export interface ChartWorkerData {
  loadVega: boolean;
}

/** The SVG of a chart of the batch, by its index, and whether it came from the cache; or why it failed. */
export type ChartAnswer = { index: number; svg: string; cached: boolean } | { index: number; error: string };

// Pages are needed all along, charts only when the build ends.
lowerThreadPriority();

// Loaded now rather than for the first chart: a worker started ahead of its batch
// (startChartWorker) has the time, and a cold build needs Vega for every chart.
if ((workerData as ChartWorkerData | undefined)?.loadVega === true) void import('./render-chart-svg.ts').catch(() => undefined);

parentPort?.once('message', async ({ charts, files, claims }: ChartBatch) => {
  for (let index = 0; index < charts.length; index++) {
    if (Atomics.compareExchange(claims, index, unclaimed, byWorker) !== unclaimed) continue;
    parentPort?.postMessage(await answer(charts[index]!, files[index], index));
  }
});

async function answer(chart: RenderableChart, file: string | undefined, index: number): Promise<ChartAnswer> {
  try {
    return { index, ...(await cachedChartSvg(chart, file)) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}
