import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { guarded, sharedLoadingState, terminateWhenIdle } from './renderer-loading.ts';

/** Stands in for a worker: records when it is referenced and terminated, and can end on its own. */
function fakeWorker(events: string[]): Worker & { end(): void } {
  const worker = Object.assign(new EventEmitter(), {
    threadId: 1,
    ref: () => void events.push('ref'),
    terminate: async () => void events.push('terminated'),
    end() {
      worker.threadId = -1;
      worker.emit('exit', 1);
    },
  });
  return worker as unknown as Worker & { end(): void };
}

describe('the loading state of a chart worker', () => {
  it('holds the termination back until the load ends', async () => {
    const state = sharedLoadingState();
    const events: string[] = [];
    let finish = () => {};
    const load = guarded(() => new Promise<string>((resolve) => (finish = () => resolve('renderer'))), state);
    const stopped = terminateWhenIdle(fakeWorker(events), state);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['ref']);
    finish();
    expect(await load).toBe('renderer');
    await stopped;
    expect(events).toEqual(['ref', 'terminated']);
  });

  it('stops waiting for a worker that ended during its load', async () => {
    const state = sharedLoadingState();
    const events: string[] = [];
    void guarded(() => new Promise(() => {}), state);
    const worker = fakeWorker(events);
    const stopped = terminateWhenIdle(worker, state);
    worker.end();
    await stopped;
    expect(events).toEqual(['ref', 'terminated']);
  });

  it('starts no load once the termination began', async () => {
    const state = sharedLoadingState();
    const events: string[] = [];
    await terminateWhenIdle(fakeWorker(events), state);
    let started = false;
    void guarded(async () => (started = true), state);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBe(false);
    expect(events).toEqual(['terminated']);
  });

  it('loads as usual where there is no state: outside a worker', async () => {
    expect(await guarded(async () => 'renderer', undefined)).toBe('renderer');
  });

  // Terminated while it evaluates modules above one with top-level await, as Vega's are, a worker
  // takes its whole process down (V8 aborts): so the process runs apart from the tests.
  it('keeps a process alive that stops a worker while it evaluates modules above a top-level await', () => {
    const script = fileURLToPath(new URL('../../test/fixtures/top-level-await/stop-while-loading.mjs', import.meta.url));
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect({ status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr }).toEqual({ status: 0, signal: null, stdout: 'stopped\n', stderr: '' });
  });
});
