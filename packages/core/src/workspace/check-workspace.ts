import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { locateDiagnostics, sortDiagnostics, type Locator } from '../diagnostics/locate-diagnostics.ts';
import { yamlLocator } from '../diagnostics/locate-yaml.ts';
import { report } from '../diagnostics/rule.ts';
import { fileEmpty, fileUnknownExtension, manyConfigs, noConfig, noJourneys, tooDeep } from '../diagnostics/rules.ts';
import { guardData } from '../parse/guard.ts';
import { maxNesting, tooDeepAt } from '../parse/nesting.ts';
import { parseYaml } from '../parse/parse-yaml.ts';
import { configFileNames, entityKinds, type EntityKind } from '../schema/file-kinds.ts';
import type { Workspace } from '../schema/workspace.ts';
import type { FileStatus } from '../validate/references.ts';
import { validateWorkspace, type ParsedDefinition } from '../validate/validate-workspace.ts';
import { definitionExtensions, extensionOf, ignoredExtensions, type SourceFile } from './source-file.ts';

/**
 * How {@link checkWorkspace} reaches what lies beyond the files it is given.
 *
 * @example
 * checkWorkspace(files, { fileStatus: fileStatusIn(root), locatorFor: (file) => typescriptLocator(file.text) });
 */
export interface CheckOptions {
  /** Whether a path named in a definition (a metric's CSV file) exists inside the workspace. */
  fileStatus?: (path: string) => FileStatus;
  /** Finds paths in files that are not YAML or JSON, such as TypeScript definitions. */
  locatorFor?: (file: SourceFile) => Locator | undefined;
  /** Files that exist but were refused before parsing (too large, not UTF-8, failed import), already reported. */
  refused?: readonly string[];
}

const kindByFolder = new Map<string, EntityKind>(Object.entries(entityKinds).map(([kind, { folder }]) => [folder, kind as EntityKind]));

/**
 * The kind of definition a file holds, from its place in the workspace; undefined when it holds none.
 *
 * @example
 * kindOfFile('journeys/returns.yaml'); // 'journey'
 * kindOfFile('journeykit.config.yaml'); // 'config'
 * kindOfFile('data/events.csv'); // undefined
 */
export function kindOfFile(path: string): EntityKind | 'config' | undefined {
  if ((configFileNames as readonly string[]).includes(path)) return 'config';
  const folder = path.split('/')[0] ?? '';
  return path.includes('/') ? kindByFolder.get(folder) : undefined;
}

/**
 * Checks the files of a workspace and builds the workspace from them. Pure: the files are given,
 * already read. Returns every problem found, located and sorted, and the workspace when none is an error.
 *
 * @example
 * const { value, diagnostics } = checkWorkspace([
 *   { path: 'journeykit.config.yaml', text: 'name: Acme' },
 *   { path: 'journeys/signup.yaml', text: 'id: signup\ntitle: Sign-up\nstages: []' },
 * ]);
 * // diagnostics[0].message: "Too few items: expected at least 1."
 */
export function checkWorkspace(files: readonly SourceFile[], options: CheckOptions = {}): Result<Workspace> {
  const diagnostics: Diagnostic[] = [];
  const definitions: ParsedDefinition[] = [];
  const present = [...files.map((file) => file.path), ...(options.refused ?? [])];
  const configs = [...new Set(present.filter((path) => kindOfFile(path) === 'config'))];
  if (configs.length === 0) diagnostics.push(report(noConfig, { names: configFileNames }));
  if (configs.length > 1) diagnostics.push(report(manyConfigs, { names: configs }, { file: configs[1]! }));
  if (!present.some((path) => kindOfFile(path) === 'journey')) diagnostics.push(report(noJourneys, undefined));

  // Sorted by path, so "first" in duplicate reports and the order of entities never depend on the caller.
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const kind = kindOfFile(file.path);
    if (kind === undefined) continue;
    const extension = extensionOf(file.path);
    if (!(definitionExtensions as readonly string[]).includes(extension)) {
      if (!(ignoredExtensions as readonly string[]).includes(extension)) {
        diagnostics.push(report(fileUnknownExtension, { extensions: definitionExtensions }, { file: file.path, line: 1, column: 1 }));
      }
      continue;
    }
    const parsed = parseDefinition(file, kind);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value !== undefined) definitions.push({ file: file.path, kind, data: parsed.value });
  }

  const result = validateWorkspace(definitions, options.fileStatus, diagnostics);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const locatorFor = (path: string) => {
    const file = byPath.get(path);
    if (file === undefined) return undefined;
    return extensionOf(path) === '.ts' ? options.locatorFor?.(file) : yamlLocator(file.text);
  };
  const located = locateDiagnostics(result.diagnostics, locatorFor);
  const broken = located.some((diagnostic) => diagnostic.severity === 'error');
  return { value: broken ? undefined : result.value, diagnostics: sortDiagnostics(located) };
}

/** Parses one definition file's text (or takes a TypeScript module's export) and guards the data. */
function parseDefinition(file: SourceFile, kind: EntityKind | 'config'): Result<unknown> {
  const title = kind === 'config' ? 'workspace config' : entityKinds[kind].title.toLowerCase();
  const empty = () => ({ value: undefined, diagnostics: [report(fileEmpty, { kind: title }, { file: file.path, line: 1, column: 1 })] });
  const deep = (data: unknown) => {
    const path = tooDeepAt(data, file.text.length + 1000);
    return path === undefined ? undefined : { value: undefined, diagnostics: [report(tooDeep, { limit: maxNesting }, { file: file.path, path })] };
  };
  if ('data' in file) return file.data === undefined || file.data === null ? empty() : deep(file.data) ?? { value: file.data, diagnostics: [] };
  if (file.text.trim() === '') return empty();
  const parsed = parseYaml(file.text, file.path);
  if (parsed.diagnostics.length > 0) return parsed;
  if (parsed.value === undefined || parsed.value === null) return empty();
  const tooDeepData = deep(parsed.value);
  if (tooDeepData !== undefined) return tooDeepData;
  const guarded = guardData(parsed.value, file.path, file.text);
  return guarded.length > 0 ? { value: undefined, diagnostics: guarded } : parsed;
}
