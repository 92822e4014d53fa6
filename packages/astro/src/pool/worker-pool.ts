import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { TaskAnswer, TaskMessage } from './serve-tasks.ts';

/** Worker threads that run tasks of one module, each task once, one task at a time per thread. */
export interface WorkerPool<Task, Result> {
  /** Runs a task on the first thread free for it; rejects with the task's error. */
  run(task: Task): Promise<Result>;
  /**
   * Drops the tasks not handed to a thread, lets those handed finish, and resolves when every
   * thread has ended. A thread is asked to end, never terminated: a thread terminated while it
   * evaluates a module graph with top-level await (Vega's has one) takes the whole process down.
   */
  close(): Promise<void>;
}

interface Queued<Task, Result> {
  task: Task;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * How many tasks a thread holds: the one under way and those it runs next. A thread is handed
 * more only when this one hears from it, and this one renders pages meanwhile, some of which keep
 * it busy for some hundreds of milliseconds: enough charts to go on with through such a page.
 */
export const handedAtOnce = 32;

/**
 * A pool of up to `size` threads running `module`, which answers tasks with `serveTasks`. Threads
 * start as tasks come and end when none is left, giving their memory back: a build queues its
 * charts at the start, and renders pages long after the last is drawn.
 *
 * @example
 * const pool = createWorkerPool<RenderableChart, string>(new URL('./chart-worker.js', import.meta.url), 1);
 * const svg = await pool.run(chart);
 * await pool.close();
 */
export function createWorkerPool<Task, Result>(module: URL, size: number, options: Pick<WorkerOptions, 'workerData' | 'resourceLimits'> = {}): WorkerPool<Task, Result> {
  const queue: Queued<Task, Result>[] = [];
  /** The tasks each thread holds, in the order it runs them: the first is under way. */
  const busy = new Map<Worker, Queued<Task, Result>[]>();
  const ended: Promise<void>[] = [];
  let closed = false;

  const spawn = () => {
    const worker = new Worker(module, { workerData: options.workerData, resourceLimits: options.resourceLimits });
    ended.push(new Promise((resolve) => worker.once('exit', () => resolve())));
    busy.set(worker, []);
    worker.on('message', (answer: TaskAnswer<Result>) => {
      const job = busy.get(worker)?.shift();
      if ('error' in answer) job?.reject(new Error(answer.error));
      else job?.resolve(answer.result);
      feed(worker);
    });
    // A thread that fails or ends fails the task under way; those it held next go back to the
    // queue. One that ran out of memory failed that task alone, and a new thread goes on with the
    // queue; any other failure (a module that cannot load) would fail every thread alike, so the
    // queue fails with the same error.
    const lost = (error: Error) => {
      const held = busy.get(worker);
      if (!busy.delete(worker)) return;
      const [job, ...waiting] = held ?? [];
      job?.reject(error);
      queue.unshift(...waiting);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') grow();
      else if (busy.size === 0) for (const queued of queue.splice(0)) queued.reject(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`A worker thread ended (exit code ${code}) before its task was done.`)));
    return worker;
  };
  /** Hands the thread tasks until it holds `handedAtOnce`, or has it end when it holds none and none is left. */
  const feed = (worker: Worker) => {
    const held = busy.get(worker);
    if (held === undefined) return;
    while (held.length < handedAtOnce && queue.length > 0) {
      const job = queue.shift()!;
      held.push(job);
      worker.postMessage({ task: job.task } satisfies TaskMessage<Task>);
    }
    if (held.length > 0) return;
    busy.delete(worker);
    worker.postMessage({ end: true } satisfies TaskMessage<Task>);
  };
  const grow = () => {
    for (const worker of busy.keys()) feed(worker);
    if (busy.size < size && queue.length > 0) feed(spawn());
  };

  return {
    run(task) {
      if (closed) return Promise.reject(new Error('The worker pool is closed.'));
      const result = new Promise<Result>((resolve, reject) => queue.push({ task, resolve, reject }));
      grow();
      return result;
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The worker pool closed before the task started.'));
      // Each thread ends once the tasks it holds are answered; the process waits for all of them.
      await Promise.all(ended);
    },
  };
}
