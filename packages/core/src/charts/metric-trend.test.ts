import { describe, expect, it } from 'vitest';
import { metricSchema, type MetricInput } from '../schema/metric.ts';
import { metricTrendChart } from './metric-trend.ts';

const metric = (input: Partial<MetricInput> = {}) =>
  metricSchema.parse({
    id: 'activation',
    name: 'Activation rate',
    kind: 'conversion',
    unit: '%',
    target: 40,
    series: [
      { period: '2026-Q1', value: 31, n: 120 },
      { period: '2026-Q2', value: 36.5 },
      { period: '2026-Q3', value: 38, n: 25 },
    ],
    ...input,
  });

describe('metricTrendChart', () => {
  it('tabulates every period in the given order with its value, sample size and target', () => {
    const chart = metricTrendChart(metric());
    expect(chart?.id).toBe('metric-trend-activation');
    expect(chart?.table).toEqual({
      columns: ['period', 'value', 'n', 'target'],
      rows: [
        ['2026-Q1', 31, 120, 40],
        ['2026-Q2', 36.5, null, 40],
        ['2026-Q3', 38, 25, 40],
      ],
    });
  });

  it('describes the latest value against the target, in the metric\'s direction', () => {
    expect(metricTrendChart(metric())?.description).toBe(
      'Activation rate from 2026-Q1 to 2026-Q3, latest 38% (n = 25) in 2026-Q3, which misses the target of 40%.',
    );
    expect(metricTrendChart(metric({ kind: 'churn', target: 40 }))?.description).toContain('which meets the target of 40%');
  });

  it('draws the target as a dashed rule with its own data, so the y axis reaches it', () => {
    const spec = metricTrendChart(metric())?.spec as unknown as { layer: { data: unknown; mark: Record<string, unknown> }[] };
    expect(spec.layer.map((layer) => layer.mark.type)).toEqual(['line', 'rule', 'text']);
    expect(spec.layer[1]).toMatchObject({ data: { values: [{ target: 40, label: 'Target 40%' }] }, mark: { strokeDash: [6, 4] } });
  });

  it('titles the value axis with the metric and its unit, through the parameter valueTitle', () => {
    const titled = (input: Partial<MetricInput>) => metricTrendChart(metric(input))?.spec as unknown as { params: unknown; layer: { encoding: { y: { title: unknown } } }[] };
    expect(titled({}).params).toEqual([{ name: 'valueTitle', value: 'Activation rate (%)' }]);
    expect(titled({}).layer[0]?.encoding.y.title).toEqual({ signal: 'valueTitle' });
    expect(titled({ unit: undefined }).params).toEqual([{ name: 'valueTitle', value: 'Activation rate' }]);
  });

  it('shows the sample size in the tooltip', () => {
    const spec = metricTrendChart(metric())?.spec as { layer: { data: { values: { nText: string }[] }; encoding: { tooltip: unknown } }[] };
    expect(spec.layer[0]?.data.values.map((value) => value.nText)).toEqual(['120', 'unknown', '25']);
    expect(spec.layer[0]?.encoding.tooltip).toContainEqual({ field: 'nText', title: 'n' });
  });

  it('leaves the target out when the metric has none', () => {
    const chart = metricTrendChart(metric({ target: undefined, unit: 'days', series: [{ period: '2026-03', value: 12 }] }));
    expect((chart?.spec as { layer: unknown[] }).layer).toHaveLength(1);
    expect(chart?.table.rows).toEqual([['2026-03', 12, null, null]]);
    expect(chart?.description).toBe('Activation rate in 2026-03: 12 days.');
  });

  it('rounds values in its data table to the tenth the chart shows, for people to read', () => {
    const chart = metricTrendChart(metric({ target: undefined, series: [{ period: '2026-03', value: 20 / 3, n: 30 }, { period: '2026-04', value: -0.04 }] }));
    expect(chart?.table.rows).toEqual([['2026-03', 6.7, 30, null], ['2026-04', 0, null, null]]);
  });

  it('returns undefined when the metric has no series', () => {
    expect(metricTrendChart(metric({ series: undefined }))).toBeUndefined();
    expect(metricTrendChart(metric({ series: [] }))).toBeUndefined();
  });
});
