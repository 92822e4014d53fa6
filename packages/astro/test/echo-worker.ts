// A stand-in for the chart worker in tests: takes every chart of its batch and answers each with
// the data the worker was started with, so a test can tell which worker rendered and how it started.
import { parentPort, workerData } from 'node:worker_threads';
import { byWorker, unclaimed } from '../src/charts/claims.ts';
import type { ChartBatch } from '../src/charts/chart-worker.ts';

parentPort?.once('message', ({ charts, claims }: ChartBatch) => {
  charts.forEach((_, index) => {
    if (Atomics.compareExchange(claims, index, unclaimed, byWorker) !== unclaimed) return;
    parentPort?.postMessage({ index, svg: JSON.stringify(workerData), cached: false });
  });
});
