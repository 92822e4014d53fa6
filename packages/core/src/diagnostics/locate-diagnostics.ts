import type { Diagnostic, PathSegment, Position } from './diagnostic.ts';

/**
 * Finds the position of a path in one file's text.
 *
 * @example
 * const locate: Locator | undefined = typescriptLocator(text);
 * locate?.(['stages', 0, 'name'], false); // { line: 7, column: 13, … }
 */
export type Locator = (path: readonly PathSegment[], atKey: boolean) => Position;

/**
 * Gives every diagnostic that has a path but no position its line and column, making one locator
 * per file and only for files that have such diagnostics.
 *
 * @example
 * const located = locateDiagnostics(diagnostics, (file) => typescriptLocator(texts.get(file) ?? ''));
 */
export function locateDiagnostics(
  diagnostics: readonly Diagnostic[],
  locatorFor: (file: string) => Locator | undefined,
): Diagnostic[] {
  const locators = new Map<string, Locator | undefined>();
  return diagnostics.map((diagnostic) => {
    const { file, path } = diagnostic;
    if (file === undefined || path === undefined || diagnostic.line !== undefined) return diagnostic;
    if (!locators.has(file)) locators.set(file, locatorFor(file));
    const position = locators.get(file)?.(path, diagnostic.atKey ?? false) ?? { line: 1, column: 1 };
    return { ...diagnostic, ...position };
  });
}

/**
 * Orders diagnostics by file, then position, so output reads top to bottom and is stable.
 *
 * @example
 * console.log(formatDiagnostics(sortDiagnostics(diagnostics)));
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}
