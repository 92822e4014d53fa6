import type { Channel } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { editUrl, links } from './links.ts';
import type { Link } from './persona-page.ts';
import { touchpointRows } from './touchpoint-rows.ts';

/** What a channel's page shows. */
export interface ChannelPage {
  channel: Channel;
  editUrl: string | undefined;
  touchpointsHref: string;
  /** The touchpoints on the channel, each with its journey and stage. */
  touchpoints: { touchpoint: Link; journey: Link; stage: string }[];
  /** The personas that prefer it. */
  personas: Link[];
}

/**
 * The channels that get a page: those in use (by a touchpoint or a persona) and those the
 * workspace defines; built-in channels nobody uses would be empty pages.
 *
 * @example
 * channelsWithPages(site).map((channel) => channel.id); // ['email', 'phone']
 */
export function channelsWithPages(site: SiteData): Channel[] {
  const { workspace } = site;
  const used = new Set([...touchpointRows(workspace).map((row) => row.touchpoint.channel), ...workspace.personas.flatMap((persona) => persona.preferredChannels ?? []), ...Object.keys(workspace.files.channel)]);
  return workspace.channels.filter((channel) => used.has(channel.id));
}

/**
 * The page of a channel.
 *
 * @example
 * channelPage(site, channel).personas; // [{ href: '/personas/olivia/', text: 'Olivia' }]
 */
export function channelPage(site: SiteData, channel: Channel): ChannelPage {
  const to = links(site);
  return {
    channel,
    editUrl: editUrl(site, site.workspace.files.channel[channel.id]),
    touchpointsHref: to.touchpoints(),
    touchpoints: touchpointRows(site.workspace)
      .filter((row) => row.touchpoint.channel === channel.id)
      .map(({ journey, stage, touchpoint }) => ({ touchpoint: { href: to.touchpoint(journey.id, touchpoint.id), text: touchpoint.name }, journey: { href: to.journey(journey.id), text: journey.title }, stage: stage.name })),
    personas: site.workspace.personas.filter((persona) => persona.preferredChannels?.includes(channel.id)).map((persona) => ({ href: to.persona(persona.id), text: persona.name })),
  };
}
