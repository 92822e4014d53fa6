import type { EntityNode } from './entity-nodes.ts';
import { sameEntityThreshold, similarity } from './similarity.ts';

/** The entities of one kind on both sides, paired: the same entity, or only on one side. */
export interface Matching {
  /** Base and head versions of the same entity, in head order. */
  pairs: [EntityNode, EntityNode][];
  removed: EntityNode[];
  added: EntityNode[];
}

/**
 * Pairs the entities of one kind: first by id (within the same journey for the parts of journeys),
 * then removed and added entities under the same parent that are alike enough, most alike first:
 * an entity whose id changed. `counterparts` holds the pairs of the kinds above (a step's stage
 * and journey) and receives this kind's.
 */
export function matchEntities(base: readonly EntityNode[], head: readonly EntityNode[], counterparts: Map<EntityNode, EntityNode>): Matching {
  const byKey = new Map<EntityNode | undefined, Map<string, EntityNode>>();
  for (const node of base) {
    const journey = journeyOf(node);
    // A part of a journey that has no counterpart cannot be found by id on the other side.
    const scope = journey === undefined ? undefined : counterparts.get(journey);
    if (journey !== undefined && scope === undefined) continue;
    const ids = byKey.get(scope) ?? new Map<string, EntityNode>();
    ids.set(node.id, node);
    byKey.set(scope, ids);
  }
  for (const node of head) {
    const found = byKey.get(journeyOf(node))?.get(node.id);
    if (found !== undefined) counterparts.set(found, node);
  }

  const leftBase = base.filter((node) => !counterparts.has(node));
  const paired = new Set(counterparts.values());
  const leftHead = head.filter((node) => !paired.has(node));
  const candidates: { a: EntityNode; b: EntityNode; score: number; key: string }[] = [];
  for (const a of leftBase) {
    const parent = a.parent === undefined ? undefined : counterparts.get(a.parent);
    if (a.parent !== undefined && parent === undefined) continue;
    for (const b of leftHead) {
      if (b.parent !== parent) continue;
      const score = similarity(a, b);
      // The key breaks ties the same way whichever side is the base, so diffs are symmetric.
      if (score >= sameEntityThreshold) candidates.push({ a, b, score, key: [a.id, b.id].sort().join('\u0000') });
    }
  }
  candidates.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const { a, b } of candidates) {
    if (counterparts.has(a) || paired.has(b)) continue;
    counterparts.set(a, b);
    paired.add(b);
  }

  const baseOf = new Map([...base].flatMap((node) => {
    const other = counterparts.get(node);
    return other === undefined ? [] : [[other, node] as const];
  }));
  return {
    pairs: head.flatMap((node) => {
      const other = baseOf.get(node);
      return other === undefined ? [] : [[other, node] as [EntityNode, EntityNode]];
    }),
    removed: base.filter((node) => !counterparts.has(node)),
    added: head.filter((node) => !baseOf.has(node)),
  };
}

/** The journey a part belongs to; undefined for a journey and the workspace's own entities. */
export function journeyOf(node: EntityNode): EntityNode | undefined {
  let journey: EntityNode | undefined;
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) journey = parent;
  return journey;
}
