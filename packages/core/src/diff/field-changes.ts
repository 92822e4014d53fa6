import { severities } from '../schema/pain-point.ts';
import { scaleValue } from '../schema/scales.ts';
import type { DiffKind, FieldChange } from './diff-schema.ts';
import { sameValue } from './same-value.ts';

// The direction of the fields where reviewers ask "better or worse?": an emotion is better higher,
// a pain point's severity is worse higher.
const rankings: Partial<Record<string, { kinds: readonly DiffKind[]; rank: (value: unknown) => number | undefined; higher: 'better' | 'worse' }>> = {
  emotion: { kinds: ['stage', 'step'], rank: (value) => (typeof value === 'number' ? value : undefined), higher: 'better' },
  severity: {
    kinds: ['painPoint'],
    // Words and numbers compare on the same 1–5 scale.
    rank: (value) => (typeof value === 'number' || (severities as readonly unknown[]).includes(value) ? scaleValue('severity', value as number) : undefined),
    higher: 'worse',
  },
};

/**
 * The fields whose values differ between two versions of an entity, sorted by name, with the
 * direction of an emotion or severity that is set on both sides.
 */
export function fieldChanges(kind: DiffKind | undefined, from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  const changes: FieldChange[] = [];
  for (const field of names) {
    const before = from[field];
    const after = to[field];
    if (sameValue(before, after)) continue;
    const change: FieldChange = { field };
    if (before !== undefined) change.from = before;
    if (after !== undefined) change.to = after;
    const direction = directionOf(kind, field, before, after);
    if (direction !== undefined) change.direction = direction;
    changes.push(change);
  }
  return changes;
}

function directionOf(kind: DiffKind | undefined, field: string, before: unknown, after: unknown): 'better' | 'worse' | undefined {
  const ranking = rankings[field];
  if (ranking === undefined || kind === undefined || !ranking.kinds.includes(kind)) return undefined;
  const [a, b] = [ranking.rank(before), ranking.rank(after)];
  if (a === undefined || b === undefined || a === b) return undefined;
  const higher = b > a;
  return higher === (ranking.higher === 'better') ? 'better' : 'worse';
}
