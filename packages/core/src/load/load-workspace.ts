import { resolve } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { sortDiagnostics } from '../locate/locate-diagnostics.ts';
import type { Workspace } from '../model/workspace.ts';
import { checkWorkspace, kindOfFile } from '../workspace/check-workspace.ts';
import { extensionOf, type SourceFile } from '../workspace/source-file.ts';
import { fileStatusIn } from './file-status.ts';
import { importDefinition } from './import-definition.ts';
import { typescriptLocator } from './locate-typescript.ts';
import { readWorkspace } from './read-workspace.ts';

/** A loaded workspace, with the text of every file read, for code frames. */
export interface LoadedWorkspace extends Result<Workspace> {
  /** The absolute path of the workspace root. */
  root: string;
  /** The text of every file read, by path relative to the root. */
  texts: Map<string, string>;
}

/**
 * Reads a workspace folder from disk and checks it: YAML, JSON and TypeScript definitions, the
 * config, and the data files metrics point at. Never throws for bad input and never writes.
 *
 * @example
 * const { value: workspace, diagnostics } = await loadWorkspace('journeys');
 * if (workspace === undefined) console.error(formatDiagnostics(diagnostics));
 */
export async function loadWorkspace(dir: string): Promise<LoadedWorkspace> {
  const root = resolve(dir);
  const read = await readWorkspace(root);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const sources: SourceFile[] = [];
  for (const file of read.files) {
    if (extensionOf(file.path) !== '.ts' || kindOfFile(file.path) === undefined) {
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
  const all = sortDiagnostics([...diagnostics, ...checked.diagnostics]);
  const broken = all.some((diagnostic) => diagnostic.severity === 'error');
  return { value: broken ? undefined : checked.value, diagnostics: all, root, texts: new Map(read.files.map((f) => [f.path, f.text])) };
}
