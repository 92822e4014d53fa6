import { linkSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathAside } from './path-aside.ts';

/**
 * What to put at `path`: a text, or a file or folder that `make` creates at the new path it is
 * given.
 *
 * @example
 * const entries: OutputEntry[] = [{ path: 'out/a.md', text: '# A\n' }, { path: 'cache/entry', make: (partial) => mkdirSync(partial) }];
 */
export type OutputEntry = { path: string; text: string } | { path: string; make: (partial: string) => void };

/**
 * Puts entries in place so that none is ever seen half-written: each is made beside its path
 * (see `pathAside`), and only once all are made are they renamed into place (see
 * `moveIntoPlace`). When making one fails, nothing was changed, and what was made is removed.
 * With `exclusive`, nothing that exists is replaced: the files are linked into place, which fails
 * when one exists, and then none of them is kept. Synchronous: the callers write a few files, or
 * a cache entry that must not wait behind a build's page writes.
 *
 * @example
 * writeAtomically([{ path: 'reports/signup.md', text: markdown }]);
 */
export function writeAtomically(entries: readonly OutputEntry[], options: { exclusive?: boolean } = {}): void {
  const partials: string[] = [];
  const placed: string[] = [];
  try {
    for (const entry of entries) {
      mkdirSync(dirname(entry.path), { recursive: true });
      partials.push(pathAside(entry.path));
      // `wx`: the partial file is new, so a link left at its name is never followed.
      if ('text' in entry) writeFileSync(partials.at(-1)!, entry.text, { flag: 'wx' });
      else entry.make(partials.at(-1)!);
    }
    entries.forEach((entry, index) => {
      if (options.exclusive) linkSync(partials[index]!, entry.path);
      else moveIntoPlace(partials[index]!, entry.path);
      placed.push(entry.path);
    });
  } catch (error) {
    // Only files this call created are removed; replaced files cannot be restored, and renames of files already written do not fail.
    if (options.exclusive) for (const path of placed) rmSync(path, { force: true });
    throw error;
  } finally {
    for (const partial of partials) rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * Renames `partial` to `path`. A folder cannot be renamed over: one at `path` is moved to `aside`
 * first, moved back when `partial` cannot be moved in, and removed once it is, so `path` never
 * ends up missing, nor hidden in `aside`.
 *
 * @example
 * moveIntoPlace('.public.4242.k3j9x2.partial', 'public', pathAside('.public'));
 */
export function moveIntoPlace(partial: string, path: string, aside = pathAside(path)): void {
  const previous = isFolder(path) ? aside : undefined;
  if (previous !== undefined) renameSync(path, previous);
  try {
    renameSync(partial, path);
  } catch (error) {
    if (previous !== undefined) renameSync(previous, path);
    throw error;
  }
  if (previous === undefined) return;
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch {
    // The new one is in place; an old one that cannot be removed now is left to `removeAbandonedAsides`.
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
