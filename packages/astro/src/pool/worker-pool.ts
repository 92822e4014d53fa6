import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { TaskAnswer, TaskMessage } from './serve-tasks.ts';

/** Worker threads that run tasks of one module, each task once, a task per idle thread. */
export interface WorkerPool<Task, Result> {
  /** Runs a task on the first idle thread; rejects with the task's error. */
  run(task: Task): Promise<Result>;
  /**
   * Drops the tasks not started, lets those under way finish, and resolves when every thread has
   * ended. A thread is asked to end, never terminated: a thread terminated while it evaluates a
   * module graph with top-level await (Vega's has one) takes the whole process down.
   */
  close(): Promise<void>;
}

interface Queued<Task, Result> {
  task: Task;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * A pool of up to `size` threads running `module`, which answers tasks with `serveTasks`. Threads
 * start as tasks come, and keep the process alive only while they hold one.
 *
 * @example
 * const pool = createWorkerPool<RenderableChart, string>(new URL('./chart-worker.js', import.meta.url), 1);
 * const svg = await pool.run(chart);
 * await pool.close();
 */
export function createWorkerPool<Task, Result>(module: URL, size: number, options: Pick<WorkerOptions, 'workerData' | 'resourceLimits'> = {}): WorkerPool<Task, Result> {
  const queue: Queued<Task, Result>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Queued<Task, Result>>();
  const workers = new Set<Worker>();
  const ended: Promise<void>[] = [];
  let closed = false;

  const spawn = () => {
    const worker = new Worker(module, { workerData: options.workerData, resourceLimits: options.resourceLimits });
    ended.push(new Promise((resolve) => worker.once('exit', () => resolve())));
    worker.on('message', (answer: TaskAnswer<Result>) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if ('error' in answer) job?.reject(new Error(answer.error));
      else job?.resolve(answer.result);
      next(worker);
    });
    // A thread that fails or ends fails the task it held; the others go on with the queue, and
    // when none is left, the queue fails with the same error.
    const lost = (error: Error) => {
      if (!workers.delete(worker)) return;
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (workers.size === 0) for (const job of queue.splice(0)) job.reject(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`A worker thread ended (exit code ${code}) before its task was done.`)));
    workers.add(worker);
    return worker;
  };
  const next = (worker: Worker) => {
    const job = queue.shift();
    // A thread with a task keeps the process alive until it answers; an idle one does not, unless
    // the pool is closing and waits for it to end.
    if (job === undefined) {
      if (!closed) worker.unref();
      idle.push(worker);
      return;
    }
    worker.ref();
    busy.set(worker, job);
    worker.postMessage({ task: job.task } satisfies TaskMessage<Task>);
  };

  const grow = () => {
    const worker = idle.pop() ?? (workers.size < size ? spawn() : undefined);
    if (worker !== undefined) next(worker);
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
      for (const worker of workers) {
        // Waited for: the process stays alive until each thread has ended of its own accord.
        worker.ref();
        worker.postMessage({ end: true } satisfies TaskMessage<Task>);
      }
      await Promise.all(ended);
    },
  };
}
