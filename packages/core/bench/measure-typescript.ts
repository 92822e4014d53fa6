// Measures the TypeScript path on an event log: loadWorkspace in a new process, as the CLI and the
// site run it, on a workspace whose one metric reads the log as a funnel or as cohort retention.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stages, type EventLogFile } from './event-log.ts';

/** What is computed from the log: the journey's funnel (with conversion per month and attribution), or monthly cohort retention. */
export type BenchKind = 'funnel' | 'retention';

/** One measurement of the TypeScript path. */
export interface Measurement {
  kind: BenchKind;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** Peak resident memory of the whole process, in MiB. */
  peakMiB: number;
  /** People in the funnel, or people in a cohort: to check that the SQL side counts the same. */
  people: number;
}

const metrics: Record<BenchKind, string> = {
  funnel: 'id: funnel\nname: Funnel\nkind: conversion\nscope: { journey: shop }\nsource: { file: data/events.csv, format: events, period: month }\n',
  retention:
    'id: retention\nname: Retention\nkind: retention\nsource: { file: data/events.csv, format: events, retention: { start: [order_completed], return: [order_completed, reorder], period: month, mode: on } }\n',
};

/**
 * Writes a workspace around a log, for one kind of metric: the shop journey, and the metric in
 * `metrics/`. The log is hard-linked into `data/`, so a 10-million-row log is never copied.
 */
export function benchWorkspace(log: EventLogFile, kind: BenchKind, root: string): string {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('journeykit.config.yaml', 'name: Events benchmark\nrules: { metric/no-target: off }\n');
  const stageYaml = stages
    .map(([id, events]) => `  - id: ${id}\n    name: ${id}\n    kind: ${id}\n    steps:\n      - id: ${id}-step\n        name: ${id}\n        touchpoints:\n${events.map((e) => `          - { id: ${e.replaceAll('_', '-')}, name: ${e}, channel: web, event: ${e} }`).join('\n')}`)
    .join('\n');
  write('journeys/shop.yaml', `id: shop\ntitle: Shop\nstages:\n${stageYaml}\n`);
  write(`metrics/${kind}.yaml`, metrics[kind]);
  mkdirSync(join(root, 'data'), { recursive: true });
  linkSync(log.file, join(root, 'data/events.csv'));
  return root;
}

/**
 * Runs loadWorkspace on a log in a new process (the built `@journeykit/core`, so run `tsc -b`
 * first) and reports its time, throughput and peak memory.
 *
 * @example
 * const log = await writeEventLog('/tmp/events.csv', 1_000_000);
 * measureTypeScript(log, 'funnel'); // { kind: 'funnel', events: 1000000, seconds: 4.1, … }
 */
export function measureTypeScript(log: EventLogFile, kind: BenchKind): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'journeykit-events-bench-'));
  try {
    const root = benchWorkspace(log, kind, join(scratch, 'workspace'));
    const rss = join(scratch, 'rss');
    const script = [
      "const { loadWorkspace } = await import('@journeykit/core/node');",
      'const t = performance.now();',
      `const r = await loadWorkspace(${JSON.stringify(root)});`,
      'const ms = performance.now() - t;',
      `const people = ${kind === 'funnel' ? "r.value?.funnels.funnel?.n" : "r.value?.retention.retention?.n"};`,
      "console.log(JSON.stringify({ ms, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), people }));",
    ].join('\n');
    const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, '../../cli/bench/max-rss.ts'), '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, JOURNEYKIT_BENCH_RSS: rss },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    const { ms, errors, people } = JSON.parse(result.stdout) as { ms: number; errors: string[]; people: number };
    if (errors.length > 0) throw new Error(`Reading ${log.rows} events failed: ${errors.slice(0, 3).join(' ')}`);
    const seconds = ms / 1000;
    return { kind, events: log.rows, seconds, eventsPerSecond: log.rows / seconds, peakMiB: Number(readFileSync(rss, 'utf8')) / 1024 / 1024, people };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
