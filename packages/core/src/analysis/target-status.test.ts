import { describe, expect, it } from 'vitest';
import { metricSchema, type MetricInput } from '../index.ts';
import { metricDirection, metricTrend, targetStatus } from './target-status.ts';

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
  it('reads the last three periods in the metric\'s direction', () => {
    expect(metricTrend(metric({ series: series(10, 30, 31, 35) }))).toBe('improving');
    expect(metricTrend(metric({ kind: 'churn', series: series(3, 3.5, 4) }))).toBe('worsening');
    expect(metricTrend(metric({ series: series(50, 50.2, 50.4) }))).toBe('flat');
    expect(metricTrend(metric({ series: series(50) }))).toBe('unknown');
  });
});
