import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { version as vegaVersion } from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import { startChartThread, type ChartThread } from './chart-thread.ts';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

/** Renders charts, each distinct chart once, and counts how often it had to. */
export interface ChartRenderer {
  render(chart: RenderableChart): Promise<string>;
  /**
   * Hands charts, in the order pages will ask for them, to a worker thread that renders them from
   * the last one back, while the pages render the ones they ask for before the worker reached
   * them: the two meet in the middle, and neither waits for the other. Does nothing unless the
   * renderer was created with a worker.
   */
  prefetch(charts: Iterable<RenderableChart>): void;
  /** Stops the worker, if any; charts asked for later are rendered by the caller. */
  close(): Promise<void>;
  /** Deletes the cached SVGs of charts nobody asked this renderer for: after a build, what it no longer shows. */
  prune(): Promise<void>;
  /** Charts rendered by Vega (`inWorker` of them by the worker), and charts served from the memory or disk cache instead. */
  stats(): { rendered: number; inWorker: number; cached: number };
}

// Part of every cache key, so output of an older renderer is never reused: bump on any change
// to how SVGs are made.
const rendererVersion = 1;
/** Charts sent to the worker at a time: enough that it never idles while we read the cache. */
const workerDepth = 2;

/**
 * Creates a chart renderer that caches SVGs in memory by a sha256 of the chart (its id, words and
 * spec, with the Vega versions), and in `cacheDir/<hash>.svg` when `cacheDir` is given, so a
 * rebuild without changes renders no chart again. Given the `worker` module's URL (`chartWorkerUrl`),
 * `prefetch` renders charts in a worker thread while the caller goes on.
 *
 * @example
 * const renderer = createChartRenderer({ cacheDir: 'node_modules/.astro/journeykit/charts' });
 * const svg = await renderer.render(chart);
 * renderer.stats(); // { rendered: 1, inWorker: 0, cached: 0 }
 */
export function createChartRenderer(options: { cacheDir?: string; worker?: URL } = {}): ChartRenderer {
  const { cacheDir } = options;
  const memory = new Map<string, Promise<string>>();
  const queued = new Map<string, RenderableChart>();
  const counts = { rendered: 0, inWorker: 0, cached: 0 };
  let thread: ChartThread | undefined;
  let sent = 0;
  let closed = false;

  const fileOf = (key: string) => (cacheDir === undefined ? undefined : join(cacheDir, `${key}.svg`));

  const produce = async (chart: RenderableChart, key: string, draw: ChartThread['render']): Promise<string> => {
    const file = fileOf(key);
    const stored = file === undefined ? undefined : await readFile(file, 'utf8').catch(() => undefined);
    if (stored !== undefined) {
      counts.cached += 1;
      return stored;
    }
    const svg = await draw(chart);
    counts.rendered += 1;
    if (draw !== renderChartSvg) counts.inWorker += 1;
    if (file !== undefined && cacheDir !== undefined) {
      await mkdir(cacheDir, { recursive: true });
      // Written aside, then renamed: an interrupted build never leaves half an SVG in the cache.
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
      await writeFile(partial, svg);
      await rename(partial, file);
    }
    return svg;
  };

  const remember = (key: string, svg: Promise<string>): Promise<string> => {
    memory.set(key, svg);
    // A failed render is forgotten, so whoever asks next tries again and hears why.
    svg.catch(() => memory.delete(key));
    return svg;
  };

  const feedWorker = () => {
    while (thread?.alive === true && sent < workerDepth && queued.size > 0) {
      const [key, chart] = queued.entries().next().value!;
      queued.delete(key);
      sent += 1;
      remember(key, produce(chart, key, thread.render))
        .catch(() => {})
        .finally(() => {
          sent -= 1;
          feedWorker();
        });
    }
  };

  return {
    render(chart) {
      const key = cacheKey(chart);
      const known = memory.get(key);
      if (known !== undefined) {
        counts.cached += 1;
        return known;
      }
      queued.delete(key);
      return remember(key, produce(chart, key, renderChartSvg));
    },
    prefetch(charts) {
      if (options.worker === undefined || closed) return;
      thread ??= startChartThread(options.worker);
      for (const chart of [...charts].reverse()) {
        const key = cacheKey(chart);
        if (!memory.has(key)) queued.set(key, chart);
      }
      feedWorker();
    },
    async prune() {
      if (cacheDir === undefined) return;
      const names = await readdir(cacheDir).catch(() => [] as string[]);
      const used = new Set([...memory.keys()].map((key) => `${key}.svg`));
      await Promise.all(names.filter((name) => name.endsWith('.svg') && !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })));
    },
    async close() {
      closed = true;
      queued.clear();
      await thread?.close();
    },
    stats: () => ({ ...counts }),
  };
}

function cacheKey(chart: RenderableChart): string {
  const { id, title, description, spec } = chart;
  const identity = { rendererVersion, vegaVersion, vegaLiteVersion, id, title, description, spec };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
