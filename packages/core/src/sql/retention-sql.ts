import type { RetentionMode } from '../metrics/cohort-retention-of-log.ts';
import type { CalendarPeriod } from '../metrics/period.ts';
import { sqlDialect, type SqlDialect, type SqlDialectName, type SqlTarget } from './dialect.ts';
import { eventRows, type EventColumns } from './event-rows.ts';
import { periodIndexSql } from './period-index.ts';
import { isOneOf, withQueries } from './sql-text.ts';

/**
 * Cohort retention over an event table, as `cohortRetention` computes it.
 *
 * @example
 * const definition: RetentionSqlDefinition = {
 *   table: 'events', columns: { unit: 'account_id', timestamp: 'occurred_at', event: 'name' },
 *   starts: ['signed_up'], returns: ['workflow_run'], period: 'week', mode: 'on', offset: 1,
 * };
 * retentionSql(definition, 'bigquery', 'cohorts');
 */
export interface RetentionSqlDefinition {
  /** The table (or view) of events, like `analytics.events`. */
  table: string;
  columns: EventColumns;
  /** Events that start a unit's cohort: it joins in the period of its first one. */
  starts: readonly string[];
  /** Events that count as coming back; any event unless given. */
  returns?: readonly string[];
  /** The length of a cohort and of each period after it, in UTC; month unless given. */
  period?: CalendarPeriod;
  /** on (the default): active in exactly that period; on-or-after: in it or any later one. */
  mode?: RetentionMode;
  /** For the `series` result: which period after the start period it reports; 1 unless given. */
  offset?: number;
}

/**
 * What a retention query returns: `series`, one row per cohort with the retention `offset`
 * periods after its start (`period, value, n`, what a metric's `source: { format: series }`
 * reads), for cohorts whose period at that offset has ended; `cohorts`, the whole table, one row
 * per cohort and offset: `cohort, offset, size, returned, value, incomplete`.
 *
 * @example
 * for (const result of retentionSqlResults) console.log(retentionSql(definition, 'duckdb', result));
 */
export const retentionSqlResults = ['series', 'cohorts'] as const;

/**
 * One of {@link retentionSqlResults}.
 *
 * @example
 * const result: RetentionSqlResult = 'cohorts';
 */
export type RetentionSqlResult = (typeof retentionSqlResults)[number];

/**
 * Compiles cohort retention to one SQL query: units are grouped by the period of their first start
 * event, and R_c(t) = units of cohort c active t periods after its start period ("on") or then or
 * later ("on or after") / size of c × 100, as of the last start or return event. Every name and
 * event from the definition is escaped.
 *
 * @throws {RangeError} When there is no start event, or the offset is not a whole number of 1 or more.
 * @example
 * retentionSql(
 *   { table: 'events', columns: { unit: 'account_id', timestamp: 'event_time', event: 'event_name' },
 *     starts: ['subscription_started'], returns: ['workflow_run'], period: 'week', mode: 'on-or-after' },
 *   'postgres',
 *   'cohorts',
 * ); // 'WITH\nevents AS (…)\n…\nSELECT … AS "cohort", … AS "offset", …'
 */
