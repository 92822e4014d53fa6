import type { SqlDialect } from './dialect.ts';
import type { FilteredStep } from '../data/step-filters.ts';
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
 * Each of the `filtered` steps adds a column `match_j`: 1 when the row is an event of the step
 * whose properties (columns named as the properties) have the values its `where` accepts, else 0;
 * rows that match differently are different events, as the reader keys them.
 */
export function eventRows(dialect: SqlDialect, table: string, columns: EventColumns, only?: readonly string[], filtered: readonly FilteredStep[] = []): string {
  const d = dialect;
  const filter = only === undefined ? '' : ` AND ${isOneOf(d, 'event_name', only)}`;
  const properties = [...new Set(filtered.flatMap((step) => Object.keys(step.where ?? {})))];
  const propertyColumn = (property: string) => `property_${properties.indexOf(property)}`;
  const matches = filtered.map((step, j) => {
    const conditions = Object.entries(step.where ?? {}).map(([property, values]) => isOneOf(d, propertyColumn(property), typeof values === 'string' ? [values] : values));
    return `, CASE WHEN ${[isOneOf(d, 'event_name', step.events), ...conditions].join(' AND ')} THEN 1 ELSE 0 END AS match_${j}`;
  });
  const read = properties.map((property, i) => `, ${d.trim(d.text(d.identifier(property)))} AS property_${i}`);
  return [
    `SELECT DISTINCT unit_id, at_ms, event_name${matches.join('')}`,
    'FROM (',
    `  SELECT ${d.trim(d.text(d.identifier(columns.unit)))} AS unit_id, ${d.epochMillis(d.identifier(columns.timestamp))} AS at_ms, ${d.trim(d.text(d.identifier(columns.event)))} AS event_name${read.join('')}`,
    `  FROM ${tableName(d, table)}`,
    ') AS source_rows',
    `WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL${filter}`,
  ].join('\n');
}
