import { painOwnership, severityLabel, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** One cell of the teams × stages table: how much pain, and where its list is on the page. */
export interface PainOwnershipCell {
  count: number;
  weighted: number;
  /** 0 (none) to 10 (the most weighted cell of the table), for shading. */
  shade: number;
  /** The id of the cell's list below the table; undefined for an empty cell. */
  anchor: string | undefined;
}

/** The teams page's "who owns the pain" table, with links from each cell to its pain points. */
export interface PainOwnershipView {
  /** Journeys over their stages' columns, each spanning its stages. */
  journeys: { title: string; href: string; span: number }[];
  stages: { name: string; kind: string }[];
  rows: {
    team: { name: string; href: string | undefined };
    count: number;
    weighted: number;
    cells: PainOwnershipCell[];
    /** The pain points of each non-empty cell, for the lists below the table. */
    lists: { anchor: string; where: string; painPoints: { title: string; href: string; severity: string }[] }[];
  }[];
}

/**
 * Who owns the pain, ready for the teams page: core's `painOwnership` of the journeys as they are
 * (a to-be with its as-is in the workspace, and a retired journey, are left out), with each cell's share of the heaviest
 * cell for shading, and an anchor per cell whose list links each pain point on its journey's
 * page. Undefined when the workspace records no pain point.
 */
export function painOwnershipView(site: Pick<SiteData, 'root'> & { workspace: Workspace }): PainOwnershipView | undefined {
  const { workspace } = site;
  const to = links(site);
  // The pain customers meet today: a to-be journey's pain points are what its as-is would keep,
  // and counting them again would double the as-is's; a retired journey's customers no longer meet it.
  const ids = new Set(workspace.journeys.map((journey) => journey.id));
  const today = workspace.journeys.filter((journey) => journey.status !== 'retired' && !(journey.state === 'to-be' && journey.variantOf !== undefined && ids.has(journey.variantOf)));
  const { columns, rows } = painOwnership(today, workspace.teams);
  if (columns.length === 0) return undefined;
  const heaviest = Math.max(...rows.flatMap((row) => row.cells.map((cell) => cell.weighted)));
  const journeys: PainOwnershipView['journeys'] = [];
  for (const column of columns) {
    const last = journeys.at(-1);
    if (last !== undefined && last.href === to.journey(column.journey.id)) last.span++;
    else journeys.push({ title: column.journey.title, href: to.journey(column.journey.id), span: 1 });
  }
  return {
    journeys,
    stages: columns.map((column) => ({ name: column.stage.name, kind: column.stage.kind })),
    rows: rows.map((row) => {
      const key = row.team?.id ?? 'nobody';
      const anchor = (i: number) => `pain-of-${key}-${columns[i]!.journey.id}-${columns[i]!.stage.id}`;
      return {
        team: row.team === undefined ? { name: 'Nobody', href: undefined } : { name: row.team.name, href: workspace.teams.some((t) => t.id === row.team!.id) ? to.team(row.team.id) : undefined },
        count: row.count,
        weighted: row.weighted,
        cells: row.cells.map((cell, i) => ({
          count: cell.count,
          weighted: cell.weighted,
          shade: heaviest === 0 ? 0 : Math.round((cell.weighted / heaviest) * 10),
          anchor: cell.count === 0 ? undefined : anchor(i),
        })),
        lists: row.cells.flatMap((cell, i) =>
          cell.count === 0
            ? []
            : [{
                anchor: anchor(i),
                where: `${columns[i]!.journey.title} › ${columns[i]!.stage.name}`,
                painPoints: cell.painPoints.map((pain) => ({ title: pain.title, href: `${to.journey(pain.journey.id)}#pain-${pain.id}`, severity: severityLabel(pain.severity) })),
              }],
        ),
      };
    }),
  };
}
