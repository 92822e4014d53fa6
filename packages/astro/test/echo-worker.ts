// A stand-in for the chart worker in tests: takes every chart of its batch and answers each with
// how the worker was started, so a test can tell which worker rendered and whether it loads Vega.
import { parentPort, workerData } from 'node:worker_threads';
import { byWorker, unclaimed } from '../src/charts/claims.ts';
import type { ChartBatch, ChartWorkerData } from '../src/charts/chart-worker.ts';

parentPort?.once('message', ({ charts, claims }: ChartBatch) => {
  charts.forEach((_, index) => {
    if (Atomics.compareExchange(claims, index, unclaimed, byWorker) !== unclaimed) return;
    parentPort?.postMessage({ index, svg: JSON.stringify({ loadVega: (workerData as ChartWorkerData).loadVega }), cached: false });
  });
});
