import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric } from '../schema/metric.ts';

/**
 * What a journey map leaves unowned, unmeasured or unevidenced.
 *
 * @example
 * const { stagesWithoutOwner, touchpointsWithoutOwner }: Coverage = coverage(journey, workspace.metrics);
 */
export interface Coverage {
  stagesWithoutOwner: string[];
  stagesWithoutMetrics: string[];
  touchpointsWithoutOwner: string[];
  /** Touchpoints with no analytics event, so nothing shows they happen. */
  touchpointsWithoutEvent: string[];
  painPoints: number;
  /** Pain points observed in data or reported by customers, rather than inferred or supposed. */
  painPointsBackedByData: number;
}

/**
 * What a journey leaves uncovered: stages and touchpoints (by name) without an owner, stages no
 * metric measures, touchpoints no analytics event evidences, and how many pain points rest on data.
 *
 * @example
 * coverage(journey, metrics).touchpointsWithoutOwner; // ['Friend\'s recommendation']
 */
export function coverage(journey: Journey, metrics: readonly Metric[]): Coverage {
  const parts = journeyParts(journey);
  const measured = new Set(metrics.filter((m) => m.scope?.journey === journey.id).map((m) => m.scope?.stage));
  // A metric on a step or touchpoint measures its stage too.
  for (const metric of metrics) {
    if (metric.scope?.journey !== journey.id) continue;
    const inside = [...parts.steps, ...parts.touchpoints].find(({ value }) => value.id === metric.scope?.step || value.id === metric.scope?.touchpoint);
    if (inside !== undefined) measured.add(inside.stage.id);
  }
  const backed = parts.painPoints.filter(({ value }) => value.evidence === 'observed' || value.evidence === 'reported');
  return {
    stagesWithoutOwner: journey.stages.filter((s) => s.owner === undefined).map((s) => s.name),
    stagesWithoutMetrics: journey.stages.filter((s) => !measured.has(s.id)).map((s) => s.name),
    touchpointsWithoutOwner: parts.touchpoints.filter(({ value }) => value.owner === undefined).map(({ value }) => value.name),
    touchpointsWithoutEvent: parts.touchpoints.filter(({ value }) => value.event === undefined).map(({ value }) => value.name),
    painPoints: parts.painPoints.length,
    painPointsBackedByData: backed.length,
  };
}
