import type { SiteData } from '../site-data.ts';
import type { FilterGroup } from './filter-rules.ts';
import { links } from './links.ts';
import { lookup } from './lookup.ts';
import type { Link } from './persona-page.ts';
import { touchpointRows } from './touchpoint-rows.ts';

/** What the touchpoint inventory shows: filters, and a row per touchpoint. */
export interface TouchpointsPage {
  journeys: number;
  filters: FilterGroup[];
  rows: {
    touchpoint: Link;
    channel: Link;
    journey: Link;
    stage: string;
    step: string;
    owner: Link | undefined;
    type: string;
    /** What the filters match the row by. */
    filterBy: { channel: string; stage: string; owner: string };
  }[];
}

/**
 * The touchpoint inventory: every touchpoint of the workspace (see `touchpointRows`), with filters
 * by the channels, stage kinds and owners in use.
 *
 * @example
 * touchpointsPage(site).filters.map((group) => group.name); // ['channel', 'stage', 'owner']
 */
export function touchpointsPage(site: SiteData): TouchpointsPage {
  const to = links(site);
  const find = lookup(site.workspace);
  const rows = touchpointRows(site.workspace);
  const used = <T>(values: T[]) => [...new Set(values)];
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const channelName = (id: string) => find.channel.get(id)?.name ?? id;
  const teamName = (id: string) => find.team.get(id)?.name ?? id;
  const channels = used(rows.map((row) => row.touchpoint.channel)).map((id) => ({ value: id, label: channelName(id) })).sort(byLabel);
  const stages = used(rows.map((row) => row.stage.kind)).map((kind) => ({ value: kind, label: `${kind[0]!.toUpperCase()}${kind.slice(1)}` }));
  const owners = used(rows.flatMap((row) => (row.touchpoint.owner ? [row.touchpoint.owner] : []))).map((id) => ({ value: id, label: teamName(id) })).sort(byLabel);
  return {
    journeys: site.workspace.journeys.length,
    filters: [
      { name: 'channel', legend: 'Channel', options: channels },
      { name: 'stage', legend: 'Stage', options: stages },
      { name: 'owner', legend: 'Owner', options: owners },
    ],
    rows: rows.map(({ journey, stage, step, touchpoint }) => ({
      touchpoint: { href: to.touchpoint(journey.id, touchpoint.id), text: touchpoint.name },
      channel: { href: to.channel(touchpoint.channel), text: channelName(touchpoint.channel) },
      journey: { href: to.journey(journey.id), text: journey.title },
      stage: stage.name,
      step: step.name,
      owner: touchpoint.owner ? { href: to.team(touchpoint.owner), text: teamName(touchpoint.owner) } : undefined,
      type: `${touchpoint.type}${touchpoint.automated ? ', automated' : ''}`,
      filterBy: { channel: touchpoint.channel, stage: stage.kind, owner: touchpoint.owner ?? '' },
    })),
  };
}
