import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Result } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { tsImportFailed, tsNoDefaultExport } from '../diagnostics/rules.ts';
import type { ReadFile } from './read-workspace.ts';

/**
 * Imports a TypeScript definition (Node strips its types) and returns its default export.
 * This module must run on Node itself, not through Vite, whose module runner would rewrite the
 * `import()` below: test configs mark it external.
 * The file's modification time is part of the URL, so an edited file is imported afresh in dev.
 *
 * @example
 * const { value: journey, diagnostics } = await importDefinition({ path: 'journeys/returns.ts', absolute: '/work/journeys/journeys/returns.ts', text });
 */
export async function importDefinition(file: ReadFile): Promise<Result<unknown>> {
  const url = pathToFileURL(file.absolute).href;
  const { mtimeMs } = await stat(file.absolute);
  try {
    const module = (await import(/* @vite-ignore */ `${url}?mtime=${mtimeMs}`)) as { default?: unknown };
    if (!('default' in module)) {
      return { value: undefined, diagnostics: [report(tsNoDefaultExport, undefined, { file: file.path, line: 1, column: 1 })] };
    }
    return { value: module.default, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const where = { file: file.path, ...errorPosition(error, [url, file.absolute]) };
    return { value: undefined, diagnostics: [report(tsImportFailed, { reason }, where)] };
  }
}

/**
 * The line and column of the definition file in an error's stack, where it names one. The stack
 * names an ES module by URL and a CommonJS one (a file without import or export) by path.
 */
function errorPosition(error: unknown, names: readonly string[]): { line: number; column: number } {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const match = new RegExp(`(?:${escaped})(?:\\?[^:]*)?:(\\d+)(?::(\\d+))?`).exec(stack);
  return match === null ? { line: 1, column: 1 } : { line: Number(match[1]), column: Number(match[2] ?? 1) };
}
