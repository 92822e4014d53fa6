import { resolve } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOutsideWorkspace, fileSpecial, fileTooLarge } from '../diagnostics/rules.ts';
import { locateDiagnostics, sortDiagnostics } from '../diagnostics/locate-diagnostics.ts';
import { yamlLocator } from '../diagnostics/locate-yaml.ts';
import { applyRuleLevels } from '../validate/rule-levels.ts';
import { readMetricData } from './read-metric-data.ts';
import { maxFileSize, type ReadFile } from './read-workspace.ts';
import type { Workspace } from '../schema/workspace.ts';
import { checkWorkspace, kindOfFile } from '../workspace/check-workspace.ts';
import { extensionOf, type SourceFile } from '../workspace/source-file.ts';
import { fileStatusIn } from './file-status.ts';
import { importDefinition } from './import-definition.ts';
import { typescriptLocator } from './locate-typescript.ts';
import { readWorkspace } from './read-workspace.ts';

/**
 * The text of every definition file, and of the data files diagnostics point into, for code
 * frames. A data file is read only when it is a regular file inside the workspace that no
 * diagnostic refused: a link that leads outside (to `/proc/self/environ`, say) is never opened,
 * so what it leads to can never be printed.
 */
async function textsOf(files: readonly ReadFile[], diagnostics: readonly Diagnostic[], root: string): Promise<Map<string, string>> {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const refused = new Set(diagnostics.flatMap((d) => (d.file !== undefined && refusals.has(d.rule) ? [d.file] : [])));
  const status = fileStatusIn(root);
  for (const path of new Set(diagnostics.flatMap((d) => (d.file === undefined || texts.has(d.file) || refused.has(d.file) ? [] : [d.file])))) {
    if (status(path) !== 'file') continue;
    const absolute = join(root, path);
    // Data files can be large: only a small one is read whole for its code frames.
    const size = await stat(absolute).then((s) => s.size, () => Number.POSITIVE_INFINITY);
    if (size <= maxFileSize) texts.set(path, await readFile(absolute, 'utf8'));
  }
  return texts;
}

/** The rules that refuse a file for what it is or where it leads: such a file is never read. */
const refusals = new Set([fileOutsideWorkspace.id, fileSpecial.id, fileTooLarge.id]);

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
  return { value, diagnostics: all, root, texts: await textsOf(read.files, all, root) };
}

/** A TypeScript file that defines something, which is imported rather than parsed. */
function isTypeScriptDefinition(file: ReadFile): boolean {
  return extensionOf(file.path) === '.ts' && kindOfFile(file.path) !== undefined;
}
