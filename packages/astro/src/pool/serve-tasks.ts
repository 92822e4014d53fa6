import { parentPort } from 'node:worker_threads';

/** What a pool sends a thread: a task, or that it is to end once the tasks it was sent are done. */
export type TaskMessage<Task> = { task: Task } | { end: true };

/** A task's result, or why it failed. */
export type TaskAnswer<Result> = { result: Result } | { error: string };

/**
 * In a thread of a `createWorkerPool` pool: answers each task with `handle`, one at a time, and
 * ends when the pool closes.
 *
 * @example
 * serveTasks((chart: RenderableChart) => renderChartSvg(chart));
 */
export function serveTasks<Task, Result>(handle: (task: Task) => Promise<Result>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveTasks runs in a worker thread of a pool.');
  // The tasks run one after another, in the order they came: the pool may send the next before
  // the one under way is answered.
  let current = Promise.resolve();
  port.on('message', (message: TaskMessage<Task>) => {
    // With its port closed and nothing left to do, the thread ends.
    if ('end' in message) current = current.then(() => port.close());
    else current = current.then(() => answer(message.task)).then((answered) => port.postMessage(answered));
  });
  const answer = async (task: Task): Promise<TaskAnswer<Result>> => {
    try {
      return { result: await handle(task) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}
