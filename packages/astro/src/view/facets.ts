import { journeyStatuses, type Workspace } from '@journeykit/core';

/** The values the portfolio can be filtered by, with labels, only those in use. */
export function facetOptions(workspace: Workspace) {
  const used = (ids: Iterable<string>) => new Set(ids);
  const personas = used(workspace.journeys.flatMap((journey) => journey.personas));
  const owners = used(workspace.journeys.flatMap((journey) => (journey.owner === undefined ? [] : [journey.owner])));
  const statuses = used(workspace.journeys.map((journey) => journey.status));
  return {
    personas: workspace.personas.filter((p) => personas.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
    owners: workspace.teams.filter((t) => owners.has(t.id)).map((t) => ({ value: t.id, label: t.name })),
    statuses: journeyStatuses.filter((s) => statuses.has(s)).map((s) => ({ value: s, label: s })),
  };
}
