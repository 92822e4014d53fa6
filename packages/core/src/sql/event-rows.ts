import type { SqlDialect } from './dialect.ts';
import { isOneOf, tableName } from './sql-text.ts';

/**
 * The columns of an event table: who did it (a person, account or session), when, and what.
 *
 * @example
 * const columns: EventColumns = { unit: 'person_id', timestamp: 'event_time', event: 'event_name' };
 */
export interface EventColumns {
  /** The column naming the person, account or session counted. */
  unit: string;
  /** A TIMESTAMP (read as UTC) or TIMESTAMP WITH TIME ZONE column. */
  timestamp: string;
  /** The column naming the event. */
  event: string;
}

/**
 * The rows of an event table as `unit_id`, `at_ms` (milliseconds since the epoch) and `event_name`,
 * trimmed like the CSV reader trims them, without rows missing one of the three; only the named
 * events when `only` is given. The same unit, time and event twice is one event, as the reader
 * keeps it: a repeat could otherwise count twice, like an event that is two steps in a row.
 */
export function eventRows(dialect: SqlDialect, table: string, columns: EventColumns, only?: readonly string[]): string {
  const d = dialect;
  const filter = only === undefined ? '' : ` AND ${isOneOf(d, 'event_name', only)}`;
  return [
    'SELECT DISTINCT unit_id, at_ms, event_name',
    'FROM (',
    `  SELECT ${d.trim(d.text(d.identifier(columns.unit)))} AS unit_id, ${d.epochMillis(d.identifier(columns.timestamp))} AS at_ms, ${d.trim(d.text(d.identifier(columns.event)))} AS event_name`,
    `  FROM ${tableName(d, table)}`,
    ') AS source_rows',
    `WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL${filter}`,
  ].join('\n');
}
