import type { EntityNode } from './entity-nodes.ts';

/**
 * The entities that changed places among siblings that stayed under the same parent: those outside
 * the longest run kept in the same relative order. Adding or removing a sibling moves nothing;
 * moving one stage to the end flags that stage alone.
 */
export function reordered(pairs: readonly [EntityNode, EntityNode][], counterparts: ReadonlyMap<EntityNode, EntityNode>): Set<EntityNode> {
  const groups = new Map<EntityNode, [EntityNode, EntityNode][]>();
  for (const pair of pairs) {
    const [base, head] = pair;
    if (base.parent === undefined || head.parent === undefined || counterparts.get(base.parent) !== head.parent) continue;
    const group = groups.get(head.parent) ?? [];
    group.push(pair);
    groups.set(head.parent, group);
  }
  const moved = new Set<EntityNode>();
  for (const group of groups.values()) {
    const inHeadOrder = [...group].sort(([, a], [, b]) => position(a) - position(b));
    const kept = new Set(longestIncreasing(inHeadOrder.map(([base]) => position(base))));
    inHeadOrder.forEach(([, head], index) => {
      if (!kept.has(index)) moved.add(head);
    });
  }
  return moved;
}

const position = (node: EntityNode) => node.place?.position ?? 0;

/** The indexes of a longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: index of the smallest last value of a run of length k + 1
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const run: number[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) run.unshift(index);
  return run;
}
