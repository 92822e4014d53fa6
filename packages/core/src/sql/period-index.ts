import type { CalendarPeriod } from '../metrics/period.ts';
import type { SqlDialect } from './dialect.ts';

/**
 * The number of the UTC period holding a time in milliseconds, counted so that consecutive periods
 * differ by 1, as `periodIndex` counts them: days since the epoch, ISO weeks (from a Monday), or
 * year × 12 + month.
 */
export function periodIndexSql(d: SqlDialect, millis: string, period: CalendarPeriod): string {
  const day = `FLOOR(${millis} / 86400000.0)`;
  if (period === 'day') return d.bigint(day);
  // 1970-01-01 was a Thursday: 3 days on from the Monday before, weeks start on Mondays.
  if (period === 'week') return d.bigint(`FLOOR((${day} + 3) / 7.0)`);
  const time = d.fromEpochMillis(millis);
  return d.bigint(`EXTRACT(YEAR FROM ${time}) * 12 + EXTRACT(MONTH FROM ${time}) - 1`);
}
