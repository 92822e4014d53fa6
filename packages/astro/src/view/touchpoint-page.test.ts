import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { touchpointPage } from './touchpoint-page.ts';
import { touchpointRows } from './touchpoint-rows.ts';

describe('touchpointPage', () => {
  const site = pageSite();
  const row = (id: string) => touchpointRows(site.workspace).find((r) => r.touchpoint.id === id)!;

  it('links the journey, channel and owner, and lists the documents, the metrics scoped to it and the step pain points', () => {
    const page = touchpointPage(site, row('shelf'));
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/journeys/buy.yaml');
    expect(page.touchpointsHref).toBe('/r/touchpoints/');
    expect(page.journey).toEqual({ href: '/r/journeys/buy/', text: 'Buying' });
    expect(page.channel).toEqual({ href: '/r/channels/kiosk/', text: 'In-store kiosk' });
    expect(page.type).toBe('direct, automated');
    expect(page.owner).toEqual({ href: '/r/teams/ops/', text: 'Ops' });
    expect(page.documents).toEqual([{ title: 'Planogram', href: 'https://docs.example/p' }, { title: 'Notes', href: undefined }]);
    expect(page.metrics.map(({ href, metric }) => [href, metric.id])).toEqual([['/r/metrics/shelf-time/', 'shelf-time']]);
    expect(page.painPoints).toEqual([{ title: 'Slow', severity: 'high', level: 4 }]);
  });

  it('lists a metric the touchpoint names once, and leaves out what it lacks', () => {
    const page = touchpointPage(site, row('form'));
    expect(page.metrics.map(({ metric }) => metric.id)).toEqual(['conv']);
    expect({ type: page.type, owner: page.owner, documents: page.documents, painPoints: page.painPoints }).toEqual({ type: 'direct', owner: undefined, documents: undefined, painPoints: undefined });
  });
});
