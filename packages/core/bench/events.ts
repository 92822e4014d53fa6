// pnpm --filter @journeykit/core run bench [-- <events>…]: reads generated event logs of 1 and 10
// million rows (or the sizes given) into a journey funnel and into cohort retention, three ways side
// by side, each step in a new process so its peak memory is its own:
// - TypeScript: loadWorkspace streams the CSV and computes the metric, as `journeykit check` does;
// - DuckDB (embedded): the CSV loaded into a table, then the SQL `journeykit sql` prints, which gives
//   the same numbers (the funnel's series, steps, time to convert and attribution; the retention series);
// - PostgreSQL: the same, on a server of the benchmark's own on 127.0.0.1 (skipped, and said so,
//   where PostgreSQL is not installed). Its memory is the server's, not measured.
// Reports time, events per second and peak memory, and checks that all give the same series.
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricSql, type Observation } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { postgresMissing, postgresPrograms, startPostgresCluster } from '../test/postgres.ts';
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
const row = (workload: string, count: number, path: string, ms: number, peak: number | undefined) =>
  table.push(`| ${workload} | ${count.toLocaleString('en')} | ${path} | ${(ms / 1000).toFixed(1)} s | ${Math.round(count / (ms / 1000)).toLocaleString('en')} | ${peak === undefined ? 'server, not measured' : `${peak.toFixed(0)} MiB`} |`);
const missing = postgresMissing();
if (missing !== undefined) console.warn(`PostgreSQL skipped: ${missing}`);
const cluster = missing === undefined ? await startPostgresCluster(postgresPrograms()!) : undefined;
const connection = join(scratch, 'postgres.json');
if (cluster !== undefined) writeFileSync(connection, JSON.stringify({ ...cluster.connection, bin: postgresPrograms() }));
/** The SQL's series as the workspace's, to compare. */
const seriesOf = (rows: { period: string; value: number; n: string | number }[]) => rows.map(({ period, value, n }) => ({ period, value, n: Number(n) }));
try {
  for (const count of sizes.length > 0 ? sizes : [1_000_000, 10_000_000]) {
    const log = join(scratch, `events-${count}.csv`);
    await writeLog(log, count);
    const database = join(scratch, `events-${count}.duckdb`);
    const load = measure<{ rows: unknown[] }>(['bench/duckdb-run.ts', 'load', log, database], scratch);
    const pgLoad = cluster && measure<{ rows: unknown[] }>(['bench/postgres-run.ts', 'load', log, connection], scratch);
    for (const workload of ['funnel', 'retention'] as const) {
      const root = join(scratch, `${workload}-${count}`);
      workspace(root, workload, log);
      const script = `const { loadWorkspace } = await import('@journeykit/core/node'); const t = performance.now(); const r = await loadWorkspace(${JSON.stringify(root)}); console.log(JSON.stringify({ ms: performance.now() - t, errors: r.diagnostics.filter((d) => d.severity === 'error').length, series: r.value?.metrics[0]?.series }));`;
      const ts = measure<{ errors: number; series: Observation[] }>(['--input-type=module', '-e', script], scratch);
      if (ts.result.errors > 0) throw new Error(`${ts.result.errors} errors reading ${count} events`);

      const { value: definitions } = await loadWorkspace(root, { readData: false });
      const files = (dialect: 'duckdb' | 'postgres') =>
        results[workload].map((result, index) => {
          const file = join(scratch, `${workload}-${count}-${dialect}-${index}.sql`);
          writeFileSync(file, metricSql(definitions!, workload, { dialect, table: 'events', result }).sql);
          return file;
        });
      const expected = JSON.stringify(ts.result.series.map(({ period, value, n }) => ({ period, value, n })));
      const query = measure<{ rows: { period: string; value: number; n: string }[] }>(['bench/duckdb-run.ts', 'query', database, ...files('duckdb')], scratch);
      const sqlSeries = seriesOf(query.result.rows);
      const same = JSON.stringify(sqlSeries) === expected;
      if (!same) throw new Error(`The ${workload} series differ on ${count} events:\n${JSON.stringify(sqlSeries)}\n${expected}`);

      const both = load.result.ms + query.result.ms;
      row(workload, count, 'TypeScript: CSV → workspace', ts.result.ms, ts.peakMiB);
      row(workload, count, 'DuckDB: CSV → table, then SQL', both, Math.max(load.peakMiB, query.peakMiB));
      row(workload, count, 'DuckDB: SQL alone', query.result.ms, query.peakMiB);
      let postgres = '';
      if (pgLoad !== undefined) {
        const pgQuery = measure<{ rows: { period: string; value: number; n: number }[] }>(['bench/postgres-run.ts', 'query', connection, ...files('postgres')], scratch);
        const pgSeries = JSON.stringify(seriesOf(pgQuery.result.rows));
        if (pgSeries !== expected) throw new Error(`The ${workload} series differ on PostgreSQL, ${count} events:\n${pgSeries}\n${expected}`);
        const pgBoth = pgLoad.result.ms + pgQuery.result.ms;
        row(workload, count, 'PostgreSQL: CSV → table, then SQL', pgBoth, undefined);
        row(workload, count, 'PostgreSQL: SQL alone', pgQuery.result.ms, undefined);
        postgres = `; ${(ts.result.ms / pgBoth).toFixed(1)}× the time of PostgreSQL with loading, ${(ts.result.ms / pgQuery.result.ms).toFixed(1)}× its SQL alone`;
      }
      ratios.push(`- ${workload}, ${count.toLocaleString('en')} events: TypeScript takes ${(ts.result.ms / both).toFixed(1)}× the time of DuckDB with loading, ${(ts.result.ms / query.result.ms).toFixed(1)}× the SQL alone${postgres}; same series: yes.`);
    }
    rmSync(log, { force: true });
    rmSync(database, { force: true });
  }
} finally {
  cluster?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
const engines = `DuckDB on ${(await import('node:os')).availableParallelism()} threads${cluster === undefined ? ' (PostgreSQL not installed: skipped)' : ', PostgreSQL with its default settings'}`;
console.log(`Event log → journey funnel (series, steps, time to convert, attribution) and cohort retention (monthly, next month), Node ${process.version}, ${engines}\n`);
console.log('| metric | events | path | time | events/s | peak memory (RSS) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: |');
console.log(table.join('\n'));
console.log(`\n${ratios.join('\n')}`);
