/** How much a problem matters: errors fail `check`, warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A step into a parsed file's data: a key of a mapping or an index of a sequence. */
export type PathSegment = string | number;

/** A place in a source file, 1-based, with the end of the range where known. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * A problem found in a workspace.
 * Location is data: `path` says where in the file's data the problem is, and
 * {@link locateDiagnostics} turns it into a line and column from the file's text.
 */
export interface Diagnostic extends Partial<Position> {
  /** Stable id of the rule that reports the problem, like `refs/persona-exists`. */
  rule: string;
  severity: Severity;
  /** What is wrong, in a full sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path of the file, relative to the workspace root, with `/` separators. */
  file?: string;
  /** Where in the file's data the problem is. */
  path?: PathSegment[];
  /** Whether the problem is the key at `path` rather than its value, like an unknown field. */
  atKey?: boolean;
}

/** The result of work that can find problems: a value (when one could be made) and every problem found. */
export interface Result<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/** Whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
