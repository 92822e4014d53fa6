import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { teamsPage } from './teams-page.ts';

describe('teamsPage', () => {
  const page = teamsPage(pageSite());

  it('gives a row per team by name, counting what each owns', () => {
    expect(page.rows).toEqual([
      { href: '/r/teams/ops/', name: 'Ops', department: 'operations', stages: 1, touchpoints: 1, painPoints: 1, opportunities: 0, metrics: 0 },
      { href: '/r/teams/web/', name: 'Web team', department: 'product', stages: 0, touchpoints: 0, painPoints: 0, opportunities: 1, metrics: 1 },
    ]);
  });

  it('shows who owns the pain, and nothing when no pain point is recorded', () => {
    expect(page.pain?.rows.map((row) => [row.team, row.count])).toEqual([[{ name: 'Ops', href: '/r/teams/ops/' }, 1]]);
    const painless = pageSite();
    for (const journey of painless.workspace.journeys) for (const stage of journey.stages) for (const step of stage.steps) step.painPoints = [];
    expect(teamsPage(painless).pain).toBeUndefined();
  });
});
