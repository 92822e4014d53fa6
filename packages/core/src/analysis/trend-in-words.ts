import { formatNumber } from '../charts/format.ts';
import type { Metric } from '../schema/metric.ts';
import { metricDirection, type TrendReading } from './target-status.ts';

/**
 * The short words of a trend badge, naming the periods it was read over: "improving over 6 periods".
 *
 * @example
 * trendBadge(metricTrendReading(metric)); // 'improving over 6 periods'
 */
export function trendBadge(reading: TrendReading): string {
  return reading.trend === 'unknown' ? 'no trend yet' : `${reading.trend} over ${reading.periods} periods`;
}

/** How a change in the metric's unit reads: points for an NPS and percentages. */
function changeUnit(metric: Metric): string {
  if (metric.kind === 'nps') return ' points';
  if (metric.unit === '%') return ' percentage points';
  return metric.unit === undefined ? '' : ` ${metric.unit}`;
}

/**
 * A trend in a sentence, with its rule: the change along the least-squares line through the last
 * periods, which direction is better, and what counts as flat.
 *
 * @example
 * trendInWords(metric, metricTrendReading(metric));
 * // 'Improving: up 37 points over the last 6 periods (2025-12 to 2026-05), along the least-squares line through them; higher is better. A change within 1% of the values, or within its 95% margin of error (±12.3), counts as flat.'
 */
export function trendInWords(metric: Metric, reading: TrendReading): string {
  const { trend, periods, from, to, change, margin } = reading;
  if (trend === 'unknown' || from === undefined || to === undefined) return 'No trend yet: it takes at least two periods.';
  const label = trend === 'improving' ? 'Improving' : trend === 'worsening' ? 'Worsening' : 'Flat';
  const way = change === 0 ? 'no change' : `${change > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(change))}${changeUnit(metric)}`;
  const noise = margin === undefined ? 'A change within 1% of the values counts as flat.' : `A change within 1% of the values, or within its 95% margin of error (±${formatNumber(margin)}), counts as flat.`;
  return `${label}: ${way} over the last ${periods} periods (${from.period} to ${to.period}), along the least-squares line through them; ${metricDirection(metric)} is better. ${noise}`;
}
