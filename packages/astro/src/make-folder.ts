import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes a folder and the folders above it that are missing, one by one: unlike a recursive
 * `mkdir`, which reports ENOENT on a read-only file system and EEXIST when a file is in the way,
 * each failure comes with its true cause (EROFS, ENOTDIR, ENOSPC, …) and the path it is about.
 *
 * @example
 * await makeFolder('/srv/reports/.public.123.ab.partial');
 */
export async function makeFolder(path: string): Promise<void> {
  const parent = dirname(path);
  if (parent !== path && !(await stat(parent).catch(() => undefined))) await makeFolder(parent);
  await mkdir(path);
}
