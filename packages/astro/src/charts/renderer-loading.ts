// A chart worker must never be terminated while it loads the renderer. Vega's module graph holds a
// module with top-level await (vega-canvas awaits the optional `canvas` package), so the modules
// above it are evaluated after that await; a worker terminated meanwhile makes V8 abort the whole
// process (Node 24: "Check failed: (location_) != nullptr"). So the worker says when it loads, in
// shared memory, and the thread that owns it waits for the load to end before terminating it.

import type { Worker } from 'node:worker_threads';
import type * as Renderer from './render-chart-svg.ts';

const idle = 0;
const loading = 1;
const stopping = 2;

/** A chart worker's loading state, shared by the worker and the thread that owns it. */
export function sharedLoadingState(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

let state: Int32Array | undefined;
let renderer: Promise<typeof Renderer> | undefined;

/** In a chart worker, before anything loads the renderer: where to say that it is loading. */
export function reportLoadingIn(shared: Int32Array): void {
  state = shared;
}

/**
 * The renderer module (Vega and Vega-Lite), loaded once. In a chart worker that is being stopped
 * it never loads, and never settles: the worker is about to end.
 */
export function loadRenderer(): Promise<typeof Renderer> {
  renderer ??= guarded(() => import('./render-chart-svg.ts'));
  return renderer;
}

/** Runs `load` marked as loading in the shared state, if any; not at all once stopping began. */
export async function guarded<T>(load: () => Promise<T>, shared = state): Promise<T> {
  if (shared === undefined) return load();
  if (Atomics.compareExchange(shared, 0, idle, loading) !== idle) return new Promise<never>(() => {});
  try {
    return await load();
  } finally {
    Atomics.store(shared, 0, idle);
    Atomics.notify(shared, 0);
  }
}

/**
 * Terminates a worker once it is not loading (see `guarded`); from then on it starts no load. The
 * worker keeps the process alive while it is waited for: a process that ends stops its workers too.
 */
export async function terminateWhenIdle(worker: Worker, shared: Int32Array): Promise<void> {
  let seen = Atomics.compareExchange(shared, 0, idle, stopping);
  if (seen === loading) {
    worker.ref();
    // A worker that ended midway never says that its load ended.
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    while (seen === loading && worker.threadId !== -1) {
      await Promise.race([Atomics.waitAsync(shared, 0, loading).value, ended]);
      seen = Atomics.compareExchange(shared, 0, idle, stopping);
    }
  }
  await worker.terminate();
}
