import type { Metric } from '../schema/metric.ts';
import type { Workspace } from '../schema/workspace.ts';
import { diffKinds, type DiffKind, type DiffSummary, type EntityChange, type WorkspaceDiff } from './diff-schema.ts';
import { entityNodes, type EntityNode } from './entity-nodes.ts';
import { fieldChanges } from './field-changes.ts';
import { journeyOf, matchEntities } from './match-entities.ts';
import { reordered } from './reordered.ts';
import { targetChange } from './target-change.ts';

// Order matters in a map for stages, steps and touchpoints; pain points and opportunities only move between steps.
const ordered: readonly DiffKind[] = ['stage', 'step', 'touchpoint'];

/**
 * Compares two validated workspaces as a reviewer would: the journeys, stages, steps, touchpoints,
 * pain points, opportunities, personas, metrics, teams, channels and glossary terms added, removed,
 * renamed (a new name, or a new id on the same content) or moved (to another stage or step, or
 * reordered); every field that changed, with the direction of emotions and severities; metrics whose
 * latest value crossed their target; and the config's settings. Deterministic: the same workspaces
 * always give the same diff, and a workspace compared with itself gives none.
 *
 * @example
 * const diff = diffWorkspaces(base, head);
 * diff.summary; // { added: 1, removed: 0, renamed: 1, moved: 0, changed: 2, targetsCrossed: 1, config: 0 }
 * diff.changes[0]; // { kind: 'step', change: 'changed', id: 'pay', name: 'Pays', fields: [{ field: 'emotion', from: 3, to: 2, direction: 'worse' }], … }
 */
export function diffWorkspaces(base: Workspace, head: Workspace): WorkspaceDiff {
  const baseNodes = entityNodes(base);
  const headNodes = entityNodes(head);
  const counterparts = new Map<EntityNode, EntityNode>();
  const changes: { change: EntityChange; key: SortKey }[] = [];
  for (const kind of diffKinds) {
    const matching = matchEntities(baseNodes.get(kind) ?? [], headNodes.get(kind) ?? [], counterparts);
    const moved = ordered.includes(kind) ? reordered(matching.pairs, counterparts) : new Set<EntityNode>();
    for (const node of matching.added) changes.push({ change: entityChange(node, 'added', {}), key: sortKey(node, 'added', counterparts) });
    for (const node of matching.removed) changes.push({ change: entityChange(node, 'removed', {}), key: sortKey(node, 'removed', counterparts) });
    for (const [from, to] of matching.pairs) {
      const change = compare(from, to, counterparts, moved.has(to));
      if (change !== undefined) changes.push({ change, key: sortKey(to, 'changed', counterparts) });
    }
  }
  const sorted = changes.sort((a, b) => compareKeys(a.key, b.key)).map(({ change }) => change);
  const config = fieldChanges(undefined, base.config, head.config);
  return { version: 1, summary: summarize(sorted, config.length), config, changes: sorted };
}

/** An entity's change, its keys always in the same order, as the JSON output shows them. */
function entityChange(
  node: EntityNode,
  change: EntityChange['change'],
  { renamed, moved, fields = [], target }: Partial<Pick<EntityChange, 'renamed' | 'moved' | 'fields' | 'target'>>,
): EntityChange {
  return {
    kind: node.kind,
    change,
    id: node.id,
    name: node.name,
    ...(node.place === undefined ? {} : { place: node.place }),
    ...(renamed === undefined ? {} : { renamed }),
    ...(moved === undefined ? {} : { moved }),
    fields,
    ...(target === undefined ? {} : { target }),
  };
}

/** The differences between two versions of an entity; undefined when there are none. */
function compare(from: EntityNode, to: EntityNode, counterparts: ReadonlyMap<EntityNode, EntityNode>, reordered: boolean): EntityChange | undefined {
  const fields = fieldChanges(to.kind, from.fields, to.fields);
  const renamed = {
    ...(from.id === to.id ? {} : { id: { from: from.id, to: to.id } }),
    ...(from.name === to.name ? {} : { name: { from: from.name, to: to.name } }),
  };
  const otherParent = from.parent !== undefined && counterparts.get(from.parent) !== to.parent;
  const moved = (otherParent || reordered) && from.place !== undefined && to.place !== undefined ? { from: from.place, to: to.place, reordered: !otherParent } : undefined;
  const target = to.kind === 'metric' ? targetChange(from.entity as Metric, to.entity as Metric) : undefined;
  const isRenamed = Object.keys(renamed).length > 0;
  if (!isRenamed && moved === undefined && fields.length === 0 && target === undefined) return undefined;
  return entityChange(to, 'changed', { ...(isRenamed ? { renamed } : {}), ...(moved === undefined ? {} : { moved }), fields, ...(target === undefined ? {} : { target }) });
}

function summarize(changes: readonly EntityChange[], config: number): DiffSummary {
  const count = (test: (change: EntityChange) => boolean) => changes.filter(test).length;
  return {
    added: count((c) => c.change === 'added'),
    removed: count((c) => c.change === 'removed'),
    renamed: count((c) => c.renamed !== undefined),
    moved: count((c) => c.moved !== undefined),
    changed: count((c) => c.fields.length > 0),
    targetsCrossed: count((c) => c.target?.crossed === true),
    config,
  };
}

/** Journeys (by id) with their parts in map order, then the other kinds in turn, each by id. */
type SortKey = [group: number, groupId: string, order: number[], kind: number, change: number, id: string];

// Where an entity was removed and another added in its place, the removed one reads first.
const changeRanks: Record<EntityChange['change'], number> = { removed: 0, changed: 1, added: 2 };

function sortKey(node: EntityNode, change: EntityChange['change'], counterparts: ReadonlyMap<EntityNode, EntityNode>): SortKey {
  const kind = diffKinds.indexOf(node.kind);
  const journey = node.kind === 'journey' ? node : journeyOf(node);
  if (journey === undefined) return [1, '', [kind], kind, changeRanks[change], node.id];
  // A part removed from a journey that still exists is listed with that journey, under its current id.
  return [0, (counterparts.get(journey) ?? journey).id, node.order, kind, changeRanks[change], node.id];
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || compareText(a[1], b[1]) || compareOrder(a[2], b[2]) || a[3] - b[3] || a[4] - b[4] || compareText(a[5], b[5]);
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
