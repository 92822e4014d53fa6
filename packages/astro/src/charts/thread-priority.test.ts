import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';

const niceOf = (stat: string) => Number(stat.split(') ')[1]!.split(' ')[16]);

it.runIf(process.platform === 'linux')('lowers the priority of the thread that asks, and of no other', async () => {
  const module = new URL('./thread-priority.ts', import.meta.url).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    import(${JSON.stringify(module)}).then(({ lowerThreadPriority }) =>
      parentPort.postMessage({ lowered: lowerThreadPriority(), stat: readFileSync('/proc/thread-self/stat', 'utf8') }));`;
  const worker = new Worker(code, { eval: true });
  const answer = await new Promise<{ lowered: boolean; stat: string }>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  expect(answer.lowered).toBe(true);
  expect(niceOf(answer.stat)).toBe(19);
  expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(0);
});
