import type { PathSegment } from '../diagnostics/diagnostic.ts';
import type { Journey } from './journey.ts';
import type { JourneyVariant } from './journey-changes.ts';
import type { Opportunity } from './opportunity.ts';
import type { PainPoint } from './pain-point.ts';
import type { Stage } from './stage.ts';
import type { Step } from './step.ts';
import type { Touchpoint } from './touchpoint.ts';

/** Which definition a part of a merged journey comes from, and where in it. */
export interface Origin {
  side: 'as-is' | 'to-be';
  path: PathSegment[];
}

/** A change that names a part the journey does not have: its kind, id, place in the to-be and the ids it could mean. */
export interface UnknownPart {
  kind: 'stage' | 'step' | 'touchpoint' | 'pain point' | 'opportunity';
  id: string;
  path: PathSegment[];
  known: string[];
}

/**
 * A to-be journey with its changes applied: the whole journey, where each of its parts comes from,
 * and the changes that name parts that are not there.
 */
export interface AppliedChanges {
  journey: Journey;
  /** Where a path of the merged journey is defined: in the as-is or the to-be, and the path there. */
  originOf: (path: readonly PathSegment[]) => Origin;
  unknown: UnknownPart[];
}

type Item<T> = { value: T; origin: Origin };
type StepNode = Item<Step> & { touchpoints: Item<Touchpoint>[]; painPoints: Item<PainPoint>[]; opportunities: Item<Opportunity>[] };
type StageNode = Item<Stage> & { painPoints: Item<PainPoint>[]; opportunities: Item<Opportunity>[]; steps: StepNode[] };

const asIs = (...path: PathSegment[]): Origin => ({ side: 'as-is', path });
const toBe = (...path: PathSegment[]): Origin => ({ side: 'to-be', path });
const items = <T>(list: readonly T[] | undefined, origin: (i: number) => Origin): Item<T>[] =>
  (list ?? []).map((value, i) => ({ value, origin: origin(i) }));

function stepNode(step: Step, origin: Origin): StepNode {
  const at = (field: string) => (i: number) => ({ side: origin.side, path: [...origin.path, field, i] });
  return {
    value: step,
    origin,
    touchpoints: items(step.touchpoints, at('touchpoints')),
    painPoints: items(step.painPoints, at('painPoints')),
    opportunities: items(step.opportunities, at('opportunities')),
  };
}

function stageNode(stage: Stage, origin: Origin): StageNode {
  const at = (field: string) => (i: number) => ({ side: origin.side, path: [...origin.path, field, i] });
  return {
    value: stage,
    origin,
    painPoints: items(stage.painPoints, at('painPoints')),
    opportunities: items(stage.opportunities, at('opportunities')),
    steps: stage.steps.map((step, t) => stepNode(step, { side: origin.side, path: [...origin.path, 'steps', t] })),
  };
}

/** The keys an added part carries to say where it goes; they are not fields of the part. */
function withoutPlacement<T extends object>(value: T): T {
  const { stage: _stage, step: _step, after: _after, before: _before, ...own } = value as T & Record<'stage' | 'step' | 'after' | 'before', unknown>;
  return own as T;
}

/** Inserts an item after or before the sibling with the id given, else last; false when the sibling is not there. */
function place<T extends { value: { id: string } }>(list: T[], item: T, after: string | undefined, before: string | undefined): boolean {
  const anchor = after ?? before;
  if (anchor === undefined) {
    list.push(item);
    return true;
  }
  const index = list.findIndex((sibling) => sibling.value.id === anchor);
  if (index === -1) return false;
  list.splice(after === undefined ? index : index + 1, 0, item);
  return true;
}

/**
 * Applies a to-be journey's changes to its as-is journey: removals first, then replacements (by
 * id), then additions, each where it says it goes. Journey fields the to-be leaves out are the as-is
 * journey's. Deterministic, and the as-is journey is left as it was.
 *
 * @example
 * const { journey, unknown } = applyChanges(asIs, variant);
 * unknown; // [{ kind: 'step', id: 'chase-permt', path: ['changes', 'remove', 'steps', 0], known: ['chase-permit', …] }]
 */
