import { distance } from 'fastest-levenshtein';
import type { EntityNode } from './entity-nodes.ts';
import { sameValue } from './same-value.ts';

/** The least similarity at which a removed and an added entity count as one entity whose id changed. */
export const sameEntityThreshold = 0.7;

/**
 * How alike two entities of the same kind are, from 0 to 1, from their names (edit distance) and
 * their other fields (the share of equal ones); for a journey, stage or step with parts, mostly
 * from the parts they share, which keep their ids when the parent's id and name change.
 */
export function similarity(a: EntityNode, b: EntityNode): number {
  const name = textSimilarity(a.name, b.name);
  const fields = fieldSimilarity(a.fields, b.fields);
  if (a.parts.length + b.parts.length === 0) return 0.6 * name + 0.4 * fields;
  return 0.3 * name + 0.2 * fields + 0.5 * overlap(a.parts, b.parts);
}

/** 1 for equal texts, down to 0 for texts with nothing in common, ignoring case. */
export function textSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a.toLowerCase(), b.toLowerCase()) / longest;
}

/** The share of fields set on either side that are equal on both; 1 when neither sets any. */
function fieldSimilarity(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (names.size === 0) return 1;
  let equal = 0;
  for (const name of names) if (sameValue(a[name], b[name])) equal++;
  return equal / names.size;
}

/** Jaccard index: the share of ids in either list that are in both. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let common = 0;
  for (const id of left) if (right.has(id)) common++;
  return common / (left.size + right.size - common);
}
