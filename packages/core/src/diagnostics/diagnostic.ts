/**
 * How much a problem matters: errors fail `check`, warnings and infos do not.
 *
 * @example
 * const failing = diagnostics.filter((diagnostic) => diagnostic.severity === ('error' satisfies Severity));
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A step into a parsed file's data: a key of a mapping or an index of a sequence.
 *
 * @example
 * const path: PathSegment[] = ['stages', 0, 'steps', 2, 'touchpoints', 0, 'channel'];
 */
export type PathSegment = string | number;

/**
 * A place in a source file, 1-based, with the end of the range where known.
 *
 * @example
 * const where: Position = { line: 12, column: 7, endLine: 12, endColumn: 19 };
 */
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
 *
 * @example
 * const diagnostic: Diagnostic = {
 *   rule: 'refs/persona-exists',
 *   severity: 'error',
 *   message: 'No persona has the id "gift-buyer".',
 *   hint: 'Fix the id, or define the persona.',
 *   file: 'journeys/returns.yaml',
 *   path: ['personas', 0],
 *   line: 3,
 *   column: 12,
 * };
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

/**
 * The result of work that can find problems: a value (when one could be made) and every problem found.
 *
 * @example
 * const { value: workspace, diagnostics }: Result<Workspace> = checkWorkspace(files);
 * if (workspace === undefined) console.error(formatDiagnostics(diagnostics));
 */
export interface Result<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Whether any diagnostic is an error.
 *
 * @example
 * if (hasErrors(diagnostics)) process.exitCode = 1;
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