export function applyChanges(base: Journey, variant: JourneyVariant): AppliedChanges {
  const stages = base.stages.map((stage, s) => stageNode(stage, asIs('stages', s)));
  const unknown: UnknownPart[] = [];
  const allSteps = () => stages.flatMap((stage) => stage.steps);
  const lists = {
    stage: () => [stages],
    step: () => stages.map((stage) => stage.steps),
    touchpoint: () => allSteps().map((step) => step.touchpoints),
    'pain point': () => [...stages, ...allSteps()].map((parent) => parent.painPoints),
    opportunity: () => [...stages, ...allSteps()].map((parent) => parent.opportunities),
  } satisfies Record<UnknownPart['kind'], () => Item<{ id: string }>[][]>;
  const find = (kind: UnknownPart['kind'], id: string, path: PathSegment[]) => {
    for (const list of lists[kind]()) {
      const index = list.findIndex((item) => item.value.id === id);
      if (index !== -1) return { list: list as Item<unknown>[], index };
    }
    unknown.push({ kind, id, path, known: lists[kind]().flat().map((item) => item.value.id) });
    return undefined;
  };
  const kinds = [
    ['stage', 'stages'],
    ['step', 'steps'],
    ['touchpoint', 'touchpoints'],
    ['pain point', 'painPoints'],
    ['opportunity', 'opportunities'],
  ] as const;

  const { remove, replace, add } = variant.changes;
  // Innermost kinds first, so a step removed with its stage is still found.
  for (const [kind, field] of [...kinds].reverse()) {
    remove?.[field]?.forEach((id, i) => {
      const found = find(kind, id, ['changes', 'remove', field, i]);
      found?.list.splice(found.index, 1);
    });
  }

  for (const [kind, field] of kinds) {
    replace?.[field]?.forEach((value: { id: string }, i) => {
      const found = find(kind, value.id, ['changes', 'replace', field, i, 'id']);
      if (found === undefined) return;
      const origin = toBe('changes', 'replace', field, i);
      const old = found.list[found.index]!;
      const fresh = kind === 'stage' ? stageNode({ steps: [], ...value } as unknown as Stage, origin) : kind === 'step' ? stepNode(value as Step, origin) : { value, origin };
      // A replaced stage or step keeps the parts it does not list anew.
      for (const part of ['steps', 'touchpoints', 'painPoints', 'opportunities'] as const) {
        if (part in old && !(part in value)) (fresh as Record<string, unknown>)[part] = (old as Record<string, unknown>)[part];
      }
      found.list[found.index] = fresh;
    });
  }

  const findStage = (id: string, path: PathSegment[]) => {
    const found = find('stage', id, path);
    return found === undefined ? undefined : (found.list[found.index] as StageNode);
  };
  const findStep = (id: string, path: PathSegment[]) => {
    const found = find('step', id, path);
    return found === undefined ? undefined : (found.list[found.index] as StepNode);
  };
  add?.stages?.forEach((value, i) => {
    const node = stageNode(withoutPlacement(value), toBe('changes', 'add', 'stages', i));
    if (!place(stages, node, value.after, value.before)) {
      unknown.push({ kind: 'stage', id: (value.after ?? value.before)!, path: ['changes', 'add', 'stages', i, value.after === undefined ? 'before' : 'after'], known: stages.map((stage) => stage.value.id) });
    }
  });
  add?.steps?.forEach((value, i) => {
    const at: PathSegment[] = ['changes', 'add', 'steps', i];
    const stage = findStage(value.stage, [...at, 'stage']);
    if (stage === undefined) return;
    if (!place(stage.steps, stepNode(withoutPlacement(value), toBe(...at)), value.after, value.before)) {
      unknown.push({ kind: 'step', id: (value.after ?? value.before)!, path: [...at, value.after === undefined ? 'before' : 'after'], known: stage.steps.map((step) => step.value.id) });
    }
  });
  add?.touchpoints?.forEach((value, i) => {
    const at: PathSegment[] = ['changes', 'add', 'touchpoints', i];
    findStep(value.step, [...at, 'step'])?.touchpoints.push({ value: withoutPlacement(value), origin: toBe(...at) });
  });
  for (const field of ['painPoints', 'opportunities'] as const) {
    add?.[field]?.forEach((value: { stage?: string | undefined; step?: string | undefined }, i) => {
      const at: PathSegment[] = ['changes', 'add', field, i];
      const parent = value.step !== undefined ? findStep(value.step, [...at, 'step']) : value.stage !== undefined ? findStage(value.stage, [...at, 'stage']) : undefined;
      (parent?.[field] as Item<unknown>[] | undefined)?.push({ value: withoutPlacement(value), origin: toBe(...at) });
    });
  }

  return merged(base, variant, stages, unknown);
}

/** The whole journey from the worked-on parts, with the origin of every path in it. */
function merged(base: Journey, variant: JourneyVariant, stages: StageNode[], unknown: UnknownPart[]): AppliedChanges {
  const origins = new Map<string, Origin>();
  const note = (path: PathSegment[], origin: Origin) => origins.set(JSON.stringify(path), origin);
  const listed = <T>(list: Item<T>[], path: PathSegment[]) =>
    list.map((item, i) => {
      note([...path, i], item.origin);
      return item.value;
    });
  const parts = <T extends object>(own: T, children: Record<string, Item<unknown>[]>, path: PathSegment[]): T => {
    const out: Record<string, unknown> = { ...(own as Record<string, unknown>) };
    for (const [field, list] of Object.entries(children)) {
      if (list.length > 0) out[field] = listed(list, [...path, field]);
      else delete out[field];
    }
    return out as T;
  };
  const journeyStages = stages.map((stage, s) => {
    const path = ['stages', s];
    note(path, stage.origin);
    const steps = stage.steps.map((step, t) => {
      note([...path, 'steps', t], step.origin);
      return parts(step.value, { touchpoints: step.touchpoints, painPoints: step.painPoints, opportunities: step.opportunities }, [...path, 'steps', t]);
    });
    return { ...parts(stage.value, { painPoints: stage.painPoints, opportunities: stage.opportunities }, path), steps };
  });
  const { changes: _changes, ...own } = variant;
  const given = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
  const { stages: _stages, ...inherited } = base;
  for (const key of Object.keys({ ...inherited, ...given })) note([key], key in given ? toBe(key) : asIs(key));
  const journey = { ...inherited, ...given, stages: journeyStages } as Journey;
  const originOf = (path: readonly PathSegment[]): Origin => {
    for (let length = path.length; length > 0; length--) {
      const origin = origins.get(JSON.stringify(path.slice(0, length)));
      if (origin !== undefined) return { side: origin.side, path: [...origin.path, ...path.slice(length)] };
    }
    return toBe(...path);
  };
  return { journey, originOf, unknown };
}
