import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { teamPage } from './team-page.ts';

describe('teamPage', () => {
  const site = pageSite();
  const team = (id: string) => site.workspace.teams.find((t) => t.id === id)!;

  it('lists what the team owns, each with its journey', () => {
    const page = teamPage(site, team('ops'));
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/teams/teams.yaml');
    expect(page.teamsHref).toBe('/r/teams/');
    expect(page.journeys).toEqual([]);
    expect(page.stages).toEqual([{ name: 'Pick', journey: { href: '/r/journeys/buy/', text: 'Buying' } }]);
    expect(page.touchpoints).toEqual([{ touchpoint: { href: '/r/touchpoints/buy/shelf/', text: 'Shelf' }, journey: 'Buying' }]);
    expect(page.painPoints).toEqual([{ painPoint: { href: '/r/journeys/buy/#pain-slow', text: 'Slow' }, severity: 'high', level: 4, journey: 'Buying' }]);
    expect(page.opportunities).toEqual([]);
    expect(page.metrics).toEqual([]);
  });

  it('links the journeys, opportunities and metrics a team owns', () => {
    const page = teamPage(site, team('web'));
    expect(page.journeys).toEqual([{ href: '/r/journeys/buy/', text: 'Buying' }]);
    expect(page.opportunities).toEqual([{ title: 'Faster', status: 'idea', journey: { href: '/r/journeys/buy/', text: 'Buying' } }]);
    expect(page.metrics.map(({ href, metric }) => [href, metric.id])).toEqual([['/r/metrics/conv/', 'conv']]);
  });
});
