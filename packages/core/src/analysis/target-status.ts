import { npsMargin } from '../metrics/nps-margin.ts';
import type { Metric, Observation } from '../schema/metric.ts';

/**
 * Whether a metric's latest value meets its target.
 *
 * @example
 * const { status }: { status: TargetStatus } = targetStatus(metric); // 'met', 'missed', 'no-target' or 'no-data'
 */
export type TargetStatus = 'met' | 'missed' | 'no-target' | 'no-data';

/**
 * Whether higher or lower values of a metric are better: as declared, else lower for churn and time.
 *
 * @example
 * metricDirection({ ...metric, kind: 'churn' }); // 'lower', unless the metric declares a direction
 */
export function metricDirection(metric: Metric): 'higher' | 'lower' {
  return metric.direction ?? (metric.kind === 'churn' || metric.kind === 'time' ? 'lower' : 'higher');
}

/**
 * The latest value of a metric against its target: met when it is at or beyond the target in the
 * metric's direction. Defaults to `no-data` without a series and `no-target` without a target.
 *
 * @example
 * targetStatus({ ...metric, target: { value: 40 }, series: [{ period: '2026-Q1', value: 42 }] });
 * // { status: 'met', latest: { period: '2026-Q1', value: 42 }, target: 40 }
 */
export function targetStatus(metric: Metric): { status: TargetStatus; latest: Observation | undefined; target: number | undefined } {
  const latest = metric.series?.at(-1);
  const target = metric.target?.value;
  if (latest === undefined) return { status: 'no-data', latest, target };
  if (target === undefined) return { status: 'no-target', latest, target };
  const met = metricDirection(metric) === 'higher' ? latest.value >= target : latest.value <= target;
  return { status: met ? 'met' : 'missed', latest, target };
}

/**
 * How a metric moved over its last periods.
 *
 * @example
 * const trend: Trend = metricTrend(metric); // 'improving', 'flat', 'worsening' or 'unknown'
 */
export type Trend = 'improving' | 'flat' | 'worsening' | 'unknown';

/**
 * The periods a trend reads unless told: six, so one noisy period cannot turn it.
 *
 * @example
 * metricTrend(metric, trendPeriods); // the same as metricTrend(metric)
 */
export const trendPeriods = 6;

/**
 * A metric's trend with what it was read from: the periods, the change along the fitted line from
 * the first of them to the last, and the noise it was weighed against.
 *
 * @example
 * const { trend, change, from, to, periods }: TrendReading = metricTrendReading(metric);
 */
export interface TrendReading {
  trend: Trend;
  /** How many periods were read, the latest ones. */
  periods: number;
  /** The first and last period read. */
  from: Observation | undefined;
  to: Observation | undefined;
  /** The rise of the least-squares line over the periods read, in the metric's unit; 0 when unknown. */
  change: number;
  /** The 95% margin of error of the difference between the first and last period, when their samples give one (NPS answers). */
  margin: number | undefined;
}

/**
 * The trend of a metric over its last `periods` values (default {@link trendPeriods}): the rise of
 * the least-squares line through them, read in the metric's direction. It is flat when that rise
 * is within 1% of the largest value's magnitude, or within the 95% margin of error of the
 * difference between the first and last period when their answers give one (NPS). A line, not
 * the first and last value alone, so one noisy period at either end does not decide it.
 *
 * @example
 * metricTrendReading({ ...metric, series: [6.7, 12, 20, 41.2, 39.9, 37.8].map((value, i) => ({ period: `2026-0${i + 1}`, value })) });
 * // { trend: 'improving', periods: 6, change: 36.98…, from: { period: '2026-01', … }, to: { period: '2026-06', … }, margin: undefined }
 */
export function metricTrendReading(metric: Metric, periods = trendPeriods): TrendReading {
  const recent = (metric.series ?? []).slice(-periods);
  const from = recent[0];
  const to = recent.at(-1);
  if (from === undefined || to === undefined || recent.length < 2) return { trend: 'unknown', periods: recent.length, from, to, change: 0, margin: undefined };
  const change = fittedRise(recent.map((observation) => observation.value));
  const margin = metric.kind === 'nps' ? differenceMargin(npsMargin(from), npsMargin(to)) : undefined;
  const largest = Math.max(...recent.map((observation) => Math.abs(observation.value)));
  const flat = Math.abs(change) <= largest * 0.01 || (margin !== undefined && Math.abs(change) <= margin);
  const trend = flat ? 'flat' : (change > 0) === (metricDirection(metric) === 'higher') ? 'improving' : 'worsening';
  return { trend, periods: recent.length, from, to, change, margin };
}

/**
 * The trend of a metric over its last `periods` values: see {@link metricTrendReading} for the rule.
 *
 * @example
 * metricTrend({ ...metric, series: [{ period: '2026-01', value: 30 }, { period: '2026-02', value: 36 }] }); // 'improving'
 */
export function metricTrend(metric: Metric, periods = trendPeriods): Trend {
  return metricTrendReading(metric, periods).trend;
}

/** The rise of the least-squares line through values at equal steps, from the first step to the last. */
function fittedRise(values: readonly number[]): number {
  const count = values.length;
  const meanX = (count - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / count;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, x) => {
    covariance += (x - meanX) * (value - meanY);
    variance += (x - meanX) ** 2;
  });
  return (covariance / variance) * (count - 1);
}

function differenceMargin(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : Math.hypot(a, b);
}
