import { metricSchema, type MetricInput } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { metricStatus, stepsWithoutDataInWords } from './metric-status.ts';

const metric = (input: Partial<MetricInput>) => metricSchema.parse({ id: 'm', name: 'M', kind: 'conversion', ...input });
const builtAt = new Date('2026-06-10T00:00:00Z');

describe('metricStatus', () => {
  it('writes numbers for people: a tenth at most, thousands grouped, the unit after', () => {
    const status = metricStatus(metric({ unit: '%', target: 65, series: [{ period: '2026-05', value: 200 / 3, n: 12_380 }] }), 30, builtAt);
    expect(status).toMatchObject({ value: '66.7%', n: '12,380', target: '65%', margin: undefined, statusLabel: 'On target' });
  });

  it('gives an NPS its 95% margin of error, from the answers of its latest period', () => {
    // 100 answers: 40 promoters, 30 passives, 30 detractors: NPS 10 ± 1.96 × 100 × √(0.69 / 100).
    const answers = { period: '2026-05', value: 10, n: 100, distribution: { '10': 40, '8': 30, '3': 30 } };
    expect(metricStatus(metric({ kind: 'nps', series: [answers] }), 30, builtAt)).toMatchObject({ value: '10', margin: '± 16.3', n: '100' });
    expect(metricStatus(metric({ kind: 'nps', series: [{ period: '2026-05', value: 10, n: 100 }] }), 30, builtAt).margin).toBeUndefined();
  });

  it('says the trend rule in its badge and its words', () => {
    const status = metricStatus(metric({ kind: 'nps', series: [6.7, 12.4, 20.3, 41.2, 39.9, 37.8].map((value, i) => ({ period: `2026-0${i + 1}`, value })) }), 30, builtAt);
    expect(status.trendBadge).toBe('improving over 6 periods');
    expect(status.trendWords).toMatch(/^Improving: up 37 points over the last 6 periods \(2026-01 to 2026-06\), along the least-squares line through them; higher is better\./);
  });

  it('flags a series whose latest period is more than two periods before the build, and only then', () => {
    expect(metricStatus(metric({ series: [{ period: '2026-03', value: 1 }] }), 30, builtAt).stale).toBe(
      'The latest period, 2026-03, is 3 months before the day this report is as of, 2026-06-10.',
    );
    expect(metricStatus(metric({ series: [{ period: '2026-04', value: 1 }] }), 30, builtAt).stale).toBeUndefined();
    expect(metricStatus(metric({ series: [{ period: '2026-03', value: 1 }] }), 30, undefined).stale).toBeUndefined();
  });

  it('marks a thin latest sample', () => {
    expect(metricStatus(metric({ series: [{ period: '2026-05', value: 1, n: 29 }] }), 30, builtAt).thin).toBe('Fewer than 30 answers: read with care');
    expect(metricStatus(metric({ series: [{ period: '2026-05', value: 1, n: 30 }] }), 30, builtAt).thin).toBeUndefined();
  });

  it('names the optional funnel steps the log had no event of', () => {
    expect(stepsWithoutDataInWords(['Used the app'])).toBe('No data for the optional step "Used the app": the log holds none of its events, so it counts nobody.');
    expect(stepsWithoutDataInWords(['A', 'B', 'C'])).toBe('No data for the optional steps "A", "B" and "C": the log holds none of their events, so they count nobody.');
    expect(stepsWithoutDataInWords([])).toBeUndefined();
    expect(stepsWithoutDataInWords(undefined)).toBeUndefined();
  });
});
