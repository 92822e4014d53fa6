import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { isInside } from '@journeykit/core/node';

/** What a file system error code means, in words. */
const causes: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is where a file was to go',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/**
 * A site that could not be written: the folder, and the cause in words. The folder keeps its
 * previous content.
 *
 * @example
 * try {
 *   await buildSite({ workspace: 'journeys', out: 'public' });
 * } catch (error) {
 *   if (error instanceof SiteWriteError) console.error(error.message);
 * }
 */
export class SiteWriteError extends Error {
  /** The output folder. */
  readonly folder: string;
  /** The file system's error code, like `ENOSPC`. */
  readonly code: string;

  constructor(folder: string, code: string, detail: string) {
    const kept = existsSync(folder) ? ' The folder keeps the site it held.' : ' Nothing was left there.';
    super(`Cannot write the site to ${folder}: ${causes[code] ?? detail} (${code}).${kept}`, { cause: detail });
    this.name = 'SiteWriteError';
    this.folder = folder;
    this.code = code;
  }
}

/**
 * The error as a `SiteWriteError` when it is the file system's refusal to write into `out` or
 * beside it (where the site is built before it is swapped in), else undefined: other errors are
 * not about the output, and are left as they are.
 */
export function siteWriteError(error: unknown, out: string): SiteWriteError | undefined {
  const { code, path, dest, message } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const written = dest ?? path;
  if (written === undefined || !isInside(dirname(out), written)) return undefined;
  return new SiteWriteError(out, code, message.replace(/^\w+: /, ''));
}
