import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { TaskAnswer, TaskMessage } from './serve-tasks.ts';

/** Worker threads that run tasks of one module, each task once, one task at a time per thread. */
export interface WorkerPool<Task, Result> {
  /** Runs a task on the first thread free for it; rejects with the task's error. */
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
  const busy = new Map<Worker, Queued<Task, Result>>();
  const ended: Promise<void>[] = [];
  let closed = false;

  const spawn = () => {
    const worker = new Worker(module, { workerData: options.workerData, resourceLimits: options.resourceLimits });
    ended.push(new Promise((resolve) => worker.once('exit', () => resolve())));
    worker.on('message', (answer: TaskAnswer<Result>) => {
      const job = busy.get(worker);
      if ('error' in answer) job?.reject(new Error(answer.error));
      else job?.resolve(answer.result);
      next(worker);
    });
    // A thread that fails or ends fails the task it held. One that ran out of memory failed that
    // task alone, and a new thread goes on with the queue; any other failure (a module that cannot
    // load) would fail every thread alike, so the queue fails with the same error.
    const lost = (error: Error) => {
      const job = busy.get(worker);
      if (!busy.delete(worker)) return;
      job?.reject(error);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') grow();
      else if (busy.size === 0) for (const queued of queue.splice(0)) queued.reject(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`A worker thread ended (exit code ${code}) before its task was done.`)));
    return worker;
  };
  /** Gives the thread the next task, or has it end when none is left. */
  const next = (worker: Worker) => {
    const job = queue.shift();
    if (job === undefined) {
      busy.delete(worker);
      worker.postMessage({ end: true } satisfies TaskMessage<Task>);
      return;
    }
    busy.set(worker, job);
    worker.postMessage({ task: job.task } satisfies TaskMessage<Task>);
  };
  const grow = () => {
    if (busy.size < size && queue.length > 0) next(spawn());
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
      // Each thread ends once its task under way is answered; the process waits for all of them.
      await Promise.all(ended);
    },
  };
}
