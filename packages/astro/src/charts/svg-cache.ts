import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathAside } from '../path-aside.ts';
import type { RenderableChart } from './render-chart-svg.ts';
import { loadRenderer } from './renderer-loading.ts';

// Synchronous on purpose: a few kilobytes each, and in the chart worker the asynchronous calls
// queued on the process's shared I/O threads behind the page writes of the build, slowing both.

/** A cached SVG, or undefined when there is none yet. */
function readCachedSvg(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Keeps an SVG in the cache: written aside, then renamed, so an interrupted build never leaves half an SVG. */
function writeCachedSvg(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = pathAside(file);
  writeFileSync(partial, svg);
  renameSync(partial, file);
}

/**
 * The SVG of a chart from its cache file when there is one, else rendered and kept there; says
 * which. The one way both the main thread and the chart worker make a chart.
 */
export async function cachedChartSvg(chart: RenderableChart, file: string | undefined): Promise<{ svg: string; cached: boolean }> {
  const stored = file === undefined ? undefined : readCachedSvg(file);
  if (stored !== undefined) return { svg: stored, cached: true };
  // Vega is loaded on the first chart not in the cache: a rebuild's worker never needs it.
  const { renderChartSvg } = await loadRenderer();
  const svg = await renderChartSvg(chart);
  if (file !== undefined) writeCachedSvg(file, svg);
  return { svg, cached: false };
}
