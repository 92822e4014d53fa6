import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerPool, handedAtOnce } from './worker-pool.ts';

const echo = new URL('../../test/fixtures/pool/echo-worker.mjs', import.meta.url);
const broken = new URL('../../test/fixtures/pool/broken-worker.mjs', import.meta.url);

describe('a worker pool', () => {
  it('answers every task with its own result, on no more threads than its size', async () => {
    const pool = createWorkerPool<string, { task: string; thread: number }>(echo, 2);
    try {
      const tasks = ['a', 'b', 'c', 'd', 'e', 'f'];
      const answers = await Promise.all(tasks.map((task) => pool.run(task)));
      expect(answers.map((answer) => answer.task)).toEqual(tasks);
      expect(new Set(answers.map((answer) => answer.thread)).size).toBeLessThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });

  it('rejects a task with the error it threw, and goes on with the next', async () => {
    const pool = createWorkerPool<string, { task: string }>(echo, 1);
    try {
      const [failed, next] = await Promise.allSettled([pool.run('fail'), pool.run('next')]);
      expect(failed).toEqual({ status: 'rejected', reason: new Error('told to fail') });
      expect(next).toMatchObject({ status: 'fulfilled', value: { task: 'next' } });
    } finally {
      await pool.close();
    }
  });

  it('ends a thread once no task is left, and starts another for a later task', async () => {
    const pool = createWorkerPool<string, { task: string; thread: number }>(echo, 1);
    try {
      const first = await pool.run('first');
      const second = await pool.run('second');
      expect(second.thread).not.toBe(first.thread);
      const [third, fourth] = await Promise.all([pool.run('third'), pool.run('fourth')]);
      expect(fourth.thread).toBe(third.thread);
    } finally {
      await pool.close();
    }
  });

  it('fails only the task of a thread that ran out of memory, and goes on with the others on a new thread', async () => {
    const pool = createWorkerPool<string, { task: string; thread: number }>(echo, 1, { resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } });
    try {
      const [before, hog, after] = await Promise.allSettled([pool.run('before'), pool.run('hog'), pool.run('after')]);
      expect(before).toMatchObject({ status: 'fulfilled', value: { task: 'before' } });
      expect(hog).toMatchObject({ status: 'rejected', reason: { code: 'ERR_WORKER_OUT_OF_MEMORY' } });
      expect(after).toMatchObject({ status: 'fulfilled', value: { task: 'after' } });
      expect(after.status === 'fulfilled' && before.status === 'fulfilled' && after.value.thread !== before.value.thread).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('rejects the tasks of a thread that cannot load, with why', async () => {
    const pool = createWorkerPool<string, unknown>(broken, 1);
    const answers = await Promise.allSettled([pool.run('a'), pool.run('b')]);
    expect(answers).toEqual([
      { status: 'rejected', reason: new Error('cannot load') },
      { status: 'rejected', reason: new Error('cannot load') },
    ]);
    await pool.close();
  });

  it('hands a thread its next task before the one under way is answered', async () => {
    const pool = createWorkerPool<string, { task: string; started: number }>(echo, 1);
    try {
      await pool.run('loaded');
      const answers = Promise.all([pool.run('first'), pool.run('second')]);
      // This thread takes no message for a second: a thread given one task at a time could not
      // start the second before then.
      const busyUntil = Date.now() + 1000;
      while (Date.now() < busyUntil);
      const [, second] = await answers;
      expect(second.started).toBeLessThan(busyUntil);
    } finally {
      await pool.close();
    }
  });

  it('runs the tasks a thread holds one after another', async () => {
    const pool = createWorkerPool<string, { task: string; started: number; finished: number }>(echo, 1);
    try {
      const [waited, next] = await Promise.all([pool.run('wait'), pool.run('next')]);
      expect([waited.task, next.task]).toEqual(['wait', 'next']);
      expect(next.started).toBeGreaterThanOrEqual(waited.finished);
    } finally {
      await pool.close();
    }
  });

  it('closes once its threads ended, dropping the tasks not handed to one', async () => {
    const pool = createWorkerPool<string, { task: string }>(echo, 1);
    const tasks = Array.from({ length: handedAtOnce + 2 }, (_, i) => `task ${i}`);
    const answers = Promise.allSettled(tasks.map((task) => pool.run(task)));
    await pool.close();
    expect(await answers).toEqual(
      tasks.map((task, i) =>
        i < handedAtOnce ? { status: 'fulfilled', value: expect.objectContaining({ task }) } : { status: 'rejected', reason: new Error('The worker pool closed before the task started.') },
      ),
    );
    await expect(pool.run('late')).rejects.toThrow('The worker pool is closed.');
  });

  // A thread terminated while it evaluates modules above one with top-level await, as Vega's are,
  // takes its whole process down (V8 aborts): so the process runs apart from the tests.
  it('keeps a process alive that closes it while a thread evaluates modules above a top-level await', () => {
    const script = fileURLToPath(new URL('../../test/fixtures/top-level-await/stop-while-loading.mjs', import.meta.url));
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 });
    expect({ status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr }).toEqual({ status: 0, signal: null, stdout: 'stopped\n', stderr: '' });
  });
});
