import { parsePeriodLabel, periodIndex, type PeriodUnit } from '../metrics/period.ts';
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
  const period = latest === undefined ? undefined : parsePeriodLabel(latest);
  if (period === undefined) return { latest, behind: 0, unit: undefined, stale: false };
  const behind = Math.max(0, periodIndex(asOf.getTime(), period.unit) - period.index);
  return { latest, behind, unit: period.unit, stale: behind > stalePeriods };
}
