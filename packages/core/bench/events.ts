// pnpm --filter @journeykit/core run bench: reads generated event logs of 1 and 10 million rows
// through loadWorkspace (stream, funnel, conversion per period, attribution) in a new process each,
// and reports time, events per second and peak memory. The SQL side of issue #4 does not exist yet.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stages = [
  ['awareness', ['ad_clicked', 'blog_read']],
  ['consideration', ['product_viewed', 'reviews_viewed']],
  ['purchase', ['checkout_started', 'order_completed']],
  ['retention', ['reorder']],
] as const;

async function writeLog(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('person,timestamp,event\n');
  // mulberry32: a 32-bit generator, exact in JavaScript numbers, the same on every run.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const names = [...stages.flatMap(([, events]) => events), 'page_viewed', 'search'];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const person = `p${Math.floor(random() * (rows / 8))}`;
    const time = new Date(start + Math.floor(random() * 180 * 86_400_000)).toISOString();
    if (!out.write(`${person},${time},${names[Math.floor(random() * names.length)]}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));
}

function workspace(root: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('journeykit.config.yaml', 'name: Events benchmark\nrules: { metric/no-target: off }\n');
  const stageYaml = stages
    .map(([kind, events]) => `  - id: ${kind}\n    name: ${kind}\n    kind: ${kind}\n    steps:\n      - id: ${kind}-step\n        name: ${kind}\n        touchpoints:\n${events.map((e) => `          - { id: ${e.replaceAll('_', '-')}, name: ${e}, channel: web, event: ${e} }`).join('\n')}`)
    .join('\n');
  write('journeys/shop.yaml', `id: shop\ntitle: Shop\nstages:\n${stageYaml}\n`);
  write('metrics/funnel.yaml', 'id: funnel\nname: Funnel\nkind: conversion\nscope: { journey: shop }\nsource: { file: data/events.csv, format: events, period: month }\n');
}

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-events-bench-'));
const rows: string[] = [];
try {
  for (const count of [1_000_000, 10_000_000]) {
    const root = join(scratch, String(count));
    workspace(root);
    mkdirSync(join(root, 'data'), { recursive: true });
    await writeLog(join(root, 'data/events.csv'), count);
    const rss = join(scratch, `rss-${count}`);
    const script = `const { loadWorkspace } = await import('@journeykit/core/node'); const t = performance.now(); const r = await loadWorkspace(${JSON.stringify(root)}); const f = r.value?.funnels.funnel; console.log(JSON.stringify({ ms: performance.now() - t, errors: r.diagnostics.filter((d) => d.severity === 'error').length, entered: f?.n }));`;
    const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, '../../cli/bench/max-rss.ts'), '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, JOURNEYKIT_BENCH_RSS: rss },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    const { ms, errors, entered } = JSON.parse(result.stdout) as { ms: number; errors: number; entered: number };
    if (errors > 0) throw new Error(`${errors} errors reading ${count} events`);
    const peak = Number(readFileSync(rss, 'utf8')) / 1024 / 1024;
    rows.push(`| ${count.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} s | ${Math.round(count / (ms / 1000)).toLocaleString('en')} | ${peak.toFixed(0)} MiB | ${entered.toLocaleString('en')} |`);
    rmSync(root, { recursive: true, force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Event log → journey funnel, attribution and conversion per month, through loadWorkspace; Node ${process.version}\n`);
console.log('| events | time | events/s | peak memory (RSS) | people in the funnel |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
