import { formatNumber } from '../../charts/format.ts';
import type { Metric } from '../../schema/metric.ts';

/**
 * A metric's value as a report shows it: rounded to one decimal, with thousands separated, and
 * its unit ("78.2%", "12 days", "1,200").
 */
export function metricValue(value: number, metric: Pick<Metric, 'unit'>): string {
  const number = formatNumber(value);
  if (metric.unit === undefined) return number;
  return metric.unit === '%' ? `${number}%` : `${number} ${metric.unit}`;
}
