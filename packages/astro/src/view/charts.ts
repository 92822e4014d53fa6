import type { Chart } from '@journeykit/core';
import { renderedChart } from '../charts/rendered-charts.ts';
import type { SiteData } from '../site-data.ts';

/** The chart as drawn: the page shows the title in the figure's caption, so it is not repeated inside. */
export function drawnChart(chart: Chart): Chart {
  const { title: _drawn, ...spec } = chart.spec as typeof chart.spec & { title?: unknown };
  return { ...chart, spec: spec as typeof chart.spec };
}

/** The SVG a page shows for a chart: rendered once per build, or kept from an earlier one. */
export function showChart(site: Pick<SiteData, 'chartCache'>, chart: Chart): Promise<string> {
  return renderedChart(drawnChart(chart), site.chartCache);
}
