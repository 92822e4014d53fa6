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
 * The trend of a metric over its last `periods` values (default 3): the change from the first to
 * the last of them, in the metric's direction; flat within 1% of the first value's magnitude.
 *
 * @example
 * metricTrend({ ...metric, series: [{ period: '2026-01', value: 30 }, { period: '2026-02', value: 36 }] }); // 'improving'
 */
export function metricTrend(metric: Metric, periods = 3): Trend {
  const recent = (metric.series ?? []).slice(-periods);
  const first = recent[0];
  const last = recent.at(-1);
  if (first === undefined || last === undefined || recent.length < 2) return 'unknown';
  const change = last.value - first.value;
  if (Math.abs(change) <= Math.abs(first.value) * 0.01) return 'flat';
  return (change > 0) === (metricDirection(metric) === 'higher') ? 'improving' : 'worsening';
}
