import type { Position } from './diagnostic.ts';
import { visibleControls } from './visible-controls.ts';

/** Lines of context shown above and below the problem. */
const context = 2;

/**
 * The lines around a position, from a file's lines (see `splitLines`), with a gutter of line
 * numbers and a marker under the range. Tabs are shown as single spaces and other control
 * characters as visible ones, so the marker lines up and the terminal acts on none of them.
 */
export function codeFrame(lines: readonly string[], position: Position, paint: (s: string) => string = (s) => s): string {
  const first = Math.max(1, position.line - context);
  const last = Math.min(lines.length, position.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const line = visibleControls((lines[number - 1] ?? '').replaceAll('\t', ' '));
    const marker = number === position.line ? '>' : ' ';
    out.push(`${marker} ${String(number).padStart(width)} | ${line}`.trimEnd());
    if (number === position.line) {
      const endColumn = position.endLine === position.line && position.endColumn !== undefined ? position.endColumn : line.length + 1;
      const length = Math.max(1, Math.min(endColumn, line.length + 1) - position.column);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, position.column - 1))}${paint('^'.repeat(length))}`);
    }
  }
  return out.join('\n');
}
