import { diffWorkspaces } from '../diff/diff-workspaces.ts';
import type { EntityChange } from '../diff/diff-schema.ts';
import { journeyParts, type Part } from '../schema/journey-parts.ts';
import { stepEmotion } from '../schema/step-emotion.ts';
import type { Workspace } from '../schema/workspace.ts';
import type { Config } from '../schema/config.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric, Observation } from '../schema/metric.ts';
import type { Opportunity } from '../schema/opportunity.ts';
import type { PainPoint } from '../schema/pain-point.ts';
import { scaleValue } from '../schema/scales.ts';
import { journeyMetrics } from './journey-metrics.ts';
import { targetStatus, type TargetStatus } from './target-status.ts';

/**
 * A part of a journey by id and name.
 *
 * @example
 * const step: NamedRef = { id: 'wait-for-permit', name: 'Waits for the permit' };
 */
export interface NamedRef {
  id: string;
  name: string;
}

/**
 * A pain point in a comparison: where it is, its severity on the 1–5 scale, and the opportunities
 * that answer it.
 *
 * @example
 * const [first]: ComparedPainPoint[] = compareJourneys(asIs, toBe).painPoints.resolved;
 * first?.by; // ['project-tracker']: the opportunities that answer it
 */
export interface ComparedPainPoint {
  id: string;
  title: string;
  stage: NamedRef;
  /** Undefined for a pain point of a whole stage. */
  step: NamedRef | undefined;
  severity: number;
  /** Ids of the opportunities, of either journey, that address it. */
  by: string[];
}

/**
 * An opportunity that delivers part of the change: it answers a pain point the to-be resolves or eases.
 *
 * @example
 * const planned = compareJourneys(asIs, toBe).opportunities.filter((o: DeliveringOpportunity) => o.status === 'planned');
 */
export interface DeliveringOpportunity {
  id: string;
  title: string;
  status: Opportunity['status'];
  /** The pain points it answers that the to-be resolves or eases. */
  addresses: string[];
  stage: NamedRef;
  step: NamedRef | undefined;
}

/**
 * A step on the emotion lane of a comparison, with how each journey feels there.
 *
 * @example
 * const better = compareJourneys(asIs, toBe).emotion.filter((pair: EmotionPair) => (pair.toBe ?? 0) > (pair.asIs ?? Infinity));
 */
export interface EmotionPair {
  stage: NamedRef;
  step: NamedRef;
  asIs: number | undefined;
  toBe: number | undefined;
  /** Whether the step is new in the to-be, gone from it, or in both. */
  change: 'added' | 'removed' | 'kept';
}

/**
 * A metric of the as-is (or the to-be) with its current value and the target the to-be aims at.
 *
 * @example
 * const line = ({ metric, current, target }: ComparedKpi) => `${metric.name}: ${current?.value ?? '–'} → ${target ?? '–'}`;
 */
export interface ComparedKpi {
  metric: Metric;
  current: Observation | undefined;
  target: number | undefined;
  status: TargetStatus;
}

/**
 * What a to-be journey changes in its as-is journey, as its page tells it.
 *
 * @example
 * const comparison: JourneyComparison = compareJourneys(asIs, toBe, workspace.metrics);
 * comparison.painPoints.resolved.map((pain) => pain.title);
 */
export interface JourneyComparison {
  steps: { added: EntityChange[]; removed: EntityChange[]; changed: EntityChange[] };
  painPoints: { resolved: ComparedPainPoint[]; eased: ComparedPainPoint[]; added: ComparedPainPoint[] };
  opportunities: DeliveringOpportunity[];
  emotion: EmotionPair[];
  kpis: ComparedKpi[];
  /** Every change between the two journeys' parts, in map order, as the diff engine gives them. */
  changes: EntityChange[];
}

const noConfig = {} as Config;

/** A workspace holding one journey, which is all the diff engine needs to compare two journeys. */
function workspaceOf(journey: Journey): Workspace {
  return {
    config: noConfig,
    journeys: [journey],
    personas: [],
    channels: [],
    teams: [],
    metrics: [],
    glossary: [],
    funnels: {},
    retention: {},
    files: { config: {}, journey: {}, persona: {}, channel: {}, team: {}, metric: {}, glossary: {} },
  };
}

const refOf = (part: { id: string; name: string } | undefined) => (part === undefined ? undefined : { id: part.id, name: part.name });

/**
 * Compares a to-be journey with its as-is journey, with core's diff engine: the steps added,
 * removed and changed; the pain points resolved (gone), eased (less severe) and added; the
 * opportunities that answer the resolved and eased ones; both emotion series step by step, for a
 * persona or by default; and each metric of the journey (see {@link journeyMetrics}) with its
 * current value against its target.
 *
 * @example
 * const { steps, painPoints, emotion } = compareJourneys(asIs, toBe, workspace.metrics, 'landlord');
 * emotion[0]; // { stage: { id: 'survey', … }, step: { id: 'book', … }, asIs: 2, toBe: 4, change: 'kept' }
 */
