// pnpm bench: times `journeykit check` as users run it (a new process, the built CLI) on generated
// workspaces of 10, 100 and 1,000 journeys, and reports wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate.ts';

const bin = join(import.meta.dirname, '../bin/journeykit.js');
if (!existsSync(join(import.meta.dirname, '../dist/main.js'))) throw new Error('Build first: pnpm build');
const runs = 5;
const scratch = mkdtempSync(join(tmpdir(), 'journeykit-bench-'));
const rows: string[] = [];

for (const n of [10, 100, 1000]) {
  const root = join(scratch, String(n));
  const bytes = generateWorkspace(root, n);
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < runs; run++) {
    const rssFile = join(scratch, `rss-${n}-${run}`);
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'max-rss.ts'), bin, 'check', root, '--format', 'json'], {
      env: { ...process.env, JOURNEYKIT_BENCH_RSS: rssFile },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`check failed on ${n} journeys:\n${result.stdout.slice(0, 2000)}${result.stderr}`);
    peaks.push(Number(readFileSync(rssFile, 'utf8')));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  rows.push(
    `| ${n} | ${(bytes / 1024 / 1024).toFixed(1)} MiB | ${median.toFixed(0)} ms | ${times[0]!.toFixed(0)} ms | ${(Math.max(...peaks) / 1024 / 1024).toFixed(0)} MiB |`,
  );
}
rmSync(scratch, { recursive: true, force: true });

console.log(`journeykit check, ${runs} runs each, Node ${process.version}\n`);
console.log('| journeys | YAML | median wall time | fastest | peak memory (RSS) |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
