import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, Workspace } from '@journeykit/core';
import { fileStatusIn, loadWorkspace, readWorkspace, type LoadedWorkspace } from '@journeykit/core/node';
import { installedVersion } from '../installed-version.ts';
import { contentCache, contentKey } from './content-cache.ts';

/** Bumped on any change to what an entry holds. */
const entryFormat = 'checked-workspace 1';

/** Kept workspaces unused for this long are removed when one is kept. */
const kept = 30 * 24 * 60 * 60 * 1000;

/**
 * What is kept: the checked workspace, its problems (warnings only), the texts of the data files
 * they point at (for code frames), and each data file it read, with a sha256 of its bytes or why
 * it was not read.
 */
interface Entry {
  workspace: Workspace;
  diagnostics: Diagnostic[];
  dataTexts: [path: string, text: string][];
  dataFiles: [path: string, state: string][];
}

/**
 * The workspace in `dir`, loaded as `loadWorkspace` does, read back from `cacheDir` when every
 * definition and data file is as it was when a build kept it there. Invalid workspaces are never
 * kept, and workspaces with TypeScript definitions, whose imports may change unseen, never use it.
 *
 * @example
 * const loaded = await loadWorkspaceCached('journeys', 'node_modules/.cache/journeykit/workspace');
 */
export async function loadWorkspaceCached(dir: string, cacheDir: string): Promise<LoadedWorkspace> {
  const root = resolve(dir);
  const read = await readWorkspace(root);
  if (read.files.some((file) => file.path.endsWith('.ts'))) return loadWorkspace(root);
  const cache = contentCache(cacheDir, '.json');
  const key = contentKey(entryFormat, {
    core: installedVersion('@journeykit/core'),
    refused: read.diagnostics,
    files: read.files.map((file) => [file.path, createHash('sha256').update(file.text).digest('hex')]),
  });
  const texts = new Map(read.files.map((file) => [file.path, file.text]));
  const entry = parsedEntry(cache.read(key));
  if (entry !== undefined && (await statesNow(root, entry.dataFiles)).every(([path, state], index) => entry.dataFiles[index]![0] === path && entry.dataFiles[index]![1] === state)) {
    return { value: entry.workspace, diagnostics: entry.diagnostics, root, texts: new Map([...texts, ...entry.dataTexts]) };
  }
  const started = Date.now();
  const loaded = await loadWorkspace(root);
  if (loaded.value === undefined) return loaded;
  const paths = [...new Set(loaded.value.metrics.flatMap((metric) => (metric.source === undefined ? [] : [metric.source.file])))];
  // A data file changed while it was read may not be what the workspace holds: never kept then.
  if (paths.some((path) => modifiedSince(join(root, path), started))) return loaded;
  const dataFiles = await statesNow(root, paths.map((path) => [path, '']));
  const dataTexts = [...loaded.texts].filter(([path]) => !texts.has(path));
  cache.write(key, JSON.stringify({ workspace: loaded.value, diagnostics: loaded.diagnostics, dataTexts, dataFiles } satisfies Entry));
  cache.prune(kept);
  return loaded;
}

function parsedEntry(text: string | undefined): Entry | undefined {
  if (text === undefined) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    const pairs = (value: unknown) => Array.isArray(value) && value.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string');
    if (entry.workspace === null || typeof entry.workspace !== 'object' || !Array.isArray(entry.diagnostics) || !pairs(entry.dataTexts) || !pairs(entry.dataFiles)) return undefined;
    return entry as Entry;
  } catch {
    return undefined;
  }
}

/** Each data file's state now: a sha256 of its bytes, or its status when it is not a file inside the workspace. */
function statesNow(root: string, files: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  const status = fileStatusIn(root);
  return Promise.all(
    files.map(async ([path]): Promise<[string, string]> => {
      if (status(path) !== 'file') return [path, status(path)];
      // Streamed: an event log may be far larger than memory.
      const hash = createHash('sha256');
      try {
        for await (const chunk of createReadStream(join(root, path))) hash.update(chunk as Buffer);
      } catch {
        return [path, 'unreadable'];
      }
      return [path, hash.digest('hex')];
    }),
  );
}

function modifiedSince(file: string, time: number): boolean {
  try {
    return statSync(file).mtimeMs >= time;
  } catch {
    return false;
  }
}
