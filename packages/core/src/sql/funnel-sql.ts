import type { Granularity } from '../metrics/period.ts';
import type { FilteredStep } from '../data/step-filters.ts';
import type { FunnelStepDefinition } from '../metrics/event-funnel-options.ts';
import { sqlDialect, type SqlDialect, type SqlDialectName, type SqlTarget } from './dialect.ts';
import { eventRows, type EventColumns } from './event-rows.ts';
import { anyOrderAttempts, inOrderAttempts } from './funnel-attempts.ts';
import { funnelSteps, funnelSummary } from './funnel-results.ts';
import { bestPerUnit } from './best-per-unit.ts';
import { isOneOf, numberLiteral, withQueries } from './sql-text.ts';

const range = (count: number) => Array.from({ length: count }, (_, k) => k);

/**
 * A funnel over an event table, as `funnelFromEvents` counts it.
 *
 * @example
 * const definition: FunnelSqlDefinition = {
 *   table: 'analytics.events', columns: { unit: 'person_id', timestamp: 'event_time', event: 'event_name' },
 *   steps: [{ label: 'Trial', events: ['trial_started'] }, { label: 'Paid', events: ['subscription_started'] }],
 *   order: 'sequential', windowDays: 14, exclude: [], period: 'month',
 * };
 * funnelSql(definition, 'duckdb');
 */
export interface FunnelSqlDefinition {
  /** The table (or view) of events, like `analytics.events`. */
  table: string;
  columns: EventColumns;
  /** The steps in order, each reached by any of its events, of those whose properties match its `where` when given. */
  steps: readonly FilteredStep[];
  /** sequential (the default): steps in order, other events may come between; strict: nothing between; any: any order. */
  order?: 'sequential' | 'strict' | 'any';
  /** In any order, where attempts start: at `any` step's event (the default, PostHog's rule) or only at the `first-step`'s (Amplitude's); see `funnelFromEvents`. */
  anyOrderStart?: 'any' | 'first-step';
  /** Days allowed from the first step to the last; 14 unless given. */
  windowDays?: number;
  /** Events that void an attempt when they happen after it starts and before it completes, within the window, unless at the same time as a step's event; see `funnelFromEvents`. */
  exclude?: readonly string[];
  /** The periods of the `series` result, by when units entered; month unless given. */
  period?: Granularity;
}

/**
 * What a funnel query returns: `series`, the conversion of the units entering in each period
 * (`period, value, n`, what a metric's `source: { format: series }` reads); `steps`, each step's
 * count, conversion from the step before and from the first, and drop-off; `summary`, how many
 * entered, completed and were excluded, and the median, mean and 90th percentile time to convert.
 *
 * @example
 * for (const result of funnelSqlResults) console.log(funnelSql(definition, 'duckdb', result));
 */
export const funnelSqlResults = ['series', 'steps', 'summary'] as const;

/**
 * One of {@link funnelSqlResults}.
 *
 * @example
 * const result: FunnelSqlResult = 'steps';
 */
export type FunnelSqlResult = (typeof funnelSqlResults)[number];

/**
 * Compiles a funnel to one SQL query that counts, in the database, what `funnelFromEvents` counts
 * in memory: per unit the furthest attempt, one per occurrence of the first step (of any step, in
 * any order from any step), within the window; a unit whose furthest attempt met an exclusion
 * event before it completed is left out. Every name and
 * event from the definition is escaped.
 *
 * @throws {RangeError} When there is no step, a step has no event, or the window is not a positive number of days.
 * @example
 * funnelSql(
 *   { table: 'events', columns: { unit: 'person_id', timestamp: 'event_time', event: 'event_name' },
 *     steps: [{ label: 'Viewed', events: ['product_viewed'] }, { label: 'Bought', events: ['order_completed'] }] },
 *   'postgres',
 * ); // 'WITH\nevents AS (…)\n…\nSELECT period_label AS "period", … AS "value", COUNT(*) AS "n" …'
 */
export function funnelSql(definition: FunnelSqlDefinition, dialect: SqlDialectName | SqlTarget, result: FunnelSqlResult = 'series'): string {
  const d = sqlDialect(dialect);
  const { steps, order = 'sequential', anyOrderStart = 'any', windowDays = 14, exclude = [], period = 'month' } = definition;
  checkFunnel(steps, windowDays);
  const windowMs = numberLiteral(windowDays * 86_400_000);
  const relevant = [...new Set([...steps.flatMap((step) => step.events), ...exclude])];
  // Strict order cares about every event, since any other event between two steps breaks it.
  const filtered = steps.filter((step) => Object.keys(step.where ?? {}).length > 0);
  const events = eventRows(d, definition.table, definition.columns, order === 'strict' ? undefined : relevant, filtered);
  const attempts = order === 'any' ? anyOrderAttempts(steps.length, windowMs, anyOrderStart) : inOrderAttempts(steps.length, windowMs, order === 'strict');
  const queries: [string, string][] = [
    ['journeykit_events', events],
    ['coded', coded(d, steps, exclude, filtered)],
    ['positioned', positioned(d, steps.length, filtered.length)],
    ...attempts,
    // The furthest attempt, one not voided before one voided, then the earliest; when voided, the unit is left out.
    ['furthest', bestPerUnit(d, 'attempts', ['unit_id', 'reached', 'voided', 'start_ms', 'duration_ms'], 'reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos')],
    ['outcomes', 'SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms\nFROM furthest'],
  ];
  if (result === 'steps') {
    const { queries: counts, final } = funnelSteps(d, steps);
    return withQueries([...queries, ...counts], final);
  }
  if (result === 'summary') return withQueries(queries, funnelSummary(d, steps.length));
  // The log's end, over every event: an entry counts once its window has closed by then.
  const logEnd: [string, string] = ['log_end', `SELECT MAX(at_ms) AS last_ms\nFROM (\n${eventRows(d, definition.table, definition.columns)}\n) AS whole_log`];
  return withQueries([...queries, logEnd], series(d, steps.length, period, windowMs));
}

