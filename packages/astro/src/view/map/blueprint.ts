import { blueprintLanes, touchpointLane, type BlueprintLane, type Journey } from '@journeykit/core';

/** What a blueprint cell holds: a line the author wrote, or a touchpoint placed in the lane. */
export type BlueprintItem = { text: string } | { touchpoint: { id: string; name: string } };

/** One lane of the service blueprint across the step columns. */
export interface BlueprintRow {
  lane: BlueprintLane;
  label: string;
  /** The line drawn above the lane, if any. */
  lineAbove: string | undefined;
  cells: BlueprintItem[][];
}

const labels: Record<BlueprintLane, string> = {
  customer: 'Customer actions',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support processes',
};

const lines: Record<BlueprintLane, string | undefined> = {
  customer: undefined,
  frontstage: 'Line of interaction',
  backstage: 'Line of visibility',
  support: 'Line of internal interaction',
};

/**
 * The service blueprint of a journey, step by step: each lane holds the step's own blueprint lines
 * and then the step's touchpoints in that lane: the lane a touchpoint declares, else frontstage for
 * a direct one and the customer's for an indirect one. Undefined when no step has blueprint lines
 * or a touchpoint that declares a lane, so a map that never speaks of a blueprint shows none.
 */
export function blueprintRows(journey: Pick<Journey, 'stages'>): BlueprintRow[] | undefined {
  const columns = journey.stages.flatMap((stage) => (stage.steps.length === 0 ? [undefined] : stage.steps));
  const spoken = columns.some((step) => step?.blueprint !== undefined || step?.touchpoints?.some((tp) => tp.lane !== undefined));
  if (!spoken) return undefined;
  return blueprintLanes.map((lane) => ({
    lane,
    label: labels[lane],
    lineAbove: lines[lane],
    cells: columns.map((step): BlueprintItem[] => [
      ...(step?.blueprint?.[lane] ?? []).map((text) => ({ text })),
      ...(step?.touchpoints ?? []).filter((tp) => touchpointLane(tp) === lane).map((tp) => ({ touchpoint: { id: tp.id, name: tp.name } })),
    ]),
  }));
}
