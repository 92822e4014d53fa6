import type { Chart } from '@journeykit/core';
import { createChartRenderer, stopStartedWorkers, type ChartRenderer } from '../charts/chart-renderer.ts';
import type { SiteData } from '../site-data.ts';

// One renderer per cache folder for the whole build, each chart rendered once whatever the pages.
// Kept on globalThis because pages run a bundled copy of this module while the integration, which
// starts the build's renderer with its worker, runs the package's own.
const registry = Symbol.for('@journeykit/astro/chart-renderers');
const renderers: Map<string, ChartRenderer> = ((globalThis as Record<symbol, unknown>)[registry] as Map<string, ChartRenderer> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[registry] = new Map<string, ChartRenderer>());

/** The renderer of a cache folder, created without a worker when none is there yet (as in dev). */
export function chartRendererOf(cacheDir: string): ChartRenderer {
  let renderer = renderers.get(cacheDir);
  if (renderer === undefined) {
    renderer = createChartRenderer({ cacheDir });
    renderers.set(cacheDir, renderer);
  }
  return renderer;
}

/** Makes `renderer` the one pages of `cacheDir` use, until `releaseChartRenderer`; closes the one before. */
export function adoptChartRenderer(cacheDir: string, renderer: ChartRenderer): void {
  void renderers.get(cacheDir)?.close();
  renderers.set(cacheDir, renderer);
}

/**
 * The placeholder tokens of every renderer still in use: the pages of the workspaces whose charts
 * are not filled in yet hold them (see `ChartRenderer.placeholderToken`).
 */
export function placeholderTokens(): string[] {
  return [...renderers.values()].map((renderer) => renderer.placeholderToken);
}

/** Closes every renderer and forgets it, and stops any worker started for one: after a build, whether it succeeded or not. */
export async function releaseChartRenderers(): Promise<void> {
  await Promise.all([...[...renderers.keys()].map((cacheDir) => releaseChartRenderer(cacheDir)), stopStartedWorkers()]);
}

/**
 * Closes the renderer of a cache folder and forgets it, so nothing outlives the build. After a
 * successful build, `prune` also deletes the cached charts it did not show, so the cache never
 * grows past one site's charts.
 */
export async function releaseChartRenderer(cacheDir: string, options: { prune?: boolean } = {}): Promise<void> {
  const renderer = renderers.get(cacheDir);
  renderers.delete(cacheDir);
  await renderer?.close();
  if (options.prune === true) await renderer?.prune();
}

/** The chart as drawn: the page shows the title in the figure's caption, so it is not repeated inside. */
export function drawnChart(chart: Chart): Chart {
  const { title: _drawn, ...spec } = chart.spec as typeof chart.spec & { title?: unknown };
  return { ...chart, spec: spec as typeof chart.spec };
}

/**
 * What a page of `route` shows for a chart: its SVG, from the cache when the same chart was
 * rendered before, or in a build, a placeholder filled in once every page is written.
 */
export function showChart(site: Pick<SiteData, 'chartCache'>, chart: Chart, route: string): Promise<string> {
  return chartRendererOf(site.chartCache).show(drawnChart(chart), route);
}
