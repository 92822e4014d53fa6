import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { tooManyAliases, unsafeKey } from '../diagnostics/rules.ts';
import { positionAt } from '../text/position.ts';

/** Keys that reach into JavaScript's object machinery when code copies or merges data. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks parsed data once, reporting unsafe keys, and stops when the data is far larger than its
 * text: only aliases can make it so, and zod would walk every expanded copy.
 */
export function guardData(data: unknown, file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const limit = text.length + 1000;
  let nodes = 0;
  const walk = (value: unknown, path: PathSegment[]): boolean => {
    if (++nodes > limit) return false;
    if (value === null || typeof value !== 'object') return true;
    if (Array.isArray(value)) return value.every((item, index) => walk(item, [...path, index]));
    for (const key of Object.keys(value)) {
      if (unsafeKeys.has(key)) diagnostics.push(report(unsafeKey, { key }, { file, path: [...path, key], atKey: true }));
      else if (!walk((value as Record<string, unknown>)[key], [...path, key])) return false;
    }
    return true;
  };
  if (!walk(data, [])) return [report(tooManyAliases, undefined, { file, ...firstAlias(text) })];
  return diagnostics;
}

/** Where the first alias (`*name`) of a YAML text is, to point at the expansion. */
export function firstAlias(text: string) {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
  return positionAt(text, match === null ? 0 : match.index + match[1]!.length);
}
