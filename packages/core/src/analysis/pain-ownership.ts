import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import { scaleValue } from '../schema/scales.ts';
import type { StageKind } from '../schema/stage.ts';
import type { Team } from '../schema/team.ts';

/**
 * A pain point in a cell of {@link PainOwnership}, with where it is and its severity on the 1–5 scale.
 *
 * @example
 * const titles = cell.painPoints.map((pain: OwnedPainPoint) => `${pain.title} (${pain.severity} of 5)`);
 */
export interface OwnedPainPoint {
  journey: { id: string; title: string };
  id: string;
  title: string;
  /** Undefined for a pain point of a whole stage. */
  step: { id: string; name: string } | undefined;
  severity: number;
}

/**
 * The pain points one team owns in one stage: how many, weighted by severity, and which.
 *
 * @example
 * const busiest = Math.max(...painOwnership(journeys, teams).rows.flatMap((row) => row.cells.map((cell: PainCell) => cell.weighted)));
 */
export interface PainCell {
  count: number;
  /** The sum of their severities on the 1–5 scale. */
  weighted: number;
  painPoints: OwnedPainPoint[];
}

/**
 * Who owns the pain: a row per team (and one for pain points nobody owns) and a column per stage
 * that has pain points, with each cell's pain points counted and weighted by severity.
 *
 * @example
 * const { columns, rows }: PainOwnership = painOwnership(workspace.journeys, workspace.teams);
 */
export interface PainOwnership {
  /** The stages with pain points, journey by journey in map order. */
  columns: { journey: { id: string; title: string }; stage: { id: string; name: string; kind: StageKind } }[];
  /** The teams that own pain points, in the order given, then `team: undefined` for those nobody owns. */
  rows: { team: { id: string; name: string } | undefined; count: number; weighted: number; cells: PainCell[] }[];
}

/**
 * Builds the teams × stages table of who owns the pain, from the `owner` of each pain point.
 * Teams without pain points and stages without any are left out; an owner that is not among
 * `teams` is shown by its id. Deterministic: rows follow `teams`, columns the journeys' map order.
 *
 * @example
 * painOwnership(workspace.journeys, workspace.teams).rows[0];
 * // { team: { id: 'onboarding', name: 'Onboarding' }, count: 3, weighted: 11, cells: [{ count: 2, weighted: 7, painPoints: [...] }, …] }
 */
export function painOwnership(journeys: readonly Journey[], teams: readonly Pick<Team, 'id' | 'name'>[]): PainOwnership {
  const owned = journeys.flatMap((journey) =>
    journeyParts(journey).painPoints.map(({ value, stage, step }) => ({
      owner: value.owner,
      column: `${journey.id}\u0000${stage.id}`,
      place: { journey: { id: journey.id, title: journey.title }, stage: { id: stage.id, name: stage.name, kind: stage.kind } },
      painPoint: {
        journey: { id: journey.id, title: journey.title },
        id: value.id,
        title: value.title,
        step: step === undefined ? undefined : { id: step.id, name: step.name },
        severity: scaleValue('severity', value.severity),
      },
    })),
  );
  // Grouped once: pages of all the journeys of a large workspace have tens of thousands of them.
  const places = new Map<string, (typeof owned)[number]['place']>();
  for (const item of owned) if (!places.has(item.column)) places.set(item.column, item.place);
  const columnKeys = [...places.keys()];
  const columns = [...places.values()];
  const byOwner = Map.groupBy(owned, (item) => item.owner);
  const teamIds = new Set(teams.map((team) => team.id));
  const known = teams.filter((team) => byOwner.has(team.id)).map((team) => ({ id: team.id, name: team.name }));
  const strangers = [...byOwner.keys()]
    .filter((owner): owner is string => owner !== undefined && !teamIds.has(owner))
    .sort()
    .map((id) => ({ id, name: id }));
  const owners: ({ id: string; name: string } | undefined)[] = [...known, ...strangers];
  if (byOwner.has(undefined)) owners.push(undefined);
  const rows = owners.map((team) => {
    const mine = byOwner.get(team?.id) ?? [];
    const byColumn = Map.groupBy(mine, (item) => item.column);
    const cells = columnKeys.map((key) => {
      const painPoints = (byColumn.get(key) ?? []).map((item) => item.painPoint);
      return { count: painPoints.length, weighted: sum(painPoints.map((pain) => pain.severity)), painPoints };
    });
    return { team, count: mine.length, weighted: sum(mine.map((item) => item.painPoint.severity)), cells };
  });
  return { columns, rows };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
