import { formatNumber, metricTrendReading, npsMargin, seriesStaleness, targetStatus, trendBadge, trendInWords, type Metric, type TargetStatus, type Trend } from '@journeykit/core';

/**
 * What a metric's status line shows, every number written for people: its latest value (with its
 * margin of error when the answers give one), sample size, target, target status, trend badge and
 * the rule behind it, and whether the sample is thin or the series stale.
 */
export interface MetricStatus {
  /** The latest value with its unit, like `41.8` or `87.9%`; undefined without data. */
  value: string | undefined;
  /** The 95% margin of error of the latest value, like `± 6.8`, when its answers give one. */
  margin: string | undefined;
  /** The sample size of the latest period, like `1,250`. */
  n: string | undefined;
  target: string | undefined;
  status: TargetStatus;
  statusLabel: string;
  trend: Trend;
  trendBadge: string;
  /** The trend's rule and numbers in a sentence. */
  trendWords: string;
  /** Set when the latest period has fewer answers than the workspace's thin-sample threshold. */
  thin: string | undefined;
  /** Set when the latest period is more than two periods before the build. */
  stale: string | undefined;
}

const statusLabels: Record<TargetStatus, string> = { met: 'On target', missed: 'Off target', 'no-target': 'No target', 'no-data': 'No data' };

const withUnit = (metric: Metric, value: number) => {
  const unit = metric.unit ?? '';
  return `${formatNumber(value)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
};

/** The status line of a metric, as of the site's build date (which decides staleness; none without it). */
export function metricStatus(metric: Metric, thinSample: number, builtAt: Date | undefined): MetricStatus {
  const { status, latest, target } = targetStatus(metric);
  const reading = metricTrendReading(metric);
  const margin = latest !== undefined && metric.kind === 'nps' ? npsMargin(latest) : undefined;
  const staleness = builtAt === undefined ? undefined : seriesStaleness(metric, builtAt);
  return {
    value: latest && withUnit(metric, latest.value),
    margin: margin === undefined ? undefined : `± ${formatNumber(margin)}`,
    n: latest?.n === undefined ? undefined : formatNumber(latest.n),
    target: target === undefined ? undefined : withUnit(metric, target),
    status,
    statusLabel: statusLabels[status],
    trend: reading.trend,
    trendBadge: trendBadge(reading),
    trendWords: trendInWords(metric, reading),
    thin: latest?.n !== undefined && latest.n < thinSample ? `Fewer than ${thinSample} answers: read with care` : undefined,
    stale: staleness?.stale
      ? `The latest period, ${staleness.latest}, is ${staleness.behind} ${staleness.unit}s before the day this report is as of, ${builtAt!.toISOString().slice(0, 10)}.`
      : undefined,
  };
}

/**
 * Which declared funnel steps the event log had no event of (optional steps: the others are
 * errors), in a sentence; undefined when every step had data.
 */
export function stepsWithoutDataInWords(steps: readonly string[] | undefined): string | undefined {
  if (steps === undefined || steps.length === 0) return undefined;
  const names = steps.map((step) => `"${step}"`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `No data for ${names.length === 1 ? 'the optional step' : 'the optional steps'} ${list}: the log holds none of ${names.length === 1 ? 'its' : 'their'} events, so ${names.length === 1 ? 'it counts' : 'they count'} nobody.`;
}
