import type { PathSegment, Position } from '../diagnostics/diagnostic.ts';
import { positionAt } from '../text/position.ts';

/**
 * How deep lists and objects may nest in a definition file. Definitions need about ten levels;
 * parsers and validators recurse once per level, and far deeper data exhausts the call stack.
 */
export const maxNesting = 100;

/**
 * Where a YAML or JSON text first opens a flow list or object (`[`, `{`) past `limit` levels, or
 * undefined. Quoted strings and comments are skipped; it looks only at the text, so it runs before
 * a parser would recurse that deep.
 */
export function deepFlowAt(text: string, limit = maxNesting): Position | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === '\'') i = quoteEnd(text, i);
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = lineEnd(text, i);
    else if (char === '[' || char === '{') {
      if (++depth > limit) return positionAt(text, i);
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Where the quoted string that starts at `start` ends: `\"` escapes in double quotes, `''` in single. */
function quoteEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === '\'' && text[i + 1] === '\'') i++;
      else return i;
    }
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/**
 * The path of the first list or object of parsed data nested past `limit` levels, or undefined.
 * Walks without recursion, so that data of any depth is measured, and stops after `maxNodes`
 * values: aliases can make data far larger than its text, which the alias guard reports.
 */
export function tooDeepAt(data: unknown, maxNodes: number, limit = maxNesting): PathSegment[] | undefined {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  for (let nodes = 0; stack.length > 0 && nodes < maxNodes; nodes++) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limit) return path;
    for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return undefined;
}

/** The first of the most indented lines: where block nesting, which indentation alone shows, is deepest. */
export function mostIndented(text: string): Position {
  let best = { line: 1, column: 1 };
  text.split('\n').forEach((line, i) => {
    const indent = /^[ -]*/.exec(line)![0].length;
    if (line.trim() !== '' && indent + 1 > best.column) best = { line: i + 1, column: indent + 1 };
  });
  return best;
}
