import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A file to write: its absolute path and its text. */
export interface OutputFile {
  path: string;
  text: string;
}

/**
 * Writes files so that none is ever seen half-written: each goes to a temporary file beside it,
 * and only once all are written are they moved into place. When writing fails, what was written
 * is removed and every file keeps what it held. With `exclusive`, an existing file is never
 * replaced: the files are linked into place, which fails when one exists, and then none is kept.
 */
export async function writeAtomically(files: readonly OutputFile[], options: { exclusive?: boolean } = {}): Promise<void> {
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const temporary: string[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      // `wx`: the temporary file is new, so a link left at its name is never followed.
      await writeFile(file.path + suffix, file.text, { flag: 'wx' });
      temporary.push(file.path + suffix);
    }
    for (const file of files) {
      if (options.exclusive) await link(file.path + suffix, file.path);
      else await rename(file.path + suffix, file.path);
      placed.push(file.path);
    }
  } catch (error) {
    // Only files this call created are removed; replaced files cannot be restored, and renames of files already written do not fail.
    if (options.exclusive) await Promise.all(placed.map((path) => rm(path, { force: true })));
    throw error;
  } finally {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
  }
}

/**
 * What went wrong writing, in a sentence for the command line, or undefined for an error that is
 * not about the file system (a bug, to be reported as such).
 */
export function writeProblem(error: unknown): string | undefined {
  const { code, path, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  return `cannot write ${path ?? 'the output'} (${code}): ${message.replace(/^\w+: /, '')}`;
}
