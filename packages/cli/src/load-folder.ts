import { relative, resolve } from 'node:path';
import type { LoadedWorkspace } from '@journeykit/core/node';
import { loadWorkspace } from '@journeykit/core/node';
import { UsageError, type Io } from './io.ts';

/** A workspace folder given on the command line, loaded, with the path to show for it. */
export interface LoadedFolder {
  /** The folder's absolute path. */
  dir: string;
  loaded: LoadedWorkspace;
  /** The folder relative to where the command runs, with `/` separators; `.` for the current one. */
  shown: string;
}

/** Loads the workspace in a folder named on the command line; a folder that does not exist is a usage error. */
export async function loadFolder(folder: string, io: Io): Promise<LoadedFolder> {
  const dir = resolve(io.cwd, folder);
  const loaded = await loadWorkspace(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UsageError(`No folder at "${folder}".`);
    throw error;
  });
  return { dir, loaded, shown: relative(io.cwd, dir).split('\\').join('/') || '.' };
}
