import { journeyParts, type Journey, type Stage, type Step, type Touchpoint, type Workspace } from '@journeykit/core';
import { oncePerWorkspace } from './once-per-workspace.ts';

/** A touchpoint with the journey, stage and step it belongs to. */
export interface TouchpointRow {
  journey: Journey;
  stage: Stage;
  step: Step;
  touchpoint: Touchpoint;
}

/** Every touchpoint of the workspace, journey by journey in title order, then in map order. */
export const touchpointRows: (workspace: Workspace) => TouchpointRow[] = oncePerWorkspace((workspace) =>
  [...workspace.journeys]
    .sort((a, b) => a.title.localeCompare(b.title))
    .flatMap((journey) => journeyParts(journey).touchpoints.map(({ value, stage, step }) => ({ journey, stage, step: step!, touchpoint: value }))),
);
