import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Workspace } from '../model/workspace.ts';
import { fileStatusIn } from './file-status.ts';
import type { ReadFile } from './read-workspace.ts';

/**
 * Where `loadWorkspace` keeps the workspaces it has checked, as text under a key, so a folder
 * whose files are all as they were is not parsed and checked again. Any storage will do; an
 * entry that cannot be read back is only a miss.
 *
 * @example
 * const entries = new Map<string, string>();
 * const cache: WorkspaceCache = { get: async (key) => entries.get(key), set: async (key, entry) => void entries.set(key, entry) };
 * await loadWorkspace('journeys', { cache }); // checks, and keeps the result
 * await loadWorkspace('journeys', { cache }); // reads it back
 */
export interface WorkspaceCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, entry: string): Promise<void>;
}

/** What is kept: the checked workspace, its problems (warnings only), and what each data file was. */
interface Entry {
  workspace: Workspace;
  diagnostics: Diagnostic[];
  /** Each data file read, with its state then: a sha256 of its bytes, or why it was not read. */
  dataFiles: [path: string, state: string][];
}

// Part of every key: bump on any change to what an entry holds.
const entryVersion = 1;

/**
 * The key of a workspace made of `files`: it changes with any file's path or text, with what was
 * refused while reading (`refused`), with whether data files are read, and with the code that
 * checks them (this package's files). Data files are not in it: `keptWorkspace` checks them.
 * Undefined when the code cannot be told apart from other code: nothing is cached then.
 */
export function workspaceKey(files: readonly ReadFile[], refused: readonly Diagnostic[], readData: boolean): string | undefined {
  const code = codeFingerprint();
  if (code === null) return undefined;
  const hash = createHash('sha256').update(`journeykit workspace ${entryVersion} ${code} ${readData}\n${JSON.stringify(refused)}\n`);
  for (const file of files) hash.update(`${file.path}\0${file.text.length}\0`).update(file.text);
  return hash.digest('hex');
}

/**
 * The data files a checked workspace reads (its metrics' sources), each with its state now: to be
 * taken before they are read, so one that changes meanwhile makes the entry a miss, never stale.
 */
export async function dataFileStates(workspace: Workspace, root: string): Promise<[path: string, state: string][]> {
  const paths = [...new Set(workspace.metrics.flatMap((metric) => (metric.source === undefined ? [] : [metric.source.file])))];
  return Promise.all(paths.map(async (path) => [path, await dataFileState(root, path)] as [string, string]));
}

/** The entry to keep for a checked workspace, its problems and the states of its data files. */
export function workspaceEntry(workspace: Workspace, diagnostics: readonly Diagnostic[], dataFiles: [string, string][]): string {
  return JSON.stringify({ workspace, diagnostics: [...diagnostics], dataFiles } satisfies Entry);
}

/**
 * The workspace and problems kept in `text`, when every data file it read is still as it was;
 * undefined when one changed or the text is not an entry.
 */
export async function keptWorkspace(text: string, root: string): Promise<{ workspace: Workspace; diagnostics: Diagnostic[] } | undefined> {
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return undefined;
  }
  if (!isEntry(entry)) return undefined;
  for (const [path, state] of entry.dataFiles) if ((await dataFileState(root, path)) !== state) return undefined;
  return { workspace: entry.workspace, diagnostics: entry.diagnostics };
}

function isEntry(value: unknown): value is Entry {
  if (value === null || typeof value !== 'object') return false;
  const { workspace, diagnostics, dataFiles } = value as Partial<Entry>;
  return workspace !== null && typeof workspace === 'object' && Array.isArray(diagnostics) && Array.isArray(dataFiles) &&
    dataFiles.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string');
}

/** A data file's sha256, or its status when it is not a file inside the workspace. */
async function dataFileState(root: string, path: string): Promise<string> {
  const status = fileStatusIn(root)(path);
  if (status !== 'file') return status;
  // Streamed: an event log may be far larger than memory.
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(join(root, path))) hash.update(chunk as Buffer);
  } catch {
    return 'unreadable';
  }
  return hash.digest('hex');
}

let fingerprint: string | null | undefined;

/**
 * A sha256 of this package's package.json (which pins its parsers) and of its code, so an entry
 * made by other code than the running one, even of the same version, is never read back. Bundled
 * into another program, the code is that bundle's file. Null when the code is not in files.
 */
function codeFingerprint(): string | null {
  fingerprint ??= import.meta.url.startsWith('file:') ? fingerprintOf(import.meta.url) : null;
  return fingerprint;
}

function fingerprintOf(url: string): string | null {
  try {
    const self = fileURLToPath(url);
    const packageJson = findPackageJSON(url);
    const own = packageJson !== undefined && (JSON.parse(readFileSync(packageJson, 'utf8')) as { name?: unknown }).name === '@journeykit/core';
    // This module's folder is one below the code's root: src/load or dist/load.
    const code = dirname(dirname(self));
    const files = own ? readdirSync(code, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(?:js|ts)$/.test(path)).sort().map((path) => join(code, path)) : [self];
    const hash = createHash('sha256');
    if (own) hash.update(readFileSync(packageJson));
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(file));
    return hash.digest('hex');
  } catch {
    return null;
  }
}
