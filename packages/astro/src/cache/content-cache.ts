import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeAtomically, type OutputEntry } from '@journeykit/core/node';

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

/** A folder of entries, texts or folders, each named by the key of what made it (see `contentKey`). */
export interface ContentCache {
  /** Whether there is an entry of `key`. */
  has(key: string): boolean;
  /** Whether there is any entry at all: whether something was kept here before. */
  holdsEntries(): boolean;
  /** The entry of `key`, or undefined when there is none. */
  read(key: string): string | undefined;
  /**
   * Keeps `text` under `key`: written beside, then renamed, so no reader sees half an entry. Best
   * effort: a cache that cannot be written only means the work is done again next time.
   */
  write(key: string, text: string): void;
  /**
   * Copies the folder kept under `key` to `target`, a folder that must not exist yet, and says
   * whether there was one; when it cannot be copied whole, what was copied is removed again.
   */
  copyOut(key: string, target: string): boolean;
  /** Keeps a copy of the folder `source` under `key`, as `write` keeps a text. */
  keepCopy(key: string, source: string): void;
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
  /** Marks an entry as used, so pruning keeps it. */
  const touch = (path: string) => {
    const now = Date.now();
    if (statSync(path).mtimeMs < now - day) utimesSync(path, new Date(now), new Date(now));
  };
  /** Puts an entry in place (see `writeAtomically`); best effort. */
  const place = (entry: OutputEntry) => {
    try {
      writeAtomically([entry]);
    } catch {
      // Not kept: the work is done again next time.
    }
  };
  return {
    has: (key) => existsSync(fileOf(key)),
    holdsEntries() {
      try {
        return readdirSync(dir).some((name) => name.endsWith(extension) && !name.endsWith('.partial'));
      } catch {
        return false;
      }
    },
    read(key) {
      try {
        const text = readFileSync(fileOf(key), 'utf8');
        touch(fileOf(key));
        return text;
      } catch {
        return undefined;
      }
    },
    write: (key, text) => place({ path: fileOf(key), text }),
    copyOut(key, target) {
      if (!existsSync(fileOf(key)) || existsSync(target)) return false;
      try {
        copyFolder(fileOf(key), target);
        touch(fileOf(key));
        return true;
      } catch {
        rmSync(target, { recursive: true, force: true });
        return false;
      }
    },
    keepCopy: (key, source) => place({ path: fileOf(key), make: (partial) => copyFolder(source, partial) }),
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
          if (statSync(join(dir, name)).mtimeMs < oldest) rmSync(join(dir, name), { recursive: true, force: true });
        } catch {
          // Removed meanwhile by a build beside this one.
        }
      }
    },
  };
}

/**
 * Copies a folder into `target`, which must not exist yet. Synchronous, as a folder entry is many
 * small files and the asynchronous `cp` took five times as long; not `cpSync`, whose native copy
 * aborts the process when a folder changes meanwhile (nodejs/node#63970), as an entry may when a
 * build beside this one prunes it: here that throws, as any file system error.
 */
function copyFolder(source: string, target: string): void {
  mkdirSync(target);
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.isDirectory()) copyFolder(join(source, entry.name), join(target, entry.name));
    else copyFileSync(join(source, entry.name), join(target, entry.name));
  }
}
