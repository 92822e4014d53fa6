import type { Journey } from '../schema/journey.ts';
import type { Stage } from '../schema/stage.ts';
import type { Step } from '../schema/step.ts';
import type { Workspace } from '../schema/workspace.ts';
import { diffKinds, type DiffKind, type DiffPlace } from './diff-schema.ts';

/** One entity of a workspace as the diff sees it: identity, place, and its own fields. */
export interface EntityNode {
  kind: DiffKind;
  id: string;
  name: string;
  /** The entity as the workspace holds it. */
  entity: object;
  /** The entity it belongs to: a stage's journey, a step's stage, a touchpoint's step. */
  parent: EntityNode | undefined;
  /** For parts of journeys: where it sits. */
  place: DiffPlace | undefined;
  /** Its fields, without the id, the name and the parts that are entities of their own. */
  fields: Record<string, unknown>;
  /** The ids of its parts, all levels down: a sign of identity when its own id changed. */
  parts: string[];
  /** Indexes in map order (stage, step, kind, position), to sort changes as the map reads. */
  order: number[];
}

/** The field that names each kind of entity. */
export const nameField: Record<DiffKind, string> = {
  journey: 'title',
  stage: 'name',
  step: 'name',
  touchpoint: 'name',
  painPoint: 'title',
  opportunity: 'title',
  persona: 'name',
  metric: 'name',
  team: 'name',
  channel: 'name',
  glossary: 'term',
};

// Lists inside an entity that hold entities of their own: they are compared one by one, not as fields.
const partFields = new Set(['stages', 'steps', 'touchpoints', 'painPoints', 'opportunities']);

const stepPartKinds = [
  ['touchpoint', 'touchpoints'],
  ['painPoint', 'painPoints'],
  ['opportunity', 'opportunities'],
] as const;

const stagePartKinds = stepPartKinds.slice(1) as readonly (typeof stepPartKinds)[1 | 2][];

/**
 * Flattens a workspace into the entities a diff compares, by kind: journeys and their stages,
 * steps, touchpoints, pain points and opportunities in map order, then personas, metrics, teams,
 * channels and glossary terms.
 */
export function entityNodes(workspace: Workspace): Map<DiffKind, EntityNode[]> {
  const nodes = new Map<DiffKind, EntityNode[]>(diffKinds.map((kind) => [kind, []]));
  const add = (node: EntityNode) => {
    nodes.get(node.kind)?.push(node);
    return node;
  };
  for (const journey of workspace.journeys) addJourney(journey, add);
  const topLevel = [
    ['persona', workspace.personas],
    ['metric', workspace.metrics],
    ['team', workspace.teams],
    ['channel', workspace.channels],
    ['glossary', workspace.glossary],
  ] as const;
  for (const [kind, list] of topLevel) {
    for (const entity of list) add(node(kind, entity, undefined, undefined, [], []));
  }
  return nodes;
}

function addJourney(journey: Journey, add: (node: EntityNode) => EntityNode): void {
  const journeyNode = add(node('journey', journey, undefined, undefined, [], partIds(journey)));
  const journeyRef = { id: journey.id, name: journey.title };
  journey.stages.forEach((stage, s) => {
    const place = { journey: journeyRef, position: s + 1 };
    const stageNode = add(node('stage', stage, journeyNode, place, [s], partIds(stage)));
    const stageRef = { id: stage.id, name: stage.name };
    // A stage's own pain points and opportunities sort before its steps, as the map shows them.
    stagePartKinds.forEach(([kind, field], k) => {
      stage[field]?.forEach((part, i) => {
        add(node(kind, part, stageNode, { journey: journeyRef, stage: stageRef, position: i + 1 }, [s, -1, k, i], []));
      });
    });
    stage.steps.forEach((step, t) => {
      const stepPlace = { journey: journeyRef, stage: stageRef, position: t + 1 };
      const stepNode = add(node('step', step, stageNode, stepPlace, [s, t], partIds(step)));
      const stepRef = { id: step.id, name: step.name };
      stepPartKinds.forEach(([kind, field], k) => {
        step[field]?.forEach((part, i) => {
          const partPlace = { journey: journeyRef, stage: stageRef, step: stepRef, position: i + 1 };
          add(node(kind, part, stepNode, partPlace, [s, t, k, i], []));
        });
      });
    });
  });
}

function node(
  kind: DiffKind,
  entity: object,
  parent: EntityNode | undefined,
  place: DiffPlace | undefined,
  order: number[],
  parts: string[],
): EntityNode {
  const record = entity as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'id' && key !== nameField[kind] && !partFields.has(key) && value !== undefined) fields[key] = value;
  }
  return { kind, id: String(record['id']), name: String(record[nameField[kind]]), entity, parent, place, fields, parts, order };
}

/** The ids of every part of a journey, stage or step, prefixed by kind so kinds never collide. */
function partIds(entity: { stages: Stage[] } | Stage | Step): string[] {
  if ('stages' in entity) return entity.stages.flatMap((stage) => [`stage:${stage.id}`, ...partIds(stage)]);
  if ('steps' in entity) {
    const own = stagePartKinds.flatMap(([kind, field]) => (entity[field] ?? []).map((part) => `${kind}:${part.id}`));
    return [...own, ...entity.steps.flatMap((step) => [`step:${step.id}`, ...partIds(step)])];
  }
  return stepPartKinds.flatMap(([kind, field]) => (entity[field] ?? []).map((part) => `${kind}:${part.id}`));
}
