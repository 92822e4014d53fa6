import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const signals = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `work` with a new temporary folder and removes the folder afterwards, whether `work`
 * succeeds, throws, or the process is interrupted (Ctrl-C) meanwhile.
 */
export async function withTempFolder<T>(prefix: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(folder, { recursive: true, force: true });
    for (const name of signals) process.off(name, interrupted);
    // With the listener gone, the signal does what it would have done: usually, end the process.
    process.kill(process.pid, signal);
  };
  for (const name of signals) process.on(name, interrupted);
  try {
    return await work(folder);
  } finally {
    for (const name of signals) process.off(name, interrupted);
    await rm(folder, { recursive: true, force: true });
  }
}
