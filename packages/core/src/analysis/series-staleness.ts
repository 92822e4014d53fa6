import type { Metric } from '../schema/metric.ts';

/**
 * How many periods a series may lag the build before it is stale: a period being collected and one being reported.
 *
 * @example
 * seriesStaleness(metric, new Date()).behind > stalePeriods; // the same as .stale
 */
export const stalePeriods = 2;

/**
 * Where a metric's latest period stands against a date: how many whole periods of its own length
 * (days, ISO weeks, months, quarters, halves, years) lie between them, and whether that is more
 * than {@link stalePeriods}.
 *
 * @example
 * const { stale, behind, latest }: SeriesStaleness = seriesStaleness(metric, new Date('2026-12-06'));
 */
export interface SeriesStaleness {
  /** The latest period of the series; undefined without one. */
  latest: string | undefined;
  /** Periods from the latest one to the one holding the date; 0 when the date is in it. */
  behind: number;
  /** What one period of the series is: a day, week, month, quarter, half or year. */
  unit: PeriodUnit | undefined;
  stale: boolean;
}

/**
 * The length of a period, by its label: 2026-03-31 a day, 2026-W14 a week, 2026-03 a month,
 * 2026-Q1 a quarter, 2026-H1 a half, 2026 a year.
 *
 * @example
 * const unit: PeriodUnit = 'quarter';
 */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

const dayMillis = 86_400_000;

/** A period label and a date as numbers on the same count of periods of that label's length. */
function positions(period: string, date: Date): [number, number, PeriodUnit] | undefined {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  let match: RegExpMatchArray | null;
  if ((match = period.match(/^(\d{4})$/))) return [Number(match[1]), year, 'year'];
  if ((match = period.match(/^(\d{4})-H([12])$/))) return [Number(match[1]) * 2 + Number(match[2]) - 1, year * 2 + Math.floor(month / 6), 'half'];
  if ((match = period.match(/^(\d{4})-Q([1-4])$/))) return [Number(match[1]) * 4 + Number(match[2]) - 1, year * 4 + Math.floor(month / 3), 'quarter'];
  if ((match = period.match(/^(\d{4})-(\d{2})$/))) return [Number(match[1]) * 12 + Number(match[2]) - 1, year * 12 + month, 'month'];
  if ((match = period.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return [Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMillis, Math.floor(date.getTime() / dayMillis), 'day'];
  if ((match = period.match(/^(\d{4})-W(\d{2})$/))) return [isoWeekMonday(Number(match[1]), Number(match[2])) / (7 * dayMillis), mondayOf(date.getTime()) / (7 * dayMillis), 'week'];
  return undefined;
}

/** The Monday starting ISO week `week` of `year`: week 1 holds the year's first Thursday, so January 4th. */
function isoWeekMonday(year: number, week: number): number {
  return mondayOf(Date.UTC(year, 0, 4)) + (week - 1) * 7 * dayMillis;
}

function mondayOf(millis: number): number {
  const day = Math.floor(millis / dayMillis);
  // 1970-01-01 was a Thursday, 3 days after a Monday.
  return (day - ((((day + 3) % 7) + 7) % 7)) * dayMillis;
}

/**
 * Whether a metric's series is stale as of a date (the site's build date): its latest period is
 * more than {@link stalePeriods} periods before the one holding the date. A series without
 * periods is never stale: it has nothing to be late with.
 *
 * @example
 * seriesStaleness({ ...metric, series: [{ period: '2026-05', value: 41.8 }] }, new Date('2026-12-06'));
 * // { latest: '2026-05', behind: 7, unit: 'month', stale: true }
 */
export function seriesStaleness(metric: Metric, asOf: Date): SeriesStaleness {
  const latest = metric.series?.at(-1)?.period;
  const place = latest === undefined ? undefined : positions(latest, asOf);
  if (place === undefined) return { latest, behind: 0, unit: undefined, stale: false };
  const behind = Math.max(0, Math.round(place[1] - place[0]));
  return { latest, behind, unit: place[2], stale: behind > stalePeriods };
}
