import { blueprintLanes, type BlueprintLane, type Journey } from '@journeykit/core';

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
 * and then the touchpoints that declare that lane. Undefined when no step has any, so the page
 * leaves the blueprint out rather than showing an empty grid.
 */
export function blueprintRows(journey: Pick<Journey, 'stages'>): BlueprintRow[] | undefined {
  const columns = journey.stages.flatMap((stage) => (stage.steps.length === 0 ? [undefined] : stage.steps));
  const rows = blueprintLanes.map((lane) => ({
    lane,
    label: labels[lane],
    lineAbove: lines[lane],
    cells: columns.map((step): BlueprintItem[] => [
      ...(step?.blueprint?.[lane] ?? []).map((text) => ({ text })),
      ...(step?.touchpoints ?? []).filter((tp) => tp.lane === lane).map((tp) => ({ touchpoint: { id: tp.id, name: tp.name } })),
    ]),
  }));
  return rows.some((row) => row.cells.some((cell) => cell.length > 0)) ? rows : undefined;
}
