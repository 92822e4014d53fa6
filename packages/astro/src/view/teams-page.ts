import type { Team } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';
import { ownership } from './ownership.ts';
import { painOwnershipView, type PainOwnershipView } from './pain-ownership-view.ts';

/** What the teams page shows: a row per team, by name, counting what it owns, and who owns the pain. */
export interface TeamsPage {
  rows: { href: string; name: string; department: Team['department']; stages: number; touchpoints: number; painPoints: number; opportunities: number; metrics: number }[];
  /** The teams × stages table of pain points; undefined when no pain point has an owner. */
  pain: PainOwnershipView | undefined;
}

/**
 * The teams page (see `ownership` and `painOwnershipView`).
 *
 * @example
 * teamsPage(site).rows[0]; // { href: '/teams/ops/', name: 'Ops', department: 'operations', stages: 1, touchpoints: 1, painPoints: 1, opportunities: 0, metrics: 0 }
 */
export function teamsPage(site: SiteData): TeamsPage {
  const to = links(site);
  return {
    rows: [...site.workspace.teams]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((team) => {
        const owned = ownership(site.workspace, team.id);
        return {
          href: to.team(team.id),
          name: team.name,
          department: team.department,
          stages: owned.stages.length,
          touchpoints: owned.touchpoints.length,
          painPoints: owned.painPoints.length,
          opportunities: owned.opportunities.length,
          metrics: owned.metrics.length,
        };
      }),
    pain: painOwnershipView(site),
  };
}
