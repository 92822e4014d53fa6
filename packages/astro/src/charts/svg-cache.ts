import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

/** A cached SVG, or undefined when there is none yet. */
function readCachedSvg(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** Keeps an SVG in the cache: written aside, then renamed, so an interrupted build never leaves half an SVG. */
async function writeCachedSvg(file: string, svg: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, svg);
  await rename(partial, file);
}

/**
 * The SVG of a chart from its cache file when there is one, else rendered and kept there; says
 * which. The one way both the main thread and the chart worker make a chart.
 */
export async function cachedChartSvg(chart: RenderableChart, file: string | undefined): Promise<{ svg: string; cached: boolean }> {
  const stored = file === undefined ? undefined : await readCachedSvg(file);
  if (stored !== undefined) return { svg: stored, cached: true };
  const svg = await renderChartSvg(chart);
  if (file !== undefined) await writeCachedSvg(file, svg);
  return { svg, cached: false };
}
