import { journeyParts, type Journey, type Workspace } from '@journeykit/core';

/** What one team owns across the workspace, each part with its journey. */
export function ownership(workspace: Workspace, team: string) {
  const owned = <T extends { owner?: string | undefined }>(pick: (journey: Journey) => { value: T }[]) =>
    workspace.journeys.flatMap((journey) => pick(journey).filter(({ value }) => value.owner === team).map(({ value }) => ({ journey, value })));
  const parts = new Map(workspace.journeys.map((journey) => [journey, journeyParts(journey)]));
  return {
    journeys: workspace.journeys.filter((journey) => journey.owner === team),
    stages: owned((journey) => parts.get(journey)!.stages),
    touchpoints: owned((journey) => parts.get(journey)!.touchpoints),
    painPoints: owned((journey) => parts.get(journey)!.painPoints),
    opportunities: owned((journey) => parts.get(journey)!.opportunities),
    metrics: workspace.metrics.filter((metric) => metric.owner === team),
  };
}
