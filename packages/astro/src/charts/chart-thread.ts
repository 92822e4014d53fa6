import { Worker } from 'node:worker_threads';
import type { ChartAnswer, ChartJob } from './chart-worker.ts';
import type { RenderableChart } from './render-chart-svg.ts';

/** A worker thread rendering charts, one message each way per chart. */
export interface ChartThread {
  render(chart: RenderableChart): Promise<string>;
  /** False once the worker died: its callers were told, and nothing more should be sent. */
  readonly alive: boolean;
  close(): Promise<void>;
}

/**
 * Starts a worker thread from `url` (the `chart-worker` module) that renders charts with
 * `renderChartSvg`. It never keeps the process alive; if it dies, pending renders reject and
 * `alive` turns false.
 *
 * @example
 * const thread = startChartThread(chartWorkerUrl);
 * const svg = await thread.render(chart);
 * await thread.close();
 */
export function startChartThread(url: URL): ChartThread {
  const worker = new Worker(url);
  worker.unref();
  const pending = new Map<number, { resolve(svg: string): void; reject(error: Error): void }>();
  let next = 0;
  let alive = true;
  const failAll = (error: Error) => {
    alive = false;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: ChartAnswer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ('svg' in answer) waiting?.resolve(answer.svg);
    else waiting?.reject(new Error(answer.error));
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('The chart worker stopped.')));
  return {
    render(chart) {
      if (!alive) return Promise.reject(new Error('The chart worker stopped.'));
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, chart } satisfies ChartJob);
      });
    },
    get alive() {
      return alive;
    },
    async close() {
      alive = false;
      await worker.terminate();
    },
  };
}
