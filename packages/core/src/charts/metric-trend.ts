import type { TopLevelSpec } from 'vega-lite';
import { targetStatus } from '../analysis/target-status.ts';
import type { Metric } from '../schema/metric.ts';
import type { Chart } from './chart.ts';
import { formatNumber, round1 } from './format.ts';
import { axisSize, labelAngle } from './layout.ts';
import { chartColors, specFrame } from './theme.ts';

/**
 * Builds the trend of a metric: its series values by period, in the order given, with the target
 * as a dashed line when the metric has one; sample sizes go in the tooltip and the table. The value
 * axis is titled with the metric's name and unit through the spec's parameter `valueTitle`.
 * Returns `undefined` when the metric has no series.
 *
 * @example
 * const chart = metricTrendChart(metric);
 * chart?.table.columns; // ['period', 'value', 'n', 'target']
 */
export function metricTrendChart(metric: Metric): Chart | undefined {
  const series = metric.series ?? [];
  if (series.length === 0) return undefined;
  const target = metric.target?.value;
  const unit = metric.unit === undefined ? '' : metric.unit === '%' ? '%' : ` ${metric.unit}`;
  const values = series.map((observation) => ({
    period: observation.period,
    value: observation.value,
    n: observation.n ?? null,
    valueText: `${formatNumber(observation.value)}${unit}`,
    nText: observation.n === undefined ? 'unknown' : formatNumber(observation.n),
  }));
  const title = metric.name;
  const description = describe(metric, unit);
  const width = axisSize(values.length, 56);
  const periods = values.map((value) => value.period);
  const spec: TopLevelSpec = {
    ...specFrame(title, description),
    width,
    height: 240,
    // The axis title as a parameter, and data in the layers: so the trends of all metrics have
    // one shape but for data, size and parameter values, and renderers can share its compile.
    params: [{ name: 'valueTitle', value: metric.unit === undefined ? metric.name : `${metric.name} (${metric.unit})` }],
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: { filled: true, size: 70 }, strokeWidth: 2 },
        encoding: {
          x: { field: 'period', type: 'ordinal', sort: null, title: 'Period', axis: { labelAngle: labelAngle(periods, width / values.length) } },
          y: { field: 'value', type: 'quantitative', title: { signal: 'valueTitle' }, scale: { zero: false } },
          tooltip: [
            { field: 'period', title: 'Period' },
            { field: 'valueText', title: 'Value' },
            { field: 'nText', title: 'n' },
          ],
        },
      },
      ...(target === undefined ? [] : targetLayers(target, `Target ${formatNumber(target)}${unit}`)),
    ],
  };
  return {
    id: `metric-trend-${metric.id}`,
    title,
    description,
    spec,
    table: { columns: ['period', 'value', 'n', 'target'], rows: values.map((value) => [value.period, round1(value.value), value.n, target ?? null]) },
  };
}

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** A dashed rule at the target and its label, at the right end; own data, so the y scale includes it. */
function targetLayers(target: number, label: string): Layer[] {
  const data = { values: [{ target, label }] };
  const y = { field: 'target', type: 'quantitative' } as const;
  return [
    { data, mark: { type: 'rule', color: chartColors.target, strokeDash: [6, 4], strokeWidth: 2 }, encoding: { y } },
    {
      data,
      mark: { type: 'text', color: chartColors.target, align: 'right', baseline: 'bottom', x: 'width', dy: -3 },
      encoding: { y, text: { field: 'label' } },
    },
  ];
}

function describe(metric: Metric, unit: string): string {
  const series = metric.series ?? [];
  const first = series[0];
  const last = series.at(-1);
  if (first === undefined || last === undefined) return '';
  const sample = last.n === undefined ? '' : ` (n = ${formatNumber(last.n)})`;
  const value = `${formatNumber(last.value)}${unit}${sample}`;
  const latest =
    series.length === 1
      ? `${metric.name} in ${last.period}: ${value}`
      : `${metric.name} from ${first.period} to ${last.period}, latest ${value} in ${last.period}`;
  const { status, target } = targetStatus(metric);
  if (target === undefined) return `${latest}.`;
  return `${latest}, which ${status === 'met' ? 'meets' : 'misses'} the target of ${formatNumber(target)}${unit}.`;
}
