import { journeyMetrics, journeyParts, targetStatus, type Journey, type Metric, type Workspace } from '@journeykit/core';
import { oncePerWorkspace } from './once-per-workspace.ts';

/** Indexes of a workspace that pages look things up in; built once per workspace. */
export interface Lookup {
  persona: Map<string, Workspace['personas'][number]>;
  team: Map<string, Workspace['teams'][number]>;
  channel: Map<string, Workspace['channels'][number]>;
  metric: Map<string, Metric>;
  journey: Map<string, Journey>;
  term: Map<string, Workspace['glossary'][number]>;
  /** Metrics by the journey they are scoped to. */
  metricsOfJourney: Map<string, Metric[]>;
  /** Journeys that are variants of a journey. */
  variants: Map<string, Journey[]>;
}

/** The lookup of a workspace, built on first use. */
export const lookup: (workspace: Workspace) => Lookup = oncePerWorkspace(build);

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));

function build(workspace: Workspace): Lookup {
  const metricsOfJourney = new Map<string, Metric[]>();
  for (const metric of workspace.metrics) {
    const journey = metric.scope?.journey;
    if (journey !== undefined) metricsOfJourney.set(journey, [...(metricsOfJourney.get(journey) ?? []), metric]);
  }
  const variants = new Map<string, Journey[]>();
  for (const journey of workspace.journeys) {
    if (journey.variantOf !== undefined) variants.set(journey.variantOf, [...(variants.get(journey.variantOf) ?? []), journey]);
  }
  return {
    persona: byId(workspace.personas),
    team: byId(workspace.teams),
    channel: byId(workspace.channels),
    metric: byId(workspace.metrics),
    journey: byId(workspace.journeys),
    term: byId(workspace.glossary),
    metricsOfJourney,
    variants,
  };
}

/** How many of a journey's metrics (a to-be's include its as-is's) meet their targets, miss them, or cannot say. */
export function journeyHealth(journey: Journey, workspace: Workspace) {
  const counts = { met: 0, missed: 0, unknown: 0 };
  for (const metric of journeyMetrics(journey, workspace.metrics)) {
    const { status } = targetStatus(metric);
    if (status === 'met' || status === 'missed') counts[status]++;
    else counts.unknown++;
  }
  return counts;
}

/** The emotions of a journey's steps in map order, for sparklines. */
export function emotions(journey: Journey): number[] {
  return journeyParts(journey).steps.flatMap(({ value }) => (value.emotion === undefined ? [] : [value.emotion]));
}
