import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../index.ts';
import { eventLogOf, type FunnelEvent } from '../metrics/log/event-log.ts';
import { groupByUnit, rankByName } from '../metrics/log/group-by-unit.ts';
import { attributionByChannel } from './attribution-by-channel.ts';

const journey = journeySchema.parse({
  id: 'shop',
  title: 'Shop',
  stages: [
    { id: 'find', name: 'Find', kind: 'awareness', steps: [{ id: 'a', name: 'Ad', touchpoints: [{ id: 'ad', name: 'Ad', channel: 'paid-ads', event: 'ad_clicked' }, { id: 'mail', name: 'Newsletter', channel: 'email', event: 'email_opened' }] }] },
    { id: 'buy', name: 'Buy', kind: 'purchase', steps: [{ id: 'b', name: 'Buys', touchpoints: [{ id: 'co', name: 'Checkout', channel: 'web', event: 'order_completed' }] }] },
  ],
});
const byChannel = (events: FunnelEvent[]) => {
  const log = eventLogOf(events);
  return attributionByChannel(log, groupByUnit(log, rankByName(log.events), () => {}), journey);
};
const at = (unit: string, day: number, event: string) => ({ unit, time: day * 86_400_000, event });

describe('attributionByChannel', () => {
  it('credits each purchase to the channels of the touchpoints met before it, model by model', () => {
    // ann: ad (day 0), email (day 6), buys day 7; bob: email (day 1), buys day 2; cid never buys.
    const result = byChannel(
      [at('ann', 0, 'ad_clicked'), at('ann', 6, 'email_opened'), at('ann', 7, 'order_completed'), at('ann', 9, 'ad_clicked'), at('bob', 1, 'email_opened'), at('bob', 2, 'order_completed'), at('cid', 0, 'ad_clicked')],
    )!;
    expect(result.stage).toBe('Buy');
    expect(result.conversions).toBe(2);
    const shares = (model: string) => Object.fromEntries(result.models.find((m) => m.model === model)!.credits.map((c) => [c.key, c.share]));
    expect(shares('first')).toEqual({ 'paid-ads': 0.5, email: 0.5 });
    expect(shares('last')).toEqual({ email: 1 });
    expect(shares('linear')).toEqual({ email: 0.75, 'paid-ads': 0.25 });
    expect(result.models.map((m) => m.model)).toEqual(['first', 'last', 'linear', 'position-based', 'time-decay']);
  });

  it('has nothing to say without tracked purchases', () => {
    expect(byChannel([at('cid', 0, 'ad_clicked')])).toBeUndefined();
  });

  it('gives each conversion a credit of 1 under every model, whatever the order of the rows', () => {
    const event = fc.record({ unit: fc.constantFrom('a', 'b', 'c'), time: fc.integer({ min: 0, max: 60 }).map((day) => day * 86_400_000), event: fc.constantFrom('ad_clicked', 'email_opened', 'order_completed', 'other') });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }).chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))), ([events, shuffled]) => {
        const result = byChannel(events);
        expect(byChannel(shuffled)).toEqual(result);
        for (const { credits } of result?.models ?? []) expect(credits.reduce((sum, credit) => sum + credit.credit, 0)).toBeCloseTo(result!.conversions, 10);
      }),
    );
  });
});
