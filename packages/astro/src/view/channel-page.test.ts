import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { channelPage, channelsWithPages } from './channel-page.ts';

describe('channel pages', () => {
  const site = pageSite();

  it('exist for the channels in use and those the workspace defines, not for unused built-in ones', () => {
    expect(channelsWithPages(site).map((channel) => channel.id)).toEqual(['web', 'email', 'kiosk']);
  });

  it('list the touchpoints on the channel and the personas that prefer it', () => {
    const page = channelPage(site, site.workspace.channels.find((channel) => channel.id === 'kiosk')!);
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/channels/kiosk.yaml');
    expect(page.touchpoints).toEqual([{ touchpoint: { href: '/r/touchpoints/buy/shelf/', text: 'Shelf' }, journey: { href: '/r/journeys/buy/', text: 'Buying' }, stage: 'Pick' }]);
    expect(page.personas).toEqual([{ href: '/r/personas/sam/', text: 'Sam' }]);
  });

  it('have no edit link for a built-in channel', () => {
    expect(channelPage(site, site.workspace.channels.find((channel) => channel.id === 'email')!)).toMatchObject({ editUrl: undefined, personas: [] });
  });
});
