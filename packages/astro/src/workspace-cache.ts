import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceCache } from '@journeykit/core/node';
import { asideOfRunningProcess, pathAside } from './path-aside.ts';

/**
 * Keeps checked workspaces in `dir`, one entry at a time (one file named by its key), so a build of
 * a workspace whose files are as they were skips parsing and checking them (see `loadWorkspace`).
 * Each entry is written aside and renamed, so no build reads half of one.
 *
 * @example
 * await loadWorkspace('journeys', { cache: workspaceCacheIn('node_modules/.astro/journeykit/workspace') });
 */
export function workspaceCacheIn(dir: string): WorkspaceCache {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    get: (key) => readFile(fileOf(key), 'utf8').catch(() => undefined),
    async set(key, entry) {
      await mkdir(dir, { recursive: true });
      const partial = pathAside(fileOf(key));
      await writeFile(partial, entry);
      await rename(partial, fileOf(key));
      // The entries of older workspaces, and partial ones of builds that died; not those another build is writing.
      const others = (await readdir(dir)).filter((name) => name !== `${key}.json` && !asideOfRunningProcess(name));
      await Promise.all(others.map((name) => rm(join(dir, name), { force: true })));
    },
  };
}
