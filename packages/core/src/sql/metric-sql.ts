import type { Workspace } from '../schema/workspace.ts';
import type { Metric } from '../schema/metric.ts';
import { attributionSql } from './attribution-sql.ts';
import type { AttributionModel } from '../metrics/attribution-weights.ts';
import { sqlDialects, type SqlDialectName, type SqlNameQuoting, type SqlTarget } from './dialect.ts';
import { funnelSql } from './funnel-sql.ts';
import { retentionSql } from './retention-sql.ts';
import { sqlHeader } from './sql-header.ts';
import { sqlPlan, type SqlPlan } from './sql-plan.ts';
import { surveySql } from './survey-sql.ts';

/**
 * The results each kind of computation offers, the first being what a metric's series reads:
 * a funnel gives `series`, `steps`, `summary` and `attribution`; cohort retention `series` and
 * `cohorts`; a survey score its `series`.
 *
 * @example
 * sqlResults.funnel; // ['series', 'steps', 'summary', 'attribution']
 */
export const sqlResults = {
  funnel: ['series', 'steps', 'summary', 'attribution'],
  retention: ['series', 'cohorts'],
  survey: ['series'],
} as const satisfies Record<SqlPlan['family'], readonly string[]>;

/**
 * How to compile a metric.
 *
 * @example
 * const options: MetricSqlOptions = { dialect: 'postgres', table: 'analytics.events', result: 'attribution' };
 */
export interface MetricSqlOptions {
  dialect: SqlDialectName;
  /** The table (or view) to read, like `analytics.events`; the base name of the metric's source file unless given. */
  table?: string;
  /** Which result (see {@link sqlResults}); the metric's series unless given. */
  result?: string;
  /** For attribution: the time-decay half-life in days, 7 unless given. */
  halfLifeDays?: number;
  /** For attribution: channels whose touches count as direct; given, the last non-direct model is added. */
  directChannels?: readonly string[];
  /** How Snowflake names are quoted (see {@link SqlNameQuoting}): `when-needed` unless given. */
  quoteNames?: SqlNameQuoting;
}

/**
 * A compiled metric: the SQL, with a header comment saying what it computes and how to read its result back.
 *
 * @example
 * const { sql, readBack }: MetricSql = metricSql(workspace, 'purchase-funnel', { dialect: 'duckdb' });
 */
export interface MetricSql {
  metric: string;
  result: string;
  sql: string;
  /** The source that reads the result back into the metric, when the workspace can read it. */
  readBack: { file: string; format: 'series' } | undefined;
}

/**
 * What a metric compiles to (its results), or why it does not.
 *
 * @example
 * const support: SqlSupport[] = sqlSupport(workspace); // [{ metric: 'nps', family: 'survey', results: ['series'] }, …]
 */
export type SqlSupport = { metric: string; family: 'funnel' | 'retention' | 'survey'; results: readonly string[] } | { metric: string; reason: string };

/**
 * Says for each metric of a workspace whether it compiles to SQL, with its results, or why not.
 *
 * @example
 * sqlSupport(workspace);
 * // [{ metric: 'purchase-funnel', family: 'funnel', results: ['series', 'steps', 'summary', 'attribution'] },
 * //  { metric: 'cart-abandonment', reason: 'Its values are an inline `series`: there is nothing to compute.' }, …]
 */
export function sqlSupport(workspace: Workspace): SqlSupport[] {
  return workspace.metrics.map((metric) => {
    const plan = sqlPlan(workspace, metric, defaultTable(metric));
    if ('reason' in plan) return { metric: metric.id, reason: plan.reason };
    const results = plan.family === 'funnel' && plan.attribution === undefined ? sqlResults.funnel.filter((r) => r !== 'attribution') : sqlResults[plan.family];
    return { metric: metric.id, family: plan.family, results };
  });
}

/**
 * Compiles a workspace metric to SQL for a warehouse, so the computation runs where the data is:
 * an event funnel (or its attribution), cohort retention, or an NPS, CSAT or CES, from the
 * definitions the workspace declares, as the workspace computes them from a CSV file. The series
 * result has the columns of a `format: series` file, so the warehouse's answer can be read back.
 *
 * @throws {RangeError} When there is no such metric, it has nothing to compute (see {@link sqlSupport}), or the result is not one of its results.
 * @example
 * const { sql, readBack } = metricSql(workspace, 'purchase-funnel', { dialect: 'bigquery', table: 'analytics.events' });
 * // readBack: { file: 'data/purchase-funnel.csv', format: 'series' }
 */
export function metricSql(workspace: Workspace, metricId: string, options: MetricSqlOptions): MetricSql {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (metric === undefined) throw new RangeError(`No metric has the id ${JSON.stringify(metricId)}.`);
  if (!(sqlDialects as readonly string[]).includes(options.dialect)) throw new RangeError(`The SQL dialect must be one of ${sqlDialects.join(', ')}, but it is ${JSON.stringify(options.dialect)}.`);
  const table = options.table ?? defaultTable(metric);
  const plan = sqlPlan(workspace, metric, table);
  if ('reason' in plan) throw new RangeError(`The metric "${metric.id}" does not compile to SQL. ${plan.reason}`);
  const support = sqlSupport({ ...workspace, metrics: [metric] })[0] as { results: readonly string[] };
  const result = options.result ?? 'series';
  if (!support.results.includes(result)) throw new RangeError(`The metric "${metric.id}" gives ${support.results.join(', ')}, not ${JSON.stringify(result)}.`);
  const body = compile(plan, result, options);
  const readBack = result === 'series' ? { file: `data/${metric.id}.csv`, format: 'series' as const } : undefined;
  const header = sqlHeader({ workspace, metric, plan, result, dialect: options.dialect, table, readBack, options });
  return { metric: metric.id, result, sql: `${header}\n${body};\n`, readBack };
}

function compile(plan: SqlPlan, result: string, options: MetricSqlOptions): string {
  const target: SqlTarget = { dialect: options.dialect, quoteNames: options.quoteNames };
  if (plan.family === 'survey') return surveySql(plan.survey, target);
  if (plan.family === 'retention') return retentionSql(plan.retention, target, result as 'series' | 'cohorts');
  if (result !== 'attribution') return funnelSql(plan.funnel, target, result as 'series' | 'steps' | 'summary');
  const { halfLifeDays, directChannels } = options;
  const models: AttributionModel[] = ['first', 'last', ...(directChannels === undefined ? [] : ['last-non-direct' as const]), 'linear', 'position-based', 'time-decay'];
  return attributionSql({ ...plan.attribution!, models, ...(halfLifeDays !== undefined && { halfLifeDays }), ...(directChannels !== undefined && { directChannels }) }, target);
}

/** The table a metric reads unless told: its source file's name without folder or extension, like `events` for data/events.csv. */
function defaultTable(metric: Metric): string {
  const file = metric.source?.file ?? metric.id;
  return file.split('/').at(-1)!.replace(/\.[^.]*$/, '') || metric.id;
}
