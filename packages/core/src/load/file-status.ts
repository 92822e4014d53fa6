import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { FileStatus } from '../validate/references.ts';

/**
 * Whether `path` is `root` itself or lies below it; both must be absolute and resolved.
 *
 * @example
 * isInside('/work/journeys', '/work/journeys/data/nps.csv'); // true
 * isInside('/work/journeys', '/etc/passwd'); // false
 */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Tells whether a path named in a definition is a file inside the workspace, following links,
 * so that `data/../../secret.csv` or a link to `/etc` is refused.
 *
 * @example
 * const status = fileStatusIn('/work/journeys');
 * status('data/nps.csv'); // 'file'
 * status('../secret.csv'); // 'outside'
 */
export function fileStatusIn(root: string): (path: string) => FileStatus {
  const realRoot = realpathSync(root);
  return (path) => {
    const absolute = resolve(realRoot, path);
    if (!isInside(realRoot, absolute)) return 'outside';
    if (!existsSync(absolute)) return 'missing';
    if (!isInside(realRoot, realpathSync(absolute))) return 'outside';
    return statSync(absolute).isFile() ? 'file' : 'missing';
  };
}
