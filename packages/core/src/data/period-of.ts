import { periodIndex, periodLabel } from '../metrics/period.ts';

/**
 * The granularities a dated answer can be counted in.
 *
 * @example
 * const granularity: Granularity = 'month';
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The period a moment falls in, labelled as metric series label periods: 2026-03-31, 2026-W14,
 * 2026-03, 2026-Q1 or 2026. UTC, weeks from Monday (ISO).
 *
 * @example
 * periodOf(Date.UTC(2026, 4, 17), 'quarter'); // '2026-Q2'
 */
export function periodOf(millis: number, granularity: Granularity): string {
  const date = new Date(millis);
  if (granularity === 'year') return String(date.getUTCFullYear());
  if (granularity === 'quarter') return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
  return periodLabel(periodIndex(millis, granularity), granularity);
}
