// A thread of the chart pool: renders the charts it is given to SVG.
import module from 'node:module';
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../pool/serve-tasks.ts';
import type { RenderableChart } from './render-chart-svg.ts';

/** How the pool starts a thread: with the compile cache folder of its process, when it keeps one. */
export interface ChartWorkerData {
  compileCache: string | undefined;
}

// A thread does not share its process's compile cache (kept by `journeykit` and `astro` outside
// CI); with it, Vega loads from code an earlier build compiled.
const { compileCache } = workerData as ChartWorkerData;
if (compileCache !== undefined) module.enableCompileCache(compileCache);
const { renderChartSvg } = await import('./render-chart-svg.ts');
if (compileCache !== undefined) module.flushCompileCache();

serveTasks((chart: RenderableChart) => renderChartSvg(chart));