export function retentionSql(definition: RetentionSqlDefinition, dialect: SqlDialectName | SqlTarget, result: RetentionSqlResult = 'series'): string {
  const d = sqlDialect(dialect);
  const { starts, returns, period = 'month', mode = 'on', offset = 1 } = definition;
  if (starts.length === 0) throw new RangeError('Cohort retention needs at least one start event.');
  if (!(Number.isInteger(offset) && offset >= 1)) throw new RangeError(`The retention offset must be a whole number of periods, 1 or more, but it is ${String(offset)}.`);
  const index = (millis: string) => periodIndexSql(d, millis, period);
  const range = d.range('bounds.last_period - sizes.cohort');
  const queries: [string, string][] = [
    // Without return events, every event is one: the table is read whole.
    ['journeykit_events', eventRows(d, definition.table, definition.columns, returns === undefined ? undefined : [...new Set([...starts, ...returns])])],
    // As of the log's last event of any kind, as the workspace reads it: the export covers up to there.
    ['bounds', `SELECT ${index('MAX(at_ms)')} AS last_period\nFROM (\n${eventRows(d, definition.table, definition.columns)}\n) AS whole_log`],
    ['members', `SELECT unit_id, MIN(at_ms) AS start_ms\nFROM journeykit_events\nWHERE ${isOneOf(d, 'event_name', starts)}\nGROUP BY unit_id`],
    ['cohorts', `SELECT unit_id, start_ms, ${index('start_ms')} AS cohort\nFROM members`],
    [
      'activity',
      [
        `SELECT DISTINCT cohorts.unit_id, cohorts.cohort, ${index('journeykit_events.at_ms')} - cohorts.cohort AS active_offset`,
        'FROM journeykit_events',
        'JOIN cohorts ON cohorts.unit_id = journeykit_events.unit_id',
        // Activity in the start period, or before the start, is not a return.
        `WHERE ${returns === undefined ? '' : `${isOneOf(d, 'journeykit_events.event_name', returns)} AND `}${index('journeykit_events.at_ms')} - cohorts.cohort >= 1`,
      ].join('\n'),
    ],
    ['sizes', 'SELECT cohort, COUNT(*) AS size, MIN(start_ms) AS first_start_ms\nFROM cohorts\nGROUP BY cohort'],
    ['cells', `SELECT sizes.cohort, sizes.size, sizes.first_start_ms, bounds.last_period, ${range.column} AS cell_offset\nFROM sizes\nCROSS JOIN bounds\n${range.join}`],
    ...returned(mode),
    [
      'counted',
      [
        'SELECT cells.cohort, cells.size, cells.first_start_ms, cells.cell_offset, cells.last_period,',
        // Everyone counts at offset 0, where they started.
        '  CASE WHEN cells.cell_offset = 0 THEN cells.size ELSE COALESCE(returned.people, 0) END AS people',
        'FROM cells',
        'LEFT JOIN returned ON returned.cohort = cells.cohort AND returned.cell_offset = cells.cell_offset',
      ].join('\n'),
    ],
  ];
  return withQueries(queries, result === 'cohorts' ? cohortTable(d, period) : series(d, period, offset));
}

/** Units of each cohort counted as returned at each offset, by mode. */
function returned(mode: RetentionMode): [string, string][] {
  if (mode === 'on') return [['returned', 'SELECT cohort, active_offset AS cell_offset, COUNT(*) AS people\nFROM activity\nGROUP BY cohort, active_offset']];
  return [
    ['latest', 'SELECT cohort, unit_id, MAX(active_offset) AS latest_offset\nFROM activity\nGROUP BY cohort, unit_id'],
    ['spread', 'SELECT cohort, latest_offset, COUNT(*) AS people\nFROM latest\nGROUP BY cohort, latest_offset'],
    [
      'returned',
      'SELECT cells.cohort, cells.cell_offset, SUM(spread.people) AS people\nFROM cells\nJOIN spread ON spread.cohort = cells.cohort AND spread.latest_offset >= cells.cell_offset\nGROUP BY cells.cohort, cells.cell_offset',
    ],
  ];
}

const percent = (d: SqlDialect) => `${d.double('people * 100')} / size`;

function cohortTable(d: SqlDialect, period: CalendarPeriod): string {
  return [
    `SELECT ${d.periodLabel(d.fromEpochMillis('first_start_ms'), period)} AS ${d.alias('cohort')}, cell_offset AS ${d.alias('offset')}, size AS ${d.alias('size')},`,
    `  people AS ${d.alias('returned')}, ${percent(d)} AS ${d.alias('value')},`,
    // A cell whose period holds the last event has not ended: its value may still rise.
    `  cohort + cell_offset = last_period AS ${d.alias('incomplete')}`,
    'FROM counted',
    'ORDER BY 1, 2',
  ].join('\n');
}

function series(d: SqlDialect, period: CalendarPeriod, offset: number): string {
  return [
    `SELECT ${d.periodLabel(d.fromEpochMillis('first_start_ms'), period)} AS ${d.alias('period')}, ${percent(d)} AS ${d.alias('value')}, size AS ${d.alias('n')}`,
    'FROM counted',
    `WHERE cell_offset = ${offset} AND cohort + cell_offset < last_period`,
    'ORDER BY 1',
  ].join('\n');
}
