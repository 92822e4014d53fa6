// pnpm --filter @journeykit/core run bench [-- <events>…]: reads generated event logs of 1 and 10
// million rows (or the sizes given) into a journey funnel and into cohort retention, two ways side
// by side, each step in a new process so its peak memory is its own:
// - TypeScript: loadWorkspace streams the CSV and computes the metric, as `journeykit check` does;
// - DuckDB (embedded): the CSV loaded into a table, then the SQL `journeykit sql` prints, which gives
//   the same numbers (the funnel's series, steps, time to convert and attribution; the retention series).
// Reports time, events per second and peak memory, and checks that both give the same series.
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricSql, type Observation } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { journeyYaml, writeLog } from './generated-log.ts';
import { measure } from './measure.ts';

const metrics = {
  funnel: 'id: funnel\nname: Funnel\nkind: conversion\nscope: { journey: shop }\nsource: { file: data/events.csv, format: events, period: month }\n',
  retention:
    'id: retention\nname: Retention\nkind: retention\nsource: { file: data/events.csv, format: events, retention: { start: [ad_clicked, blog_read], return: [order_completed, reorder], period: month } }\n',
} as const;
type Workload = keyof typeof metrics;
// The results that give what the workspace computes for each metric.
const results: Record<Workload, string[]> = { funnel: ['series', 'steps', 'summary', 'attribution'], retention: ['series'] };

/** A workspace holding one metric over the log, which is linked in, not copied. */
function workspace(root: string, workload: Workload, log: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('journeykit.config.yaml', 'name: Events benchmark\nrules: { metric/no-target: off }\n');
  write('journeys/shop.yaml', journeyYaml());
  write(`metrics/${workload}.yaml`, metrics[workload]);
  mkdirSync(join(root, 'data'), { recursive: true });
  linkSync(log, join(root, 'data/events.csv'));
}

const sizes = process.argv.slice(2).map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'journeykit-events-bench-'));
const table: string[] = [];
const ratios: string[] = [];
const row = (workload: string, count: number, path: string, ms: number, peak: number) =>
  table.push(`| ${workload} | ${count.toLocaleString('en')} | ${path} | ${(ms / 1000).toFixed(1)} s | ${Math.round(count / (ms / 1000)).toLocaleString('en')} | ${peak.toFixed(0)} MiB |`);
try {
  for (const count of sizes.length > 0 ? sizes : [1_000_000, 10_000_000]) {
    const log = join(scratch, `events-${count}.csv`);
    await writeLog(log, count);
    const database = join(scratch, `events-${count}.duckdb`);
    const load = measure<{ rows: unknown[] }>(['bench/duckdb-run.ts', 'load', log, database], scratch);
    for (const workload of ['funnel', 'retention'] as const) {
      const root = join(scratch, `${workload}-${count}`);
      workspace(root, workload, log);
      const script = `const { loadWorkspace } = await import('@journeykit/core/node'); const t = performance.now(); const r = await loadWorkspace(${JSON.stringify(root)}); console.log(JSON.stringify({ ms: performance.now() - t, errors: r.diagnostics.filter((d) => d.severity === 'error').length, series: r.value?.metrics[0]?.series }));`;
      const ts = measure<{ errors: number; series: Observation[] }>(['--input-type=module', '-e', script], scratch);
      if (ts.result.errors > 0) throw new Error(`${ts.result.errors} errors reading ${count} events`);

      const { value: definitions } = await loadWorkspace(root, { readData: false });
      const files = results[workload].map((result, index) => {
        const file = join(scratch, `${workload}-${count}-${index}.sql`);
        writeFileSync(file, metricSql(definitions!, workload, { dialect: 'duckdb', table: 'events', result }).sql);
        return file;
      });
      const query = measure<{ rows: { period: string; value: number; n: string }[] }>(['bench/duckdb-run.ts', 'query', database, ...files], scratch);
      const sqlSeries = query.result.rows.map(({ period, value, n }) => ({ period, value, n: Number(n) }));
      const same = JSON.stringify(sqlSeries) === JSON.stringify(ts.result.series.map(({ period, value, n }) => ({ period, value, n })));
      if (!same) throw new Error(`The ${workload} series differ on ${count} events:\n${JSON.stringify(sqlSeries)}\n${JSON.stringify(ts.result.series)}`);

      const both = load.result.ms + query.result.ms;
      row(workload, count, 'TypeScript: CSV → workspace', ts.result.ms, ts.peakMiB);
      row(workload, count, 'DuckDB: CSV → table, then SQL', both, Math.max(load.peakMiB, query.peakMiB));
      row(workload, count, 'DuckDB: SQL alone', query.result.ms, query.peakMiB);
      ratios.push(`- ${workload}, ${count.toLocaleString('en')} events: TypeScript takes ${(ts.result.ms / both).toFixed(1)}× the time of DuckDB with loading, ${(ts.result.ms / query.result.ms).toFixed(1)}× the SQL alone; same series: ${same ? 'yes' : 'no'}.`);
    }
    rmSync(log, { force: true });
    rmSync(database, { force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Event log → journey funnel (series, steps, time to convert, attribution) and cohort retention (monthly, next month), Node ${process.version}, DuckDB on ${(await import('node:os')).availableParallelism()} threads\n`);
console.log('| metric | events | path | time | events/s | peak memory (RSS) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: |');
console.log(table.join('\n'));
console.log(`\n${ratios.join('\n')}`);
