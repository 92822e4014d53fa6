import { scaleValue, severityLabel, type Metric } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { definitionLink, editUrl, links } from './links.ts';
import { lookup } from './lookup.ts';
import type { Link } from './persona-page.ts';
import { teamLink } from './team-link.ts';
import type { TouchpointRow } from './touchpoint-rows.ts';

/** What a touchpoint's page shows. */
export interface TouchpointPage {
  row: TouchpointRow;
  editUrl: string | undefined;
  touchpointsHref: string;
  journey: Link;
  channel: Link;
  /** Its type, and whether it is automated. */
  type: string;
  owner: Link | undefined;
  documents: { title: string; href: string | undefined }[] | undefined;
  /** The metrics it names, then those scoped to it, each once. */
  metrics: { href: string; metric: Metric }[];
  painPoints: { title: string; severity: string; level: number }[] | undefined;
}

/**
 * The page of a touchpoint, with its journey, stage and step (a row of `touchpointRows`).
 *
 * @example
 * touchpointPage(site, touchpointRows(site.workspace)[0]).channel; // { href: '/channels/phone/', text: 'Phone' }
 */
export function touchpointPage(site: SiteData, row: TouchpointRow): TouchpointPage {
  const { journey, step, touchpoint } = row;
  const to = links(site);
  const find = lookup(site.workspace);
  const metrics = [
    ...(touchpoint.metrics ?? []).map((id) => find.metric.get(id)),
    ...(find.metricsOfJourney.get(journey.id) ?? []).filter((metric) => metric.scope?.touchpoint === touchpoint.id),
  ].filter((metric, index, all): metric is Metric => metric !== undefined && all.indexOf(metric) === index);
  return {
    row,
    editUrl: editUrl(site, site.workspace.files.journey[journey.id]),
    touchpointsHref: to.touchpoints(),
    journey: { href: to.journey(journey.id), text: journey.title },
    channel: { href: to.channel(touchpoint.channel), text: find.channel.get(touchpoint.channel)?.name ?? touchpoint.channel },
    type: `${touchpoint.type}${touchpoint.automated ? ', automated' : ''}`,
    owner: teamLink(site.workspace, to, touchpoint.owner),
    documents: touchpoint.documents?.map((document) => ({ title: document.title, href: definitionLink(document.link) })),
    metrics: metrics.map((metric) => ({ href: to.metric(metric.id), metric })),
    painPoints: step.painPoints?.map((pain) => ({ title: pain.title, severity: severityLabel(pain.severity), level: scaleValue('severity', pain.severity) })),
  };
}
