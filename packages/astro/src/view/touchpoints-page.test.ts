import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { touchpointsPage } from './touchpoints-page.ts';

describe('touchpointsPage', () => {
  const page = touchpointsPage(pageSite());

  it('filters by the channels, stage kinds and owners in use, by label', () => {
    expect(page.filters).toEqual([
      { name: 'channel', legend: 'Channel', options: [{ value: 'email', label: 'Email' }, { value: 'kiosk', label: 'In-store kiosk' }, { value: 'web', label: 'Website' }] },
      { name: 'stage', legend: 'Stage', options: [{ value: 'retention', label: 'Retention' }, { value: 'consideration', label: 'Consideration' }, { value: 'purchase', label: 'Purchase' }] },
      { name: 'owner', legend: 'Owner', options: [{ value: 'ops', label: 'Ops' }] },
    ]);
  });

  it('gives a row per touchpoint, journeys by title, with what the filters match it by', () => {
    expect(page.journeys).toBe(2);
    expect(page.rows.map((row) => [row.touchpoint.text, row.journey.text, row.stage, row.step, row.type, row.owner?.text, row.filterBy])).toEqual([
      ['Label mail', 'A return', 'Send', 'Label', 'direct', undefined, { channel: 'email', stage: 'retention', owner: '' }],
      ['Shelf', 'Buying', 'Pick', 'Browse', 'direct, automated', 'Ops', { channel: 'kiosk', stage: 'consideration', owner: 'ops' }],
      ['Checkout form', 'Buying', 'Pay', 'Checkout', 'direct', undefined, { channel: 'web', stage: 'purchase', owner: '' }],
    ]);
    expect(page.rows[1]!.touchpoint.href).toBe('/r/touchpoints/buy/shelf/');
  });
});
