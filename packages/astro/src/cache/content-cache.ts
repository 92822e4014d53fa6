import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathAside } from '../path-aside.ts';

/** This package's version: what it wrote is never read by another. */
const packageVersion = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** A day: entries used within one are never touched again the same day. */
const day = 24 * 60 * 60 * 1000;

/**
 * The key of what `identity` makes in `format` (a name and a number, bumped on any change to how
 * the entry is made), with this package's version: a sha256 in hex.
 *
 * @example
 * contentKey('chart-svg 1', { id, title, spec }); // '3f2a…'
 */
export function contentKey(format: string, identity: unknown): string {
  return createHash('sha256').update(JSON.stringify({ package: packageVersion, format, identity })).digest('hex');
}

/** A folder of text entries, each named by the key of what made it (see `contentKey`). */
export interface ContentCache {
  /** Whether there is an entry of `key`. */
  has(key: string): boolean;
  /** The entry of `key`, or undefined when there is none. */
  read(key: string): string | undefined;
  /**
   * Keeps `text` under `key`: written beside, then renamed, so no reader sees half an entry. Best
   * effort: a cache that cannot be written only means the work is done again next time.
   */
  write(key: string, text: string): void;
  /** Removes what was not read or written for `maxAge` milliseconds, and what interrupted writes left. */
  prune(maxAge: number): void;
}

/**
 * The cache in `dir`, a folder created on the first write. Synchronous on purpose: entries are a
 * few kilobytes each, and asynchronous calls queue on the process's I/O threads behind the
 * build's page writes.
 *
 * @example
 * const cache = contentCache('node_modules/.cache/journeykit/charts', '.svg');
 * cache.read(key) ?? cache.write(key, await render());
 */
export function contentCache(dir: string, extension: string): ContentCache {
  const fileOf = (key: string) => join(dir, `${key}${extension}`);
  return {
    has: (key) => existsSync(fileOf(key)),
    read(key) {
      const file = fileOf(key);
      try {
        const text = readFileSync(file, 'utf8');
        // Marked as used, so pruning keeps it.
        const now = Date.now();
        if (statSync(file).mtimeMs < now - day) utimesSync(file, new Date(now), new Date(now));
        return text;
      } catch {
        return undefined;
      }
    },
    write(key, text) {
      const partial = pathAside(fileOf(key));
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(partial, text);
        renameSync(partial, fileOf(key));
      } catch {
        try {
          rmSync(partial, { force: true });
        } catch {
          // There is no folder to have written it in.
        }
      }
    },
    prune(maxAge) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      const oldest = Date.now() - maxAge;
      for (const name of names) {
        try {
          if (statSync(join(dir, name)).mtimeMs < oldest) rmSync(join(dir, name), { force: true });
        } catch {
          // Removed meanwhile by a build beside this one.
        }
      }
    },
  };
}
