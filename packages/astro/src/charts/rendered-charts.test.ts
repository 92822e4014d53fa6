import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartKey, releaseCharts, renderCharts, renderedChart } from './rendered-charts.ts';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

const bars = (id: string, values: number[]): RenderableChart => ({
  id,
  title: 'Bars',
  description: `${values.length} bars.`,
  spec: {
    width: 200,
    height: 100,
    data: { values: values.map((b, i) => ({ a: `bar ${i}`, b })) },
    mark: 'bar',
    encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
  } as TopLevelSpec,
});

const folders: string[] = [];
const cacheDir = () => {
  const folder = mkdtempSync(join(tmpdir(), 'journeykit-charts-'));
  folders.push(folder);
  return join(folder, 'charts');
};
afterEach(async () => {
  await releaseCharts();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the charts of a build', () => {
  it('are rendered by the pool ahead of the pages, which get the same SVG as rendering it here', async () => {
    const dir = cacheDir();
    const charts = [bars('a', [1, 2]), bars('b', [3, 4, 5])];
    renderCharts(charts, dir);
    for (const chart of charts) expect(await renderedChart(chart, dir)).toBe(await renderChartSvg(chart));
    expect(readdirSync(dir).sort()).toEqual(charts.map((chart) => `${chartKey(chart)}.svg`).sort());
    expect(readFileSync(join(dir, `${chartKey(charts[0]!)}.svg`), 'utf8')).toBe(await renderChartSvg(charts[0]!));
  });

  it('are read from the cache when a build before rendered them', async () => {
    const dir = cacheDir();
    const chart = bars('kept', [1]);
    // What an earlier build kept, recognisable: a new render would give Vega's SVG instead.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${chartKey(chart)}.svg`), '<svg>kept</svg>');
    renderCharts([chart], dir);
    expect(await renderedChart(chart, dir)).toBe('<svg>kept</svg>');
  });

  it('are rendered on this thread when they need more memory than a pool thread may have', async () => {
    const dir = cacheDir();
    const chart = bars('large', [1, 2, 3]);
    // Too little for Vega even to load: the thread runs out of memory on its first chart.
    renderCharts([chart], dir, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    expect(await renderedChart(chart, dir)).toBe(await renderChartSvg(chart));
    expect(readdirSync(dir)).toEqual([`${chartKey(chart)}.svg`]);
  });

  it('are rendered on this thread when no build started them, as in astro dev', async () => {
    const dir = cacheDir();
    const chart = bars('dev', [7, 8]);
    expect(await renderedChart(chart, dir)).toBe(await renderChartSvg(chart));
    expect(readdirSync(dir)).toEqual([`${chartKey(chart)}.svg`]);
  });

  it('reject on the page that shows one Vega cannot render, with why', async () => {
    const dir = cacheDir();
    const chart: RenderableChart = { ...bars('remote', []), spec: { data: { url: 'https://example.com/data.csv' }, mark: 'bar' } as TopLevelSpec };
    renderCharts([chart], dir);
    await expect(renderedChart(chart, dir)).rejects.toThrow(/"remote"/);
  });

  it('leave the cache without the SVGs no build used for a month once released', async () => {
    const dir = cacheDir();
    const [old, recent] = [bars('old', [1]), bars('recent', [2])];
    renderCharts([old, recent], dir);
    await Promise.all([renderedChart(old, dir), renderedChart(recent, dir)]);
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, `${chartKey(old)}.svg`), longAgo, longAgo);
    await releaseCharts([dir]);
    expect(readdirSync(dir)).toEqual([`${chartKey(recent)}.svg`]);
  });
});
