import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { fileNotUtf8, fileOutsideWorkspace, fileSpecial, fileTooLarge } from '../diagnostics/rules.ts';
import { configFileNames, entityKinds } from '../schema/file-kinds.ts';
import { positionAt } from '../text/position.ts';
import { isInside } from './file-status.ts';

/**
 * Definition files larger than this are refused: they are data, not definitions.
 *
 * @example
 * maxFileSize; // 5242880 bytes: 5 MB
 */
export const maxFileSize = 5 * 1024 * 1024;

/**
 * A file of the workspace, read and decoded.
 *
 * @example
 * const { files }: { files: ReadFile[] } = await readWorkspace('/work/journeys');
 * files.map((file) => file.path); // ['journeykit.config.yaml', 'journeys/returns.yaml', …]
 */
export interface ReadFile {
  /** Path relative to the workspace root, with `/` separators. */
  path: string;
  absolute: string;
  text: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Reads the config and every file under the definition folders, refusing files that are too large,
 * not UTF-8, FIFOs, devices and sockets, or links that lead outside the workspace; a refused file
 * (or what a refused link leads to) is never opened. Files come back sorted by path, so every
 * run sees them in the same order.
 *
 * @example
 * const { files, diagnostics } = await readWorkspace('/work/journeys');
 */
export async function readWorkspace(root: string): Promise<{ files: ReadFile[]; diagnostics: Diagnostic[] }> {
  const realRoot = await realpath(root);
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];

  const visit = async (absolute: string): Promise<void> => {
    const path = toPosix(relative(root, absolute));
    const stats = await lstat(absolute);
    let target = absolute;
    if (stats.isSymbolicLink()) {
      const resolved = await realpath(absolute).catch(() => undefined);
      if (resolved === undefined) return; // A dangling link defines nothing.
      if (!isInside(realRoot, resolved)) {
        diagnostics.push(report(fileOutsideWorkspace, { target: resolved }, { file: path, line: 1, column: 1 }));
        return;
      }
      target = resolved;
    }
    const info = target === absolute ? stats : await lstat(target);
    if (info.isDirectory()) {
      const entries = await readdir(absolute);
      await Promise.all(entries.filter((name) => !name.startsWith('.') && name !== 'node_modules').map((name) => visit(join(absolute, name))));
    } else if (info.isFile()) {
      paths.push(absolute);
    } else {
      // Opening a FIFO waits for a writer, and a device may never end: reported, never read.
      diagnostics.push(report(fileSpecial, { kind: specialKind(info) }, { file: path, line: 1, column: 1 }));
    }
  };

  const folders = Object.values(entityKinds).map(({ folder }) => join(root, folder));
  const configs = configFileNames.map((name) => join(root, name));
  await Promise.all([...folders, ...configs].map((absolute) => visit(absolute).catch(ignoreMissing)));

  const files = await Promise.all(paths.sort().map((absolute) => readOne(root, absolute, diagnostics)));
  return { files: files.filter((file) => file !== undefined), diagnostics };
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

/** What a file that is neither a folder nor a regular file is, in words. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'special file';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readOne(root: string, absolute: string, diagnostics: Diagnostic[]): Promise<ReadFile | undefined> {
  const path = toPosix(relative(root, absolute));
  // The size of what a link inside the workspace leads to, not of the link.
  const stats = await stat(absolute);
  if (stats.size > maxFileSize) {
    diagnostics.push(report(fileTooLarge, { size: stats.size, limit: maxFileSize }, { file: path, line: 1, column: 1 }));
    return undefined;
  }
  const bytes = await readFile(absolute);
  try {
    return { path, absolute, text: decoder.decode(bytes) };
  } catch {
    // The lossy decoding marks the first bad byte with U+FFFD, which gives its line and column.
    const lossy = bytes.toString('utf8');
    diagnostics.push(report(fileNotUtf8, undefined, { file: path, ...positionAt(lossy, Math.max(0, lossy.indexOf('\uFFFD'))) }));
    return undefined;
  }
}
