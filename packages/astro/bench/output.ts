// What a build wrote: pages (index.html files), HTML bytes, all bytes, and a digest of the HTML.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface OutputStats {
  /** index.html files: one per page. */
  pages: number;
  /** All .html files (pages, plus 404.html). */
  htmlFiles: number;
  htmlBytes: number;
  files: number;
  totalBytes: number;
  /** The biggest HTML file, relative to the output folder, and its bytes. */
  largest: { path: string; bytes: number };
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export function outputStats(dir: string): OutputStats {
  const stats: OutputStats = { pages: 0, htmlFiles: 0, htmlBytes: 0, files: 0, totalBytes: 0, largest: { path: '', bytes: 0 } };
  for (const path of files(dir)) {
    const { size } = statSync(path);
    stats.files += 1;
    stats.totalBytes += size;
    if (path.endsWith('.html')) {
      stats.htmlFiles += 1;
      stats.htmlBytes += size;
      if (path.endsWith('/index.html')) stats.pages += 1;
      if (size > stats.largest.bytes) stats.largest = { path: relative(dir, path), bytes: size };
    }
  }
  return stats;
}

/** sha256 of every HTML file, by path relative to `dir`. */
export function htmlDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const path of files(dir)) {
    if (path.endsWith('.html')) digests.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return digests;
}

/** The paths whose HTML differs between two sets of digests, or is in only one. */
export function changedPages(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