/** Each event with a 0/1 column per step and for exclusion, and its smallest code: −1 excluded, the step's index, or −2 for any other event. */
function coded(d: SqlDialect, steps: readonly FilteredStep[], exclude: readonly string[], filtered: readonly FilteredStep[]): string {
  // An event listed as an exclusion is only that, as in funnelFromEvents.
  const stepEvents = steps.map((step) => step.events.filter((event) => !exclude.includes(event)));
  // A filtered step's event counts only on a row that matched its filter.
  const atStep = (k: number) => {
    const j = filtered.indexOf(steps[k]!);
    return j < 0 ? isOneOf(d, 'event_name', stepEvents[k]!) : `${isOneOf(d, 'event_name', stepEvents[k]!)} AND match_${j} = 1`;
  };
  return [
    `SELECT unit_id, at_ms, event_name,${filtered.map((_, j) => ` match_${j},`).join('')}`,
    `  CASE WHEN ${isOneOf(d, 'event_name', exclude)} THEN 1 ELSE 0 END AS excluded,`,
    ...stepEvents.map((_, k) => `  CASE WHEN ${atStep(k)} THEN 1 ELSE 0 END AS at_step_${k},`),
    `  CASE WHEN ${isOneOf(d, 'event_name', exclude)} THEN -1 ${stepEvents.map((_, k) => `WHEN ${atStep(k)} THEN ${k}`).join(' ')} ELSE -2 END AS first_code`,
    'FROM journeykit_events',
  ].join('\n');
}

/**
 * Each coded event numbered in the order funnelFromEvents reads a unit's events, and marked `mixed`
 * when the events at its time are not all alike to the funnel: PostHog then ignores the group's
 * exclusion events and, in strict order, lets nothing in it break the sequence.
 */
function positioned(d: SqlDialect, count: number, filterCount: number): string {
  // One number per kind of event: alike events have the same.
  const kind = ['excluded', ...range(count).map((k) => `${2 ** (k + 1)} * at_step_${k}`)].join(' + ');
  const group = 'OVER (PARTITION BY unit_id, at_ms)';
  const mixed = `MIN(${kind}) ${group} < MAX(${kind}) ${group}`;
  // An exclusion is ignored only at the time of a step's event, not of any other event.
  const atAnyStep = `MAX(${range(count).map((k) => `at_step_${k}`).join(' + ')}) ${group} > 0`;
  return [
    'SELECT unit_id, at_ms, event_name, first_code,',
    ...range(count).map((k) => `  at_step_${k},`),
    `  CASE WHEN ${atAnyStep} THEN 0 ELSE excluded END AS excluded,`,
    `  CASE WHEN ${mixed} THEN 1 ELSE 0 END AS mixed,`,
    `  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, ${d.binaryOrder('event_name')}${range(filterCount).map((j) => `, match_${j}`).join('')}) AS pos`,
    'FROM coded',
  ].join('\n');
}

/**
 * The share of units entering in each period who completed the funnel, as the event collector
 * computes it: of those whose window had closed by the log's last event, so an entry the log ends
 * too soon after never counts as lost.
 */
function series(d: SqlDialect, count: number, period: Granularity, windowMs: string): string {
  return [
    `SELECT period_label AS ${d.alias('period')}, (${d.double('SUM(completed)')} / COUNT(*)) * 100 AS ${d.alias('value')}, COUNT(*) AS ${d.alias('n')}`,
    'FROM (',
    `  SELECT ${d.periodLabel(d.fromEpochMillis('start_ms'), period)} AS period_label, CASE WHEN depth = ${count} THEN 1 ELSE 0 END AS completed`,
    '  FROM outcomes',
    `  WHERE depth > 0 AND start_ms + ${windowMs} <= (SELECT last_ms FROM log_end)`,
    ') AS entries',
    'GROUP BY period_label',
    'ORDER BY 1',
  ].join('\n');
}

function checkFunnel(steps: readonly FunnelStepDefinition[], windowDays: number): void {
  if (steps.length === 0) throw new RangeError('A funnel needs at least one step.');
  const empty = steps.find((step) => step.events.length === 0);
  if (empty !== undefined) throw new RangeError(`Each funnel step needs an event, but ${JSON.stringify(empty.label)} has none.`);
  if (!(windowDays > 0 && Number.isFinite(windowDays))) {
    throw new RangeError(`The conversion window must be a positive number of days, but it is ${String(windowDays)}.`);
  }
}
