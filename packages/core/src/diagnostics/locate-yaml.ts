import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathSegment, Position } from './diagnostic.ts';

/** Finds paths in one YAML or JSON text; parses it with positions once, on first use. */
export function yamlLocator(text: string): (path: readonly PathSegment[], atKey: boolean) => Position {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const toPosition = (range: readonly [number, number, number?] | null | undefined): Position => {
    if (!range) return { line: 1, column: 1 };
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  return (path, atKey) => {
    let node: unknown = document.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair === undefined) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const target = (atKey && keyNode !== undefined ? keyNode : node) as Node | null | undefined;
    return toPosition(target?.range);
  };
}
