import { describe, expect, it } from 'vitest';
import { journeySchema, metricSchema } from '../index.ts';
import { coverage } from './coverage.ts';
import { frictionRanking } from './friction.ts';

const journey = journeySchema.parse({
  id: 'shop',
  title: 'Shop',
  stages: [
    {
      id: 'look', name: 'Look', kind: 'consideration', owner: 'web',
      steps: [
        { id: 'browse', name: 'Browses', emotion: 4, touchpoints: [{ id: 'pp', name: 'Product page', channel: 'web', owner: 'web', event: 'view' }] },
        { id: 'size', name: 'Picks a size', emotion: 2, painPoints: [{ id: 'unsure', title: 'Unsure of size', severity: 'high', evidence: 'reported' }] },
      ],
    },
    {
      id: 'buy', name: 'Buy', kind: 'purchase',
      steps: [{ id: 'pay', name: 'Pays', emotion: 1, touchpoints: [{ id: 'co', name: 'Checkout', channel: 'web' }], painPoints: [{ id: 'fee', title: 'Surprise fee', severity: 'critical', evidence: 'hypothesis' }] }],
    },
  ],
});

describe('frictionRanking', () => {
  it('ranks steps by weighted pain, low emotion and drop-off, leaving out steps without friction', () => {
    // Picks a size: pain 3 × 0.8 = 2.4; emotion 2 on 1–5, middle 3: (3 − 2) / 2 = 0.5 → 2.4 + 1 = 3.4.
    // Pays: pain 4 × 0.3 = 1.2; emotion 1: 1 → 1.2 + 2 = 3.2; with 60% lost entering Buy: + 1.8 = 5.
    expect(frictionRanking(journey).map((r) => [r.step, Number(r.score.toFixed(2))])).toEqual([['size', 3.4], ['pay', 3.2]]);
    const funnel = { steps: [{ step: 'Look', count: 10, conversion: null, overall: 100, dropOff: 0 }, { step: 'Buy', count: 4, conversion: 40, overall: 40, dropOff: 6 }] };
    const ranked = frictionRanking(journey, funnel as never);
    expect(ranked.map((r) => [r.step, Number(r.score.toFixed(2))])).toEqual([['pay', 5], ['size', 3.4]]);
    expect(ranked[0]).toMatchObject({ pain: 1.2, lowEmotion: 1, dropOff: 0.6 });
  });

  it('weighs a severity written as a number as the word on the same level, and a severity of 1 not at all', () => {
    const scored = (severity: string | number) =>
      journeySchema.parse({ id: 'j', title: 'J', stages: [{ id: 's', name: 'S', kind: 'custom', steps: [{ id: 'a', name: 'A', painPoints: [{ id: 'p', title: 'P', severity, evidence: 'observed' }] }] }] });
    expect(frictionRanking(scored(4))).toEqual(frictionRanking(scored('high')));
    expect(frictionRanking(scored(5))[0]!.pain).toBe(4);
    expect(frictionRanking(scored(1))).toEqual([]);
  });

  it('counts the loss into a stage once, on its first step, not again on each of its steps', () => {
    // 25% lost entering Look: Browses carries it (emotion 4 is above the middle: 0 + 0 + 3 × 0.25).
    const funnel = { steps: [{ step: 'Look', count: 6, conversion: 75, overall: 75, dropOff: 2 }, { step: 'Buy', count: 6, conversion: 100, overall: 75, dropOff: 0 }] };
    const ranked = frictionRanking(journey, funnel as never);
    expect(ranked.map((r) => [r.step, r.dropOff])).toEqual([['size', 0], ['pay', 0], ['browse', 0.25]]);
  });
});

describe('coverage', () => {
  it('lists what has no owner, no metric or no event, and how many pain points rest on data', () => {
    const metric = metricSchema.parse({ id: 'v', name: 'Views', kind: 'count', scope: { journey: 'shop', touchpoint: 'pp' } });
    expect(coverage(journey, [metric])).toEqual({
      stagesWithoutOwner: ['Buy'],
      stagesWithoutMetrics: ['Buy'],
      touchpointsWithoutOwner: ['Checkout'],
      touchpointsWithoutEvent: ['Checkout'],
      painPoints: 2,
      painPointsBackedByData: 1,
    });
  });
});
