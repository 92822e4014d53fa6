import { scaleValue, severityLabel, type Metric, type Team } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { editUrl, links } from './links.ts';
import { ownership } from './ownership.ts';
import type { Link } from './persona-page.ts';

/** What a team's page shows: what it owns across the workspace. */
export interface TeamPage {
  team: Team;
  editUrl: string | undefined;
  teamsHref: string;
  journeys: Link[];
  stages: { name: string; journey: Link }[];
  touchpoints: { touchpoint: Link; journey: string }[];
  painPoints: { painPoint: Link; severity: string; level: number; journey: string }[];
  opportunities: { title: string; status: string; journey: Link }[];
  metrics: { href: string; metric: Metric }[];
}

/**
 * The page of a team (see `ownership`).
 *
 * @example
 * teamPage(site, team).touchpoints; // [{ touchpoint: { href: '/touchpoints/onboarding/call/', text: 'Kickoff call' }, journey: 'Onboarding' }]
 */
export function teamPage(site: SiteData, team: Team): TeamPage {
  const to = links(site);
  const owned = ownership(site.workspace, team.id);
  const journeyLink = (journey: { id: string; title: string }) => ({ href: to.journey(journey.id), text: journey.title });
  return {
    team,
    editUrl: editUrl(site, site.workspace.files.team[team.id]),
    teamsHref: to.teams(),
    journeys: owned.journeys.map(journeyLink),
    stages: owned.stages.map(({ journey, value }) => ({ name: value.name, journey: journeyLink(journey) })),
    touchpoints: owned.touchpoints.map(({ journey, value }) => ({ touchpoint: { href: to.touchpoint(journey.id, value.id), text: value.name }, journey: journey.title })),
    painPoints: owned.painPoints.map(({ journey, value }) => ({ painPoint: { href: `${to.journey(journey.id)}#pain-${value.id}`, text: value.title }, severity: severityLabel(value.severity), level: scaleValue('severity', value.severity), journey: journey.title })),
    opportunities: owned.opportunities.map(({ journey, value }) => ({ title: value.title, status: value.status, journey: journeyLink(journey) })),
    metrics: owned.metrics.map((metric) => ({ href: to.metric(metric.id), metric })),
  };
}
