import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartAnswer, ChartBatch, ChartWorkerData } from './chart-worker.ts';
import { createChartRenderer, startChartWorker, stopStartedWorkers } from './chart-renderer.ts';
import { chartWorkerUrl } from './worker-url.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { sharedLoadingState } from './renderer-loading.ts';

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
    expect(renderer.stats()).toEqual({ rendered: 1, inWorker: 0, cached: 1 });
  });

  it('renders a chart asked for twice at once only once', async () => {
    const renderer = createChartRenderer();
    const [first, second] = await Promise.all([renderer.render(bars([3])), renderer.render(bars([3]))]);
    expect(second).toBe(first);
    expect(renderer.stats()).toEqual({ rendered: 1, inWorker: 0, cached: 1 });
  });

  it('renders a changed chart again', async () => {
    const renderer = createChartRenderer();
    await renderer.render(bars([1, 2]));
    await renderer.render(bars([1, 3]));
    expect(renderer.stats()).toEqual({ rendered: 2, inWorker: 0, cached: 0 });
  });

  it('gives byte-identical output in fresh renderers', async () => {
    expect(await createChartRenderer().render(bars([5, 8]))).toBe(await createChartRenderer().render(bars([5, 8])));
  });

  it('keeps rendered charts on disk, so a new renderer with the same folder renders nothing', async () => {
    const folder = cacheDir();
    const first = createChartRenderer({ cacheDir: folder });
    const svg = await first.render(bars([1, 2]));
    expect(first.stats()).toEqual({ rendered: 1, inWorker: 0, cached: 0 });
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.svg$/)]);

    const rebuild = createChartRenderer({ cacheDir: folder });
    expect(await rebuild.render(bars([1, 2]))).toBe(svg);
    expect(rebuild.stats()).toEqual({ rendered: 0, inWorker: 0, cached: 1 });
  });

  it('prunes the cached charts it was not asked for', async () => {
    const folder = cacheDir();
    await createChartRenderer({ cacheDir: folder }).render(bars([1]));
    const next = createChartRenderer({ cacheDir: folder });
    const kept = await next.render(bars([2]));
    await next.prune();
    expect(readdirSync(folder)).toHaveLength(1);
    expect(await createChartRenderer({ cacheDir: folder }).render(bars([2]))).toBe(kept);
  });

  it('does not keep a failed render, so the next call tries again', async () => {
    const renderer = createChartRenderer({ cacheDir: cacheDir() });
    const broken = { ...bars([1]), spec: { data: { url: 'data.csv' }, mark: 'bar' } as TopLevelSpec };
    await expect(renderer.render(broken)).rejects.toThrow('tries to load "data.csv"');
    await expect(renderer.render(broken)).rejects.toThrow('tries to load "data.csv"');
    expect(renderer.stats()).toEqual({ rendered: 0, inWorker: 0, cached: 0 });
  });

  describe('with a worker', () => {
    const renderers: ReturnType<typeof createChartRenderer>[] = [];
    const withWorker = (folder?: string) => {
      const renderer = createChartRenderer({ worker: chartWorkerUrl, ...(folder === undefined ? {} : { cacheDir: folder }) });
      renderers.push(renderer);
      return renderer;
    };
    afterEach(async () => {
      await Promise.all(renderers.splice(0).map((renderer) => renderer.close()));
    });
    const settled = async (renderer: ReturnType<typeof createChartRenderer>, rendered: number) => {
      while (renderer.stats().rendered < rendered) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    it('renders prefetched charts in the worker, the same bytes as on the main thread', async () => {
      const renderer = withWorker();
      renderer.prefetch([bars([1, 2]), bars([3, 4])]);
      await settled(renderer, 2);
      expect(await renderer.render(bars([1, 2]))).toBe(await createChartRenderer().render(bars([1, 2])));
      expect(renderer.stats()).toEqual({ rendered: 2, inWorker: 2, cached: 1 });
    });

    it('works from the last chart back, so the caller renders the first ones itself, each once', async () => {
      const renderer = withWorker();
      const many = Array.from({ length: 8 }, (_, i) => bars([i, i + 1]));
      renderer.prefetch(many);
      const first = await renderer.render(many[0]!);
      await settled(renderer, 8);
      expect(first).toBe(await renderer.render(many[0]!));
      const { rendered, inWorker } = renderer.stats();
      expect(rendered).toBe(8);
      expect(inWorker).toBeLessThan(8);
    });

    it('reads the disk cache before sending anything to the worker', async () => {
      const folder = cacheDir();
      await createChartRenderer({ cacheDir: folder }).render(bars([9]));
      const renderer = withWorker(folder);
      renderer.prefetch([bars([9])]);
      await renderer.render(bars([9]));
      expect(renderer.stats()).toMatchObject({ rendered: 0, inWorker: 0 });
    });

    it('reports a chart the worker could not render to the page that asks for it', async () => {
      const renderer = withWorker();
      const broken = { ...bars([1]), spec: { data: { url: 'data.csv' }, mark: 'bar' } as TopLevelSpec };
      renderer.prefetch([broken]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expect(renderer.render(broken)).rejects.toThrow('tries to load "data.csv"');
    });

    it('goes on without the worker once it is closed', async () => {
      const renderer = withWorker();
      await renderer.close();
      renderer.prefetch([bars([5])]);
      expect(await renderer.render(bars([5]))).toContain('<svg');
      expect(renderer.stats()).toEqual({ rendered: 1, inWorker: 0, cached: 0 });
    });
  });

  describe('with a worker started ahead', () => {
    const echoWorker = new URL('../../test/echo-worker.ts', import.meta.url);
    const renderers: ReturnType<typeof createChartRenderer>[] = [];
    afterEach(async () => {
      await Promise.all([...renderers.splice(0).map((renderer) => renderer.close()), stopStartedWorkers()]);
    });
    /** What started the worker that rendered a prefetched chart for a new renderer of `folder`. */
    const workerDataFor = async (folder: string) => {
      const renderer = createChartRenderer({ cacheDir: folder, worker: echoWorker });
      renderers.push(renderer);
      renderer.prefetch([bars([1])]);
      while (renderer.stats().inWorker < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      return JSON.parse(await renderer.render(bars([1]))) as unknown;
    };

    it('is taken by the next renderer of its folder, and loads Vega when the folder holds no chart yet', async () => {
      const folder = cacheDir();
      startChartWorker(echoWorker, folder);
      expect(await workerDataFor(folder)).toEqual({ loadVega: true });
      // Taken once: the renderer after it starts a worker of its own.
      expect(await workerDataFor(folder)).toEqual({ loadVega: false });
    });

    it('leaves Vega unloaded when the folder holds charts, which a rebuild reads from the cache', async () => {
      const folder = cacheDir();
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'kept.svg'), '<svg/>');
      startChartWorker(echoWorker, folder);
      expect(await workerDataFor(folder)).toEqual({ loadVega: false });
    });

    it('is stopped, not taken, once the build is over', async () => {
      const folder = cacheDir();
      startChartWorker(echoWorker, folder);
      await stopStartedWorkers();
      expect(await workerDataFor(folder)).toEqual({ loadVega: false });
    });
  });

  describe('deferring charts', () => {
    /** A built site of pages by route, each page holding what `show` gave its charts. */
    const site = async (renderer: ReturnType<typeof createChartRenderer>, pages: Record<string, RenderableChart[]>) => {
      const folder = cacheDir();
      mkdirSync(folder, { recursive: true });
      const files = new Map<string, string[]>();
      for (const [route, charts] of Object.entries(pages)) {
        const file = join(folder, `${route.replace(/\W/g, '_')}.html`);
        const shown = await Promise.all(charts.map((chart) => renderer.show(chart, route)));
        writeFileSync(file, `<main>${shown.map((svg) => `<figure>${svg}</figure>`).join('')}</main>`);
        files.set(route, [file]);
      }
      return { filesOf: (route: string) => files.get(route) ?? [], read: (route: string) => readFileSync(files.get(route)![0]!, 'utf8') };
    };

    it('shows a placeholder, then fills in the same SVG the chart renders to', async () => {
      const renderer = createChartRenderer({ defer: true });
      const pages = await site(renderer, { '/a': [bars([1, 2]), bars([3])], '/b': [bars([1, 2])] });
      expect(pages.read('/a')).toMatch(/^<main><figure><!--journeykit-chart [0-9a-f]{16} [0-9a-f]{64}--><\/figure>/);
      expect(renderer.stats().rendered).toBe(0);

      expect(await renderer.fill(pages.filesOf)).toBe(2);
      const alone = createChartRenderer();
      expect(pages.read('/a')).toBe(`<main><figure>${await alone.render(bars([1, 2]))}</figure><figure>${await alone.render(bars([3]))}</figure></main>`);
      expect(pages.read('/b')).toBe(`<main><figure>${await alone.render(bars([1, 2]))}</figure></main>`);
      expect(renderer.stats()).toMatchObject({ rendered: 2 });
    });

    it('shows the SVG itself when not deferring, as in dev', async () => {
      expect(await createChartRenderer().show(bars([4]), '/a')).toBe(await createChartRenderer().render(bars([4])));
    });

    it('leaves pages without placeholders untouched', async () => {
      const renderer = createChartRenderer({ defer: true });
      const pages = await site(renderer, { '/a': [bars([1])] });
      const plain = join(cacheDir(), 'plain.html');
      mkdirSync(join(plain, '..'), { recursive: true });
      writeFileSync(plain, '<p>No chart: <!--journeykit-chart 0123456789abcdef 00--></p>');
      const before = statSync(plain).mtimeMs;
      await renderer.fill((route) => [...pages.filesOf(route), plain]);
      expect(readFileSync(plain, 'utf8')).toBe('<p>No chart: <!--journeykit-chart 0123456789abcdef 00--></p>');
      expect(statSync(plain).mtimeMs).toBe(before);
    });

    it('names a chart whose placeholder is gone from its page', async () => {
      const renderer = createChartRenderer({ defer: true });
      const pages = await site(renderer, { '/a': [bars([1]), { ...bars([2]), id: 'lost' }] });
      const file = pages.filesOf('/a')[0]!;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/<figure><!--[^>]*--><\/figure><\/main>$/, '</main>'));
      await expect(renderer.fill(pages.filesOf)).rejects.toThrow('Chart "lost" could not be placed');
    });

    it('rejects with the reason when a chart cannot be rendered', async () => {
      const renderer = createChartRenderer({ defer: true });
      const broken = { ...bars([1]), spec: { data: { url: 'data.csv' }, mark: 'bar' } as TopLevelSpec };
      const pages = await site(renderer, { '/a': [broken] });
      await expect(renderer.fill(pages.filesOf)).rejects.toThrow('tries to load "data.csv"');
    });

    it('shares the work with the worker, each chart rendered once', async () => {
      const renderer = createChartRenderer({ defer: true, worker: chartWorkerUrl });
      const many = Array.from({ length: 12 }, (_, i) => bars([i, i + 2]));
      renderer.prefetch(many);
      const pages = await site(renderer, { '/a': many.slice(0, 6), '/b': many.slice(6) });
      await renderer.fill(pages.filesOf);
      await renderer.close();
      expect(renderer.stats().rendered).toBe(12);
      expect(pages.read('/b')).toContain(await createChartRenderer().render(many[11]!));
    });
  });
});

describe('the chart worker', () => {
  it('writes the Vega code it compiles into the compile cache it is given, for the next build', async () => {
    const compileCache = join(cacheDir(), 'compiled');
    const worker = new Worker(chartWorkerUrl, { workerData: { loadVega: true, loading: sharedLoadingState(), compileCache } satisfies ChartWorkerData });
    const answers: ChartAnswer[] = [];
    worker.on('message', (answer: ChartAnswer) => answers.push(answer));
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ charts: [bars([1, 2])], files: [undefined], claims: new Int32Array(new SharedArrayBuffer(4)) } satisfies ChartBatch);
    // With its batch done, nothing keeps the worker alive.
    await exited;
    expect(answers).toEqual([expect.objectContaining({ index: 0, cached: false, svg: expect.stringMatching(/^<svg/) })]);
    const kept = readdirSync(compileCache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(kept.length).toBeGreaterThan(10);
  });
});
