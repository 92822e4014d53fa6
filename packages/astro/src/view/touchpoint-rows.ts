import { journeyParts, type Journey, type Stage, type Step, type Touchpoint, type Workspace } from '@journeykit/core';

/** A touchpoint with the journey, stage and step it belongs to. */
export interface TouchpointRow {
  journey: Journey;
  stage: Stage;
  step: Step;
  touchpoint: Touchpoint;
}

const cache = new WeakMap<Workspace, TouchpointRow[]>();

/** Every touchpoint of the workspace, journey by journey in title order, then in map order. */
export function touchpointRows(workspace: Workspace): TouchpointRow[] {
  let rows = cache.get(workspace);
  if (rows === undefined) {
    rows = [...workspace.journeys]
      .sort((a, b) => a.title.localeCompare(b.title))
      .flatMap((journey) =>
        journeyParts(journey).touchpoints.map(({ value, stage, step }) => ({ journey, stage, step: step!, touchpoint: value })),
      );
    cache.set(workspace, rows);
  }
  return rows;
}
