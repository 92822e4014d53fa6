import type { Chart } from '@journeykit/core';
import { createChartRenderer } from '../charts/index.ts';
import type { SiteData } from '../site-data.ts';

// One renderer per cache folder for the whole build: each chart is rendered once, whatever the pages.
const renderers = new Map<string, ReturnType<typeof createChartRenderer>>();

/** The SVG of a chart, from the cache when the same chart was rendered before. */
export function renderChart(site: Pick<SiteData, 'chartCache'>, chart: Chart): Promise<string> {
  let renderer = renderers.get(site.chartCache);
  if (renderer === undefined) {
    renderer = createChartRenderer({ cacheDir: site.chartCache });
    renderers.set(site.chartCache, renderer);
  }
  // The page shows the title in the figure's caption; drawn again inside the chart it would repeat.
  const { title: _drawn, ...spec } = chart.spec as typeof chart.spec & { title?: unknown };
  return renderer.render({ ...chart, spec: spec as typeof chart.spec });
}