export function compareJourneys(asIs: Journey, toBe: Journey, metrics: readonly Metric[] = [], persona?: string): JourneyComparison {
  // Under the to-be's id and title, so the diff pairs the two journeys and lists only their parts.
  const base = { ...asIs, id: toBe.id, title: toBe.title };
  const changes = diffWorkspaces(workspaceOf(base), workspaceOf(toBe)).changes.filter((change) => change.kind !== 'journey');
  const of = (kind: EntityChange['kind'], change: EntityChange['change']) => changes.filter((c) => c.kind === kind && c.change === change);

  const asIsParts = journeyParts(asIs);
  const toBeParts = journeyParts(toBe);
  const opportunities = new Map<string, Part<Opportunity>>();
  for (const part of [...asIsParts.opportunities, ...toBeParts.opportunities]) opportunities.set(part.value.id, part);
  const painPoint = (parts: Part<PainPoint>[], id: string): ComparedPainPoint | undefined => {
    const part = parts.find(({ value }) => value.id === id);
    if (part === undefined) return undefined;
    const by = [...opportunities.values()].filter(({ value }) => value.addresses?.includes(id)).map(({ value }) => value.id);
    return { id, title: part.value.title, stage: refOf(part.stage)!, step: refOf(part.step), severity: scaleValue('severity', part.value.severity), by };
  };
  const pains = (list: EntityChange[], parts: Part<PainPoint>[]) => list.flatMap((change) => painPoint(parts, change.id) ?? []);
  const resolved = pains(of('painPoint', 'removed'), asIsParts.painPoints);
  const eased = pains(
    of('painPoint', 'changed').filter((change) => change.fields.some((field) => field.field === 'severity' && field.direction === 'better')),
    toBeParts.painPoints,
  );
  const answered = new Set([...resolved, ...eased].map((pain) => pain.id));
  const delivering = [...opportunities.values()]
    .filter(({ value }) => value.addresses?.some((id) => answered.has(id)))
    .map(({ value, stage, step }) => ({
      id: value.id,
      title: value.title,
      status: value.status,
      addresses: (value.addresses ?? []).filter((id) => answered.has(id)),
      stage: refOf(stage)!,
      step: refOf(step),
    }));

  const kpis = journeyMetrics(toBe, metrics).map((metric) => {
    const { status, latest, target } = targetStatus(metric);
    return { metric, current: latest, target, status };
  });
  return {
    steps: { added: of('step', 'added'), removed: of('step', 'removed'), changed: of('step', 'changed') },
    painPoints: { resolved, eased, added: pains(of('painPoint', 'added'), toBeParts.painPoints) },
    opportunities: delivering,
    emotion: emotionPairs(asIs, toBe, changes, persona),
    kpis,
    changes,
  };
}

/**
 * Both emotion series on the to-be's steps, in its order, each removed as-is step placed after the
 * step it followed in the as-is. A step whose id changed is paired with its as-is self.
 */
function emotionPairs(asIs: Journey, toBe: Journey, changes: readonly EntityChange[], persona: string | undefined): EmotionPair[] {
  const asIsSteps = journeyParts(asIs).steps;
  const renamed = new Map(changes.flatMap((change) => (change.kind === 'step' && change.renamed?.id !== undefined ? [[change.renamed.id.to, change.renamed.id.from]] : [])));
  const removed = new Set(changes.filter((change) => change.kind === 'step' && change.change === 'removed').map((change) => change.id));
  const pairs: (EmotionPair & { asIsId: string | undefined })[] = journeyParts(toBe).steps.map(({ value: step, stage }) => {
    const asIsId = renamed.get(step.id) ?? step.id;
    const before = asIsSteps.find(({ value }) => value.id === asIsId && !removed.has(value.id));
    return {
      stage: refOf(stage)!,
      step: refOf(step)!,
      asIs: before === undefined ? undefined : stepEmotion(before.value, persona),
      toBe: stepEmotion(step, persona),
      change: before === undefined ? 'added' : 'kept',
      asIsId: before?.value.id,
    };
  });
  asIsSteps.forEach(({ value: step, stage }, index) => {
    if (!removed.has(step.id)) return;
    const previous = asIsSteps.slice(0, index).map(({ value }) => value.id);
    const after = pairs.findLastIndex((pair) => pair.asIsId !== undefined && previous.includes(pair.asIsId));
    const pair = { stage: refOf(stage)!, step: refOf(step)!, asIs: stepEmotion(step, persona), toBe: undefined, change: 'removed' as const, asIsId: step.id };
    pairs.splice(after + 1, 0, pair);
  });
  return pairs.map(({ asIsId: _asIsId, ...pair }) => pair);
}
