import { easyAnswers } from '../metrics/ces.ts';
import { topBoxes } from '../metrics/csat.ts';
import type { Metric } from '../schema/metric.ts';
import type { Workspace } from '../schema/workspace.ts';
import type { SqlDialectName } from './dialect.ts';
import type { SqlPlan } from './sql-plan.ts';
import { comment } from './sql-text.ts';

const dialectNames: Record<SqlDialectName, string> = { duckdb: 'DuckDB', postgres: 'PostgreSQL', bigquery: 'BigQuery', snowflake: 'Snowflake' };
const orders = { sequential: 'in order, other events allowed between', strict: 'in order, nothing between', any: 'in any order' };
const anyOrders = { any: 'in any order, counted by how many were done', 'first-step': 'in any order after the first' };
const when = 'when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE';

/** What the header of a compiled metric says. */
export interface SqlHeaderInput {
  workspace: Workspace;
  metric: Metric;
  plan: SqlPlan;
  result: string;
  dialect: SqlDialectName;
  table: string;
  readBack: { file: string; format: 'series' } | undefined;
  options: { halfLifeDays?: number; directChannels?: readonly string[] };
}

/** The comment opening a compiled metric: which metric, what it computes from which columns, what comes back and how to read it back. */
export function sqlHeader({ workspace, metric, plan, result, dialect, table, readBack, options }: SqlHeaderInput): string {
  const file = workspace.files.metric[metric.id];
  return comment([
    `${metric.name}: metric "${metric.id}"${file === undefined ? '' : ` of ${file}`}, compiled by Journeykit for ${dialectNames[dialect]}.`,
    `Computes ${computes(metric, plan)}.`,
    `Reads the table ${table}: ${columns(metric, plan)}.`,
    leftOut(plan),
    `Result: ${results(plan, result, options)}.`,
    ...(readBack === undefined
      ? ['The workspace has no file format for this result: it is to read as it is.']
      : [`To read it back, save the result as ${readBack.file}, with its header line, and give the metric the source`, `  source: { file: ${readBack.file}, format: ${readBack.format} }`]),
    'The SQL follows the definition: compile it again after changing the definition.',
  ]);
}

function computes(metric: Metric, plan: SqlPlan): string {
  if (plan.family === 'funnel') {
    const { steps, order = 'sequential', anyOrderStart = 'any', windowDays = 14, exclude = [] } = plan.funnel;
    const voided = exclude.length === 0 ? '' : `, an attempt voided by ${exclude.join(' or ')} before it completes`;
    const which = metric.source!.funnel.steps === undefined ? `the funnel of the journey "${plan.journey!.title}"` : 'the funnel of the steps';
    return `${which} (${steps.map((step) => step.label).join(' → ')}): steps ${order === 'any' ? anyOrders[anyOrderStart] : orders[order]}, within ${windowDays} days of the first, per ${metric.source!.funnel.unit}${voided}`;
  }
  if (plan.family === 'retention') {
    const { starts, returns, period = 'month', mode = 'on' } = plan.retention;
    const back = returns === undefined ? 'any event' : returns.join(' or ');
    return `cohort retention: units grouped by the ${period} of their first ${starts.join(' or ')}, and the share of each cohort doing ${back} ${mode === 'on' ? 'in' : 'in or after'} each later ${period}, per ${metric.source!.retention!.unit}`;
  }
  const { kind, scale, method, goodEnd = 'high' } = plan.survey;
  const period = plan.survey.columns.date === undefined ? 'period' : (plan.survey.period ?? 'month');
  if (kind === 'nps') return `the NPS of the answers of each ${period}: 100 × (promoters, 9–10, − detractors, 0–6) / answers`;
  const positive = plan.survey.positive ?? (kind === 'csat' ? topBoxes : easyAnswers)(scale!, goodEnd);
  const value = method === 'mean' ? 'the mean answer' : `the share of answers ${positive.join(', ')} × 100`;
  return `the ${kind.toUpperCase()} of the answers of each ${period}, on a scale of ${scale!.min} to ${scale!.max}: ${value}`;
}

function columns(metric: Metric, plan: SqlPlan): string {
  if (plan.family === 'survey') {
    const { score, period, date, id } = plan.survey.columns;
    return `${score} (the answer), ${date === undefined ? `${period} (its period, like 2026-03)` : `${date} (its date: a DATE or TIMESTAMP, read as UTC)`}${id === undefined ? '' : `, ${id} (the response id)`}`;
  }
  const { unit, timestamp, event } = plan.family === 'funnel' ? plan.funnel.columns : plan.retention.columns;
  const who = plan.family === 'funnel' ? metric.source!.funnel.unit : metric.source!.retention!.unit;
  const filtered = plan.family === 'funnel' ? [...new Set(plan.funnel.steps.flatMap((step) => Object.keys(step.where ?? {})))] : [];
  const properties = filtered.map((property) => `, ${property} (a property steps filter on)`).join('');
  return `${unit} (the ${who}), ${timestamp} (${when}), ${event} (the event)${properties}`;
}

/** What the query leaves out, as the workspace's CSV readers do. */
function leftOut(plan: SqlPlan): string {
  if (plan.family === 'survey') {
    const once = plan.survey.columns.id === undefined ? '' : ' A response id on several rows counts once.';
    return `Answers that are not whole numbers on the scale, or without ${plan.survey.columns.date === undefined ? 'a period like 2026-03' : 'a date'}, are left out, as with \`badRows: skip\`.${once}`;
  }
  return 'Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.';
}

function results(plan: SqlPlan, result: string, options: SqlHeaderInput['options']): string {
  if (plan.family === 'survey') return 'one row per period: period, value, n (answers)';
  if (plan.family === 'retention') {
    const { period = 'month', offset = 1 } = plan.retention;
    if (result === 'cohorts') return 'one row per cohort and period after its start: cohort, offset, size, returned, value (returned / size × 100), incomplete (the period has not ended)';
    return `one row per cohort whose ${period} ${offset} after the start has ended: period (the cohort), value (its retention then), n (its size)`;
  }
  if (result === 'steps') return 'one row per step: position, step, count, conversion (from the step before, %), overall (from the first step, %), drop_off';
  if (result === 'summary') return 'one row: entered, completed, excluded (every attempt voided), and the median_ms, mean_ms and p90_ms time to convert, in milliseconds';
  if (result === 'attribution') {
    return `one row per model and channel: model, channel, credit, share (of conversions), conversions; time decay with a half-life of ${options.halfLifeDays ?? 7} days`;
  }
  return `one row per ${plan.funnel.period ?? 'month'} in which units entered: period, value (% who completed), n (who entered)`;
}
