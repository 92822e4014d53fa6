import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelFromEvents, type FunnelEvent } from './funnel-from-events.ts';

const minute = 60_000;
const day = 86_400_000;
const steps = [
  { label: 'Viewed', events: ['view'] },
  { label: 'Added to basket', events: ['add'] },
  { label: 'Bought', events: ['buy', 'buy_app'] },
];
const event = (unit: string, minutes: number, name: string): FunnelEvent => ({ unit, time: minutes * minute, event: name });
const counts = (result: ReturnType<typeof funnelFromEvents>) => result.steps.map((step) => step.count);

describe('funnelFromEvents', () => {
  it('counts how far each person got, in order, with conversion from the existing funnel method', () => {
    const events = [
      event('ann', 0, 'view'), event('ann', 5, 'add'), event('ann', 9, 'buy'),
      event('bob', 0, 'view'), event('bob', 3, 'add'),
      event('cid', 0, 'view'),
      event('dan', 0, 'add'), event('dan', 1, 'buy'), // never viewed: not in the funnel
      event('eve', 0, 'view'), event('eve', 2, 'buy_app'), event('eve', 4, 'add'), // bought before adding: step 3 not in order
    ];
    const result = funnelFromEvents(events, steps);
    expect(counts(result)).toEqual([4, 3, 1]);
    expect(result.steps[2]!.conversion).toBeCloseTo(100 / 3, 10);
    expect(result.steps[2]).toMatchObject({ overall: 25, dropOff: 2 });
    expect(result.n).toBe(4);
    expect(result.timeToConvert).toMatchObject({ median: 9 * minute, n: 1 });
  });

  it('counts any order when asked: all steps within the window, whichever came first', () => {
    const events = [event('eve', 0, 'view'), event('eve', 2, 'buy_app'), event('eve', 4, 'add')];
    expect(counts(funnelFromEvents(events, steps, { order: 'any' }))).toEqual([1, 1, 1]);
  });

  // The guide's worked example: ann does all three steps, the first one first; bob the second and
  // third; cid the third, then the first.
  const anyOrderExample = [
    event('ann', 0, 'view'), event('ann', 1, 'buy'), event('ann', 2, 'add'),
    event('bob', 0, 'add'), event('bob', 1, 'buy'),
    event('cid', 0, 'buy'), event('cid', 1, 'view'),
  ];

  it('counts any order as PostHog does by default: each unit at the number of distinct steps it did within the window', () => {
    // ann 3 steps, bob 2, cid 2: three did at least one and at least two, one did all three.
    const result = funnelFromEvents(anyOrderExample, steps, { order: 'any' });
    expect(counts(result)).toEqual([3, 3, 1]);
    expect(result.timeToConvert).toMatchObject({ median: 2 * minute, n: 1 });
    expect(counts(funnelFromEvents(anyOrderExample, steps, { order: 'any', anyOrderStart: 'any' }))).toEqual([3, 3, 1]);
  });

  it("counts any order from the first step as Amplitude does: bob never did it, cid did nothing after it", () => {
    const result = funnelFromEvents(anyOrderExample, steps, { order: 'any', anyOrderStart: 'first-step' });
    expect(counts(result)).toEqual([2, 1, 1]);
    expect(result.entries.map((entry) => entry.unit)).toEqual(['ann', 'cid']);
    // Added before Viewed: only Viewed counts, since the attempt starts there.
    expect(counts(funnelFromEvents([event('dan', 0, 'add'), event('dan', 1, 'view')], steps, { order: 'any', anyOrderStart: 'first-step' }))).toEqual([1, 0, 0]);
  });

  it('counts in any order only the steps within the window of the attempt', () => {
    const events = [event('ann', 0, 'add'), { unit: 'ann', time: 15 * day, event: 'buy' }, { unit: 'ann', time: 16 * day, event: 'view' }];
    // From add, nothing else within 14 days; from buy, view a day later: two steps.
    expect(counts(funnelFromEvents(events, steps, { order: 'any' }))).toEqual([1, 1, 0]);
  });

  it('breaks a strict funnel on any other event in between', () => {
    const events = [event('ann', 0, 'view'), event('ann', 1, 'search'), event('ann', 2, 'add'), event('bob', 0, 'view'), event('bob', 1, 'view'), event('bob', 2, 'add')];
    expect(counts(funnelFromEvents(events, steps.slice(0, 2), { order: 'strict' }))).toEqual([2, 1]);
    expect(counts(funnelFromEvents(events, steps.slice(0, 2)))).toEqual([2, 2]);
  });

  it("takes different steps' events at the same time in step order: the guide's example", () => {
    // add and buy at the same minute: add first, so eve completes the funnel in one minute.
    const result = funnelFromEvents([event('eve', 0, 'view'), event('eve', 1, 'buy'), event('eve', 1, 'add')], steps);
    expect(counts(result)).toEqual([1, 1, 1]);
    expect(result.timeToConvert).toMatchObject({ median: minute, n: 1 });
  });

  // The guide's worked example of strict order.
  const strictExample = [
    event('ann', 0, 'view'), event('ann', 1, 'add'), event('ann', 1, 'search'), event('ann', 2, 'buy'),
    event('bob', 0, 'view'), event('bob', 1, 'search'), event('bob', 2, 'add'),
    event('dan', 0, 'view'), event('dan', 1, 'search'), event('dan', 1, 'page'), event('dan', 2, 'add'),
  ];

  it('ignores, in strict order, the other events of a group of unlike events at one time, as PostHog does', () => {
    // ann's search is at the minute of her add: ignored. bob's search is alone between the steps,
    // and dan's search and page are alike to the funnel (neither is a step): both break the sequence.
    expect(counts(funnelFromEvents(strictExample, steps, { order: 'strict' }))).toEqual([3, 1, 1]);
    // A group of unlike events never breaks it, even without a step: its exclusion is ignored too.
    const cid = [event('cid', 0, 'view'), event('cid', 1, 'search'), event('cid', 1, 'refund'), event('cid', 2, 'add')];
    const result = funnelFromEvents(cid, steps, { order: 'strict', exclude: ['refund'] });
    expect([counts(result), result.excluded]).toEqual([[1, 1, 0], 0]);
  });

  it('only counts steps within the conversion window from the first step, 14 days by default', () => {
    const events = [event('ann', 0, 'view'), { unit: 'ann', time: 15 * day, event: 'add' }];
    expect(counts(funnelFromEvents(events, steps.slice(0, 2)))).toEqual([1, 0]);
    expect(counts(funnelFromEvents(events, steps.slice(0, 2), { windowMs: 20 * day }))).toEqual([1, 1]);
    // A later first step starts a new attempt that can succeed.
    expect(counts(funnelFromEvents([...events, { unit: 'ann', time: 10 * day, event: 'view' }], steps.slice(0, 2)))).toEqual([1, 1]);
  });

  it('leaves out people whose every attempt meets an exclusion event', () => {
    const events = [event('ann', 0, 'view'), event('ann', 1, 'refund'), event('ann', 2, 'add'), event('bob', 0, 'view'), event('bob', 2, 'add')];
    const result = funnelFromEvents(events, steps.slice(0, 2), { exclude: ['refund'] });
    expect(counts(result)).toEqual([1, 1]);
    expect(result.excluded).toBe(1);
  });

  // The guide's worked example of exclusions, with refund excluded.
  const exclusionExample = [
    event('ann', 0, 'view'), event('ann', 1, 'add'), event('ann', 2, 'refund'), event('ann', 3, 'buy'),
    event('bob', 0, 'view'), event('bob', 1, 'refund'), event('bob', 2, 'add'), event('bob', 5, 'view'), event('bob', 6, 'add'),
    event('cid', 0, 'view'), event('cid', 1, 'add'), event('cid', 2, 'refund'), event('cid', 5, 'view'),
    event('dan', 0, 'view'), event('dan', 1, 'add'), event('dan', 1, 'refund'), event('dan', 2, 'buy'),
  ];

  it('leaves out people whose furthest attempt meets an exclusion event, as PostHog does', () => {
    // ann: her only attempt is voided. bob: two attempts reach Added, one not voided: he counts.
    // cid: his furthest attempt (to Added) is voided; the later one reaches only Viewed: left out.
    const result = funnelFromEvents(exclusionExample.filter((e) => e.unit !== 'dan'), steps, { exclude: ['refund'] });
    expect(counts(result)).toEqual([1, 1, 0]);
    expect(result.excluded).toBe(2);
    expect(result.entries).toEqual([{ unit: 'bob', time: 5 * minute, completed: false }]);
  });

  it('ignores an exclusion event at the same time as a step event, as PostHog does', () => {
    // dan's refund is at the same minute as his add: ignored, so he completes.
    const result = funnelFromEvents(exclusionExample, steps, { exclude: ['refund'] });
    expect(counts(result)).toEqual([2, 2, 1]);
    expect(result.excluded).toBe(2);
    expect(result.timeToConvert).toMatchObject({ median: 2 * minute, n: 1 });
    // In strict order too.
    const dan = funnelFromEvents(exclusionExample.filter((e) => e.unit === 'dan'), steps, { order: 'strict', exclude: ['refund'] });
    expect([counts(dan), dan.excluded]).toEqual([[1, 1, 1], 0]);
  });

  const arbitraryEvents = fc.array(
    fc.record({ unit: fc.constantFrom('a', 'b', 'c', 'd'), time: fc.integer({ min: 0, max: 30 * day }), event: fc.constantFrom('view', 'add', 'buy', 'other', 'refund') }),
    { maxLength: 40 },
  );
  const orders = fc.constantFrom('sequential' as const, 'strict' as const, 'any' as const);
  const anyOrderStarts = fc.constantFrom('any' as const, 'first-step' as const);

  it('never lets counts grow along the steps', () => {
    fc.assert(
      fc.property(arbitraryEvents, orders, anyOrderStarts, (events, order, anyOrderStart) => {
        const c = counts(funnelFromEvents(events, steps, { order, anyOrderStart, exclude: ['refund'] }));
        return c.every((count, k) => k === 0 || count <= c[k - 1]!);
      }),
    );
  });

  it('gives the same result whatever the order of the rows', () => {
    fc.assert(
      fc.property(arbitraryEvents, orders, fc.integer(), (events, order, seed) => {
        const shuffled = [...events].sort((a, b) => ((a.time * 31 + seed) % 97) - ((b.time * 31 + seed) % 97) || a.event.localeCompare(b.event));
        const one = funnelFromEvents(events, steps, { order, exclude: ['refund'] });
        const two = funnelFromEvents(shuffled, steps, { order, exclude: ['refund'] });
        expect(counts(two)).toEqual(counts(one));
        expect(two.excluded).toBe(one.excluded);
      }),
    );
  });
});
