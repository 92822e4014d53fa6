import { journeyParts, type Journey, type JourneyParts, type Metric, type Workspace } from '@journeykit/core';
import { oncePerWorkspace } from './once-per-workspace.ts';

type OwnedParts = { [K in Exclude<keyof JourneyParts, 'steps'>]: { journey: Journey; value: JourneyParts[K][number]['value'] }[] };

/** What one team owns across the workspace, each part with its journey, in workspace order. */
export interface Ownership extends OwnedParts {
  journeys: Journey[];
  metrics: Metric[];
}

// Built once per workspace: every team page and the teams table read it, and walking every
// journey for each team made those pages cost teams × journeys.
const ownershipOf = oncePerWorkspace(ownershipByTeam);

/** What `team` owns across the workspace. */
export function ownership(workspace: Workspace, team: string): Ownership {
  return ownershipOf(workspace).get(team) ?? nothingOwned();
}

function nothingOwned(): Ownership {
  return { journeys: [], stages: [], touchpoints: [], painPoints: [], opportunities: [], metrics: [] };
}

function ownershipByTeam(workspace: Workspace): Map<string, Ownership> {
  const byTeam = new Map<string, Ownership>();
  const of = (team: string) => {
    let owned = byTeam.get(team);
    if (owned === undefined) byTeam.set(team, (owned = nothingOwned()));
    return owned;
  };
  for (const journey of workspace.journeys) {
    if (journey.owner !== undefined) of(journey.owner).journeys.push(journey);
    const parts = journeyParts(journey);
    for (const kind of ['stages', 'touchpoints', 'painPoints', 'opportunities'] as const) {
      for (const { value } of parts[kind]) {
        if (value.owner !== undefined) (of(value.owner)[kind] as { journey: Journey; value: typeof value }[]).push({ journey, value });
      }
    }
  }
  for (const metric of workspace.metrics) if (metric.owner !== undefined) of(metric.owner).metrics.push(metric);
  return byTeam;
}
