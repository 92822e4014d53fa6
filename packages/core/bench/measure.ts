import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** How long a child process said its work took, and its peak memory in MiB. */
export interface Measured<T> {
  result: T & { ms: number };
  peakMiB: number;
}

/**
 * Runs Node with the arguments in a new process, with max-rss.ts preloaded to record its peak
 * memory, and parses the JSON it prints.
 */
export function measure<T>(args: readonly string[], scratch: string): Measured<T> {
  const rss = join(scratch, `rss-${process.hrtime.bigint()}`);
  const child = spawnSync(process.execPath, ['--import', join(import.meta.dirname, '../../cli/bench/max-rss.ts'), ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, JOURNEYKIT_BENCH_RSS: rss },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const peakMiB = Number(readFileSync(rss, 'utf8')) / 1024 / 1024;
  rmSync(rss, { force: true });
  return { result: JSON.parse(child.stdout) as T & { ms: number }, peakMiB };
}
