import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { createChartRenderer } from './chart-renderer.ts';
import type { RenderableChart } from './render-chart-svg.ts';

const bars = (values: number[]): RenderableChart => ({
  id: 'bars',
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
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('createChartRenderer', () => {
  it('renders a chart once and serves it from memory after that', async () => {
    const renderer = createChartRenderer();
    const first = await renderer.render(bars([1, 2]));
    const second = await renderer.render(bars([1, 2]));
    expect(second).toBe(first);
    expect(renderer.stats()).toEqual({ rendered: 1, cached: 1 });
  });

  it('renders a chart asked for twice at once only once', async () => {
    const renderer = createChartRenderer();
    const [first, second] = await Promise.all([renderer.render(bars([3])), renderer.render(bars([3]))]);
    expect(second).toBe(first);
    expect(renderer.stats()).toEqual({ rendered: 1, cached: 1 });
  });

  it('renders a changed chart again', async () => {
    const renderer = createChartRenderer();
    await renderer.render(bars([1, 2]));
    await renderer.render(bars([1, 3]));
    expect(renderer.stats()).toEqual({ rendered: 2, cached: 0 });
  });

  it('gives byte-identical output in fresh renderers', async () => {
    expect(await createChartRenderer().render(bars([5, 8]))).toBe(await createChartRenderer().render(bars([5, 8])));
  });

  it('keeps rendered charts on disk, so a new renderer with the same folder renders nothing', async () => {
    const folder = cacheDir();
    const first = createChartRenderer({ cacheDir: folder });
    const svg = await first.render(bars([1, 2]));
    expect(first.stats()).toEqual({ rendered: 1, cached: 0 });
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.svg$/)]);

    const rebuild = createChartRenderer({ cacheDir: folder });
    expect(await rebuild.render(bars([1, 2]))).toBe(svg);
    expect(rebuild.stats()).toEqual({ rendered: 0, cached: 1 });
  });

  it('does not keep a failed render, so the next call tries again', async () => {
    const renderer = createChartRenderer({ cacheDir: cacheDir() });
    const broken = { ...bars([1]), spec: { data: { url: 'data.csv' }, mark: 'bar' } as TopLevelSpec };
    await expect(renderer.render(broken)).rejects.toThrow('tries to load "data.csv"');
    await expect(renderer.render(broken)).rejects.toThrow('tries to load "data.csv"');
    expect(renderer.stats()).toEqual({ rendered: 0, cached: 0 });
  });
});
