import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';
import { touchpointRows } from './touchpoint-rows.ts';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Every page of a report, as the sitemap lists them. */
export function sitemapUrls(site: SiteData): string[] {
  const to = links(site);
  const { workspace } = site;
  const paths = [
    to.home(), to.personas(), to.touchpoints(), to.teams(), to.metrics(), to.glossary(),
    ...workspace.journeys.map((j) => to.journey(j.id)),
    ...workspace.personas.map((p) => to.persona(p.id)),
    ...touchpointRows(workspace).map((r) => to.touchpoint(r.journey.id, r.touchpoint.id)),
    ...workspace.teams.map((t) => to.team(t.id)),
    ...workspace.metrics.map((m) => to.metric(m.id)),
    ...workspace.glossary.map((t) => to.term(t.id)),
  ];
  const origin = site.site?.replace(/\/$/, '') ?? '';
  return paths.map((path) => escapeXml(`${origin}${path}`));
}
