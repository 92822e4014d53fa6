import { codeFrame } from './code-frame.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';
import { splitLines } from './split-lines.ts';
import { visibleControls } from './visible-controls.ts';

/**
 * How diagnostics are printed: for people, for programs, or as GitHub Actions annotations.
 *
 * @example
 * const format: DiagnosticFormat = process.env['GITHUB_ACTIONS'] ? 'github' : 'pretty';
 * console.log(formatDiagnostics(diagnostics, { format }));
 */
export type DiagnosticFormat = 'pretty' | 'json' | 'github';

export interface FormatOptions {
  format?: DiagnosticFormat;
  /** The text of each file by path, for code frames. */
  texts?: ReadonlyMap<string, string>;
  /** Prefix for file paths, such as the workspace folder relative to the repository root. */
  root?: string;
  /** Whether to colour the pretty format with ANSI escapes. */
  color?: boolean;
}

const ansi = (code: number) => (text: string) => `\u001B[${code}m${text}\u001B[39m`;
const colors: Record<Severity | 'dim', (text: string) => string> = {
  error: ansi(31),
  warning: ansi(33),
  info: ansi(36),
  dim: (text) => `\u001B[2m${text}\u001B[22m`,
};

/** Counts diagnostics by severity. */
export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Prints diagnostics. Defaults to the pretty format: `file:line:column`, severity, message and rule,
 * a code frame, the hint, and a summary line.
 *
 * @example
 * formatDiagnostics(diagnostics, { format: 'github' });
 * // ::error file=journeys/a.yaml,line=3,col=5,title=refs/persona-exists::No persona has the id "sam".
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const { format = 'pretty', root = '' } = options;
  const join = (file: string | undefined) => (file === undefined ? undefined : root === '' ? file : `${root.replace(/\/$/, '')}/${file}`);
  if (format === 'json') {
    const counts = countSeverities(diagnostics);
    const list = diagnostics.map((diagnostic) => ({ ...diagnostic, file: join(diagnostic.file) }));
    return `${JSON.stringify({ version: 1, summary: { errors: counts.error, warnings: counts.warning, infos: counts.info }, diagnostics: list }, null, 2)}\n`;
  }
  if (format === 'github') return diagnostics.map((diagnostic) => githubAnnotation(diagnostic, join(diagnostic.file))).join('');
  return pretty(diagnostics, options, join);
}

function pretty(diagnostics: readonly Diagnostic[], options: FormatOptions, join: (file: string | undefined) => string | undefined): string {
  const paint = options.color ? colors : { error: String, warning: String, info: String, dim: String };
  const linesOf = fileLines(options.texts);
  const blocks = diagnostics.map((diagnostic) => {
    // Paths, messages and hints carry text from definitions: shown, never acted on by the terminal.
    const file = join(diagnostic.file);
    const place = file === undefined ? '' : `${visibleControls(file)}${diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`} `;
    const lines = [`${place}${paint[diagnostic.severity](diagnostic.severity)} ${visibleControls(diagnostic.message)} ${paint.dim(diagnostic.rule)}`];
    const fileLines = diagnostic.file === undefined ? undefined : linesOf(diagnostic.file);
    if (fileLines !== undefined && diagnostic.line !== undefined) {
      const position = { ...diagnostic, line: diagnostic.line, column: diagnostic.column ?? 1 };
      lines.push(codeFrame(fileLines, position, paint[diagnostic.severity]));
    }
    if (diagnostic.hint !== undefined) lines.push(`  ${paint.dim('hint:')} ${visibleControls(diagnostic.hint)}`);
    return lines.join('\n');
  });
  const counts = countSeverities(diagnostics);
  const files = new Set(diagnostics.flatMap((diagnostic) => diagnostic.file ?? [])).size;
  const summary =
    diagnostics.length === 0
      ? 'No problems found.'
      : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} and ${plural(counts.info, 'info')}${files === 0 ? '' : ` in ${plural(files, 'file')}`}.`;
  return `${[...blocks, summary].join('\n\n')}\n`;
}

/** The lines of each file by path, split the first time a diagnostic points into it. */
function fileLines(texts: ReadonlyMap<string, string> | undefined): (path: string) => readonly string[] | undefined {
  const split = new Map<string, readonly string[]>();
  return (path) => {
    const known = split.get(path);
    if (known !== undefined) return known;
    const text = texts?.get(path);
    if (text === undefined) return undefined;
    const lines = splitLines(text);
    split.set(path, lines);
    return lines;
  };
}

// GitHub's workflow command syntax: data escapes %, CR and LF; properties also escape ':' and ','.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

function githubAnnotation(diagnostic: Diagnostic, file: string | undefined): string {
  const command = diagnostic.severity === 'info' ? 'notice' : diagnostic.severity;
  const properties = [
    file === undefined ? undefined : `file=${escapeProperty(file)}`,
    diagnostic.line === undefined ? undefined : `line=${diagnostic.line}`,
    diagnostic.column === undefined ? undefined : `col=${diagnostic.column}`,
    diagnostic.endLine === undefined ? undefined : `endLine=${diagnostic.endLine}`,
    diagnostic.endColumn === undefined ? undefined : `endColumn=${diagnostic.endColumn}`,
    `title=${escapeProperty(diagnostic.rule)}`,
  ].filter((property) => property !== undefined);
  const message = diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message}\n${diagnostic.hint}`;
  // Other control characters would reach the log as they are: an ESC starts a terminal sequence.
  return `::${command} ${properties.join(',')}::${escapeData(visibleControls(message, '\r\n'))}\n`;
}
