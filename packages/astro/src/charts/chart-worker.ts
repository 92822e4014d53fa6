// A worker thread that renders charts while the main thread renders pages: with Vega taking a few
// milliseconds a chart, a second core halves what charts add to a cold build.
import { parentPort } from 'node:worker_threads';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

/** A chart to render, numbered so the answer finds its caller. */
export interface ChartJob {
  id: number;
  chart: RenderableChart;
}

/** The SVG of a job, or why it could not be rendered. */
export type ChartAnswer = { id: number; svg: string } | { id: number; error: string };

parentPort?.on('message', async ({ id, chart }: ChartJob) => {
  let answer: ChartAnswer;
  try {
    answer = { id, svg: await renderChartSvg(chart) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
