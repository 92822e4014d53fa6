import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { version as vegaVersion } from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

/** Renders charts, each distinct chart once, and counts how often it had to. */
export interface ChartRenderer {
  render(chart: RenderableChart): Promise<string>;
  /** Charts rendered by Vega, and charts served from the memory or disk cache instead. */
  stats(): { rendered: number; cached: number };
}

// Part of every cache key, so output of an older renderer is never reused: bump on any change
// to how SVGs are made.
const rendererVersion = 1;

/**
 * Creates a chart renderer that caches SVGs in memory by a sha256 of the chart (its id, words and
 * spec, with the Vega versions), and in `cacheDir/<hash>.svg` when `cacheDir` is given, so a
 * rebuild without changes renders no chart again.
 *
 * @example
 * const renderer = createChartRenderer({ cacheDir: 'node_modules/.astro/journeykit/charts' });
 * const svg = await renderer.render(chart);
 * renderer.stats(); // { rendered: 1, cached: 0 }
 */
export function createChartRenderer(options: { cacheDir?: string } = {}): ChartRenderer {
  const { cacheDir } = options;
  const memory = new Map<string, Promise<string>>();
  const counts = { rendered: 0, cached: 0 };

  const renderOnce = async (chart: RenderableChart, key: string): Promise<string> => {
    const file = cacheDir === undefined ? undefined : join(cacheDir, `${key}.svg`);
    const stored = file === undefined ? undefined : await readFile(file, 'utf8').catch(() => undefined);
    if (stored !== undefined) {
      counts.cached += 1;
      return stored;
    }
    const svg = await renderChartSvg(chart);
    counts.rendered += 1;
    if (file !== undefined && cacheDir !== undefined) {
      await mkdir(cacheDir, { recursive: true });
      // Written aside, then renamed: an interrupted build never leaves half an SVG in the cache.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, svg);
      await rename(partial, file);
    }
    return svg;
  };

  return {
    render(chart) {
      const key = cacheKey(chart);
      const known = memory.get(key);
      if (known !== undefined) {
        counts.cached += 1;
        return known;
      }
      const svg = renderOnce(chart, key);
      memory.set(key, svg);
      svg.catch(() => memory.delete(key));
      return svg;
    },
    stats: () => ({ ...counts }),
  };
}

function cacheKey(chart: RenderableChart): string {
  const { id, title, description, spec } = chart;
  const identity = { rendererVersion, vegaVersion, vegaLiteVersion, id, title, description, spec };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
