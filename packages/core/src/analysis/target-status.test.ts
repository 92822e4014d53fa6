import { describe, expect, it } from 'vitest';
import { metricSchema, type MetricInput } from '../index.ts';
import { npsMarginOfError95 } from '../metrics/nps.ts';
import { metricDirection, metricTrend, metricTrendReading, targetStatus } from './target-status.ts';
import { trendBadge, trendInWords } from './trend-in-words.ts';

const metric = (input: Partial<MetricInput>) => metricSchema.parse({ id: 'm', name: 'M', kind: 'conversion', ...input });
const series = (...values: number[]) => values.map((value, i) => ({ period: `2026-0${i + 1}`, value, n: 100 }));

describe('targetStatus', () => {
  it('meets a higher-is-better target at or above it, and misses below it', () => {
    expect(targetStatus(metric({ target: 40, series: series(38, 40) })).status).toBe('met');
    expect(targetStatus(metric({ target: 40, series: series(41, 39.9) })).status).toBe('missed');
  });

  it('meets a lower-is-better target at or below it: churn and time default to lower', () => {
    expect(metricDirection(metric({ kind: 'churn' }))).toBe('lower');
    expect(metricDirection(metric({ kind: 'time' }))).toBe('lower');
    expect(metricDirection(metric({ kind: 'nps' }))).toBe('higher');
    expect(targetStatus(metric({ kind: 'churn', target: 2, series: series(2) })).status).toBe('met');
    expect(targetStatus(metric({ kind: 'churn', target: 2, series: series(2.1) })).status).toBe('missed');
    expect(targetStatus(metric({ kind: 'custom', direction: 'lower', target: 5, series: series(4) })).status).toBe('met');
  });

  it('says when there is no data or no target', () => {
    expect(targetStatus(metric({ target: 40 })).status).toBe('no-data');
    expect(targetStatus(metric({ series: series(1) })).status).toBe('no-target');
  });
});

describe('metricTrend', () => {
  it('reads the line through the last six periods in the metric\'s direction', () => {
    expect(metricTrend(metric({ series: series(10, 30, 31, 35) }))).toBe('improving');
    expect(metricTrend(metric({ kind: 'churn', series: series(3, 3.5, 4) }))).toBe('worsening');
    expect(metricTrend(metric({ series: series(50, 50.2, 50.4) }))).toBe('flat');
    expect(metricTrend(metric({ series: series(50) }))).toBe('unknown');
    // Only the last six: the fall from 90 is older.
    expect(metricTrend(metric({ series: series(90, 10, 20, 30, 40, 50, 60) }))).toBe('improving');
  });

  it('calls an NPS that rose from 6.7 to 37.8 over six months improving, though its last three periods fell', () => {
    const rising = metric({ kind: 'nps', series: series(6.7, 12.4, 20.3, 41.2, 39.9, 37.8) });
    expect(metricTrendReading(rising)).toMatchObject({ trend: 'improving', periods: 6, from: { period: '2026-01' }, to: { period: '2026-06' } });
    expect(metricTrendReading(rising).change).toBeCloseTo(36.99, 2);
    expect(trendBadge(metricTrendReading(rising))).toBe('improving over 6 periods');
    expect(trendInWords(rising, metricTrendReading(rising))).toBe(
      'Improving: up 37 points over the last 6 periods (2026-01 to 2026-06), along the least-squares line through them; higher is better. A change within 1% of the values counts as flat.',
    );
  });

  it('calls a change of an NPS within its margin of error flat, and says so', () => {
    // 100 answers each: 40 promoters and 30 detractors, then 45 and 30.
    const period = (month: string, promoters: number) => ({ period: month, value: promoters - 30, n: 100, distribution: { '10': promoters, '7': 70 - promoters, '0': 30 } });
    const noisy = metric({ kind: 'nps', series: [period('2026-01', 40), period('2026-02', 45)] });
    const reading = metricTrendReading(noisy);
    expect(reading.trend).toBe('flat');
    expect(reading.margin).toBeCloseTo(Math.hypot(npsMarginOfError95(40, 30, 100)!, npsMarginOfError95(45, 30, 100)!), 9);
    expect(trendInWords(noisy, reading)).toBe(
      'Flat: up 5 points over the last 2 periods (2026-01 to 2026-02), along the least-squares line through them; higher is better. A change within 1% of the values, or within its 95% margin of error (±23.3), counts as flat.',
    );
  });

  it('says there is no trend before two periods', () => {
    expect(trendBadge(metricTrendReading(metric({ series: series(5) })))).toBe('no trend yet');
    expect(trendInWords(metric({}), metricTrendReading(metric({})))).toBe('No trend yet: it takes at least two periods.');
  });
});
