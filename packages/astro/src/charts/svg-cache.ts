import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A cached SVG, or undefined when there is none yet. */
export function readCachedSvg(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** Keeps an SVG in the cache: written aside, then renamed, so an interrupted build never leaves half an SVG. */
export async function writeCachedSvg(file: string, svg: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, svg);
  await rename(partial, file);
}
