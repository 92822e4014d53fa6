import { resolve } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { locateDiagnostics, sortDiagnostics } from '../locate/locate-diagnostics.ts';
import { yamlLocator } from '../locate/locate-yaml.ts';
import { applyRuleLevels } from '../validate/rule-levels.ts';
import { readMetricData } from './read-metric-data.ts';
import { maxFileSize, type ReadFile } from './read-workspace.ts';
import type { Workspace } from '../model/workspace.ts';
import { checkWorkspace, kindOfFile } from '../workspace/check-workspace.ts';
import { extensionOf, type SourceFile } from '../workspace/source-file.ts';
import { fileStatusIn } from './file-status.ts';
import { importDefinition } from './import-definition.ts';
import { typescriptLocator } from './locate-typescript.ts';
import { readWorkspace } from './read-workspace.ts';
import { dataFileStates, keptWorkspace, workspaceEntry, workspaceKey, type WorkspaceCache } from './workspace-cache.ts';

/** The text of every definition file, and of the data files diagnostics point into, for code frames. */
async function textsOf(files: readonly ReadFile[], diagnostics: readonly Diagnostic[], root: string): Promise<Map<string, string>> {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  for (const path of new Set(diagnostics.flatMap((d) => (d.file === undefined || texts.has(d.file) ? [] : [d.file])))) {
    const absolute = join(root, path);
    // Data files can be large: only a small one is read whole for its code frames.
    const size = await stat(absolute).then((s) => s.size, () => Number.POSITIVE_INFINITY);
    if (size <= maxFileSize) texts.set(path, await readFile(absolute, 'utf8'));
  }
  return texts;
}

/**
 * A loaded workspace, with the text of every file read, for code frames.
 *
 * @example
 * const { value, diagnostics, texts, root }: LoadedWorkspace = await loadWorkspace('journeys');
 * console.log(formatDiagnostics(diagnostics, { texts }));
 */
export interface LoadedWorkspace extends Result<Workspace> {
  /** The absolute path of the workspace root. */
  root: string;
  /** The text of every file read, by path relative to the root. */
  texts: Map<string, string>;
}

/**
 * How much of a workspace to read.
 *
 * @example
 * const options: LoadOptions = { readData: false };
 * await loadWorkspace('journeys', options);
 */
export interface LoadOptions {
  /** Whether to read the data files metrics point at (true unless given); without them, metrics keep only their definitions. */
  readData?: boolean;
  /**
   * Where checked workspaces are kept: when every file is as it was when one was kept, it is read
   * back (as JSON) instead of parsed and checked again. Not used for workspaces with TypeScript
   * definitions, whose imports may change without their files changing, nor kept when invalid.
   */
  cache?: WorkspaceCache | undefined;
}

/**
 * Reads a workspace folder from disk and checks it: YAML, JSON and TypeScript definitions, the
 * config, and the data files metrics point at. Never throws for bad input and never writes.
 *
 * @example
 * const { value: workspace, diagnostics } = await loadWorkspace('journeys');
 * if (workspace === undefined) console.error(formatDiagnostics(diagnostics));
 * // Definitions only, without streaming large data files:
 * await loadWorkspace('journeys', { readData: false });
 */
export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const root = resolve(dir);
  const read = await readWorkspace(root);
  const readData = options.readData !== false;
  const key = options.cache === undefined || read.files.some(isTypeScriptDefinition) ? undefined : workspaceKey(read.files, read.diagnostics, readData);
  const cached = options.cache === undefined || key === undefined ? undefined : { cache: options.cache, key };
  if (cached !== undefined) {
    const entry = await cached.cache.get(cached.key).catch(() => undefined);
    const kept = entry === undefined ? undefined : await keptWorkspace(entry, root);
    if (kept !== undefined) return { value: kept.workspace, diagnostics: kept.diagnostics, root, texts: await textsOf(read.files, kept.diagnostics, root) };
  }
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const sources: SourceFile[] = [];
  for (const file of read.files) {
    if (!isTypeScriptDefinition(file)) {
      sources.push({ path: file.path, text: file.text });
      continue;
    }
    const imported = await importDefinition(file);
    diagnostics.push(...imported.diagnostics);
    if (imported.diagnostics.length === 0) sources.push({ path: file.path, text: file.text, data: imported.value });
  }
  const refused = diagnostics.flatMap((diagnostic) => (diagnostic.file === undefined ? [] : [diagnostic.file]));
  const checked = checkWorkspace(sources, {
    refused,
    fileStatus: fileStatusIn(root),
    locatorFor: (file) => typescriptLocator(file.text),
  });
  const dataFiles = cached !== undefined && readData && checked.value !== undefined ? await dataFileStates(checked.value, root) : [];
  // Data files are read only for a valid workspace; their problems come located (file and line).
  const data = checked.value === undefined ? undefined : readData ? await readMetricData(checked.value, root) : { workspace: checked.value, diagnostics: [] };
  // Some data problems are at a definition (a funnel step the log lacks): located in its text.
  const texts = new Map(read.files.map((file) => [file.path, file.text]));
  const locatorFor = (path: string) => {
    const text = texts.get(path);
    if (text === undefined) return undefined;
    return extensionOf(path) === '.ts' ? typescriptLocator(text) : yamlLocator(text);
  };
  const dataProblems = applyRuleLevels(locateDiagnostics(data?.diagnostics ?? [], locatorFor), checked.value?.config.rules ?? {});
  const all = sortDiagnostics([...diagnostics, ...checked.diagnostics, ...dataProblems]);
  const value = all.some((diagnostic) => diagnostic.severity === 'error') ? undefined : data?.workspace;
  // Best effort: a cache that cannot be written only means the next load checks again.
  if (cached !== undefined && value !== undefined) await cached.cache.set(cached.key, workspaceEntry(value, all, dataFiles)).catch(() => undefined);
  return { value, diagnostics: all, root, texts: await textsOf(read.files, all, root) };
}

/** A TypeScript file that defines something, which is imported rather than parsed. */
function isTypeScriptDefinition(file: ReadFile): boolean {
  return extensionOf(file.path) === '.ts' && kindOfFile(file.path) !== undefined;
}
