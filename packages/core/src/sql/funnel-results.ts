import type { FunnelStepDefinition } from '../metrics/event-funnel-options.ts';
import type { SqlDialect } from './dialect.ts';

const range = (count: number) => Array.from({ length: count }, (_, k) => k);

/** One row per step: `position, step, count, conversion, overall, drop_off`, as `funnel` computes them. */
export function funnelSteps(d: SqlDialect, steps: readonly FunnelStepDefinition[]): { queries: [string, string][]; final: string } {
  const counts = `SELECT ${range(steps.length).map((k) => `COALESCE(SUM(CASE WHEN depth > ${k} THEN 1 ELSE 0 END), 0) AS reached_${k}`).join(', ')}\nFROM outcomes`;
  // Percentages multiply first, like percentOf, so round ones stay exact.
  const percent = (part: string, whole: string) => `CASE WHEN ${whole} = 0 THEN NULL ELSE ${d.double(`${part} * 100`)} / ${whole} END`;
  const rows = steps.map((step, k) =>
    [
      `SELECT ${k + 1} AS ${d.alias('position')}`,
      `${d.string(step.label)} AS ${d.alias('step')}`,
      `reached_${k} AS ${d.alias('count')}`,
      `${k === 0 ? d.double('NULL') : percent(`reached_${k}`, `reached_${k - 1}`)} AS ${d.alias('conversion')}`,
      `${percent(`reached_${k}`, 'reached_0')} AS ${d.alias('overall')}`,
      `${k === 0 ? '0' : `reached_${k - 1} - reached_${k}`} AS ${d.alias('drop_off')}`,
    ].join(', ') + '\nFROM step_counts',
  );
  return { queries: [['step_counts', counts]], final: `${rows.join('\nUNION ALL\n')}\nORDER BY 1` };
}

/** One row: `entered, completed, excluded` and the `median_ms, mean_ms, p90_ms` time to convert, as `funnelFromEvents` reports them. */
export function funnelSummary(d: SqlDialect, count: number): string {
  const totals = [
    'SELECT',
    `  COALESCE(SUM(CASE WHEN depth > 0 THEN 1 ELSE 0 END), 0) AS ${d.alias('entered')},`,
    `  COALESCE(SUM(CASE WHEN depth = ${count} THEN 1 ELSE 0 END), 0) AS ${d.alias('completed')},`,
    `  COALESCE(SUM(CASE WHEN depth = 0 THEN 1 ELSE 0 END), 0) AS ${d.alias('excluded')}`,
    'FROM outcomes',
  ].join('\n');
  const duration = d.double('duration_ms');
  const measures: [string, string][] = [
    ['median_ms', d.percentile.sql(duration, 0.5)],
    ['mean_ms', d.percentile.kind === 'window' ? `AVG(${duration}) OVER ()` : `AVG(${duration})`],
    ['p90_ms', d.percentile.sql(duration, 0.9)],
  ];
  const completed = `FROM outcomes\nWHERE depth = ${count}`;
  // An analytic percentile gives its value on every row: one row of it, NULL when none completed.
  const timing =
    d.percentile.kind === 'window'
      ? `SELECT ${measures.map(([name]) => `MAX(${name}) AS ${d.alias(name)}`).join(', ')}\nFROM (\n  SELECT ${measures.map(([name, sql]) => `${sql} AS ${name}`).join(', ')}\n${indent(completed)}\n) AS durations`
      : `SELECT ${measures.map(([name, sql]) => `${sql} AS ${d.alias(name)}`).join(', ')}\n${completed}`;
  return `SELECT *\nFROM (\n${indent(totals)}\n) AS totals\nCROSS JOIN (\n${indent(timing)}\n) AS timing`;
}

function indent(sql: string): string {
  return sql.split('\n').map((line) => `  ${line}`).join('\n');
}
