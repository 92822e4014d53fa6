import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribution, type ConversionPath } from './attribution.ts';
import { attributionModels, type AttributionModel } from './attribution-weights.ts';

// One conversion on 5 March after three touches; the last one is direct.
const order: ConversionPath = {
  conversion: 'order-1',
  convertedAt: '2026-03-05',
  touches: [
    { time: '2026-03-01', channel: 'paid-ads' },
    { time: '2026-03-03', channel: 'email' },
    { time: '2026-03-04', channel: 'web', direct: true },
  ],
};

/** The credits of a model as a key → credit map, for compact expectations. */
function creditsOf(paths: readonly ConversionPath[], model: AttributionModel, halfLifeDays?: number): Record<string, number> {
  const options = halfLifeDays === undefined ? { model } : { model, halfLifeDays };
  return Object.fromEntries(attribution(paths, options).credits.map(({ key, credit }) => [key, credit]));
}

/** A path of touches on consecutive days, on the channels given. */
function pathOf(...channels: string[]): ConversionPath {
  return { conversion: channels.join('>'), touches: channels.map((channel, day) => ({ time: new Date(Date.UTC(2026, 0, day + 1)), channel })) };
}

describe('attribution', () => {
  it('gives all the credit to the first touch, or to the last touch', () => {
    expect(creditsOf([order], 'first')).toEqual({ 'paid-ads': 1 });
    expect(creditsOf([order], 'last')).toEqual({ web: 1 });
  });

  it('skips direct touches with last non-direct, falling back to the last touch when all are direct', () => {
    expect(creditsOf([order], 'last-non-direct')).toEqual({ email: 1 });
    const allDirect: ConversionPath = { conversion: 'c', touches: [{ time: '2026-03-01', channel: 'web', direct: true }, { time: '2026-03-02', channel: 'app', direct: true }] };
    expect(creditsOf([allDirect], 'last-non-direct')).toEqual({ app: 1 });
  });

  it('splits the credit evenly with the linear model', () => {
    // 1 / 3 each.
    expect(creditsOf([order], 'linear')).toEqual({ 'paid-ads': 1 / 3, email: 1 / 3, web: 1 / 3 });
  });

  it('gives 40% to the first and last touches and shares 20% among the middle ones', () => {
    // One touch: 100%. Two touches: 50/50. Three: 40 / 20 / 40. Four: 40 / 10 / 10 / 40.
    expect(creditsOf([pathOf('a')], 'position-based')).toEqual({ a: 1 });
    expect(creditsOf([pathOf('a', 'b')], 'position-based')).toEqual({ a: 0.5, b: 0.5 });
    expect(creditsOf([pathOf('a', 'b', 'c')], 'position-based')).toEqual({ a: 0.4, b: 0.2, c: 0.4 });
    expect(creditsOf([pathOf('a', 'b', 'c', 'd')], 'position-based')).toEqual({ a: 0.4, b: 0.1, c: 0.1, d: 0.4 });
    // The middle touches of one channel add up: 0.1 + 0.1 = 0.2.
    expect(creditsOf([pathOf('a', 'b', 'b', 'd')], 'position-based')).toEqual({ a: 0.4, b: 0.2, d: 0.4 });
  });

  it('halves a touch\'s weight for every half-life before the conversion with time decay', () => {
    // Touches 14, 7 and 0 days before the conversion, half-life 7 days:
    // weights 2^(−14/7) = 1/4, 2^(−7/7) = 1/2, 2^0 = 1; total 7/4; credits 1/7, 2/7, 4/7.
    const path: ConversionPath = {
      conversion: 'c',
      convertedAt: '2026-03-15T12:00:00Z',
      touches: [
        { time: '2026-03-01T12:00:00Z', channel: 'ads' },
        { time: '2026-03-08T12:00:00Z', channel: 'email' },
        // 1 ms before the conversion, since touches at its very time are left out: 2^(−1 ms / 7 days) ≈ 1.
        { time: '2026-03-15T11:59:59.999Z', channel: 'web' },
      ],
    };
    const credits = creditsOf([path], 'time-decay');
    expect(credits['ads']).toBeCloseTo(1 / 7, 9);
    expect(credits['email']).toBeCloseTo(2 / 7, 9);
    expect(credits['web']).toBeCloseTo(4 / 7, 9);
  });

  it('gives the same time-decay credits however long after the last touch the conversion came', () => {
    // Touches on 1, 8 and 15 January, conversion on 16 January: weights 2^(−15/7), 2^(−8/7), 2^(−1/7).
    // Dividing each by 2^(−1/7) gives 1/4, 1/2, 1 again, so the credits stay 1/7, 2/7, 4/7.
    const path: ConversionPath = {
      conversion: 'c',
      convertedAt: '2026-01-16',
      touches: [
        { time: '2026-01-01', channel: 'ads' },
        { time: '2026-01-08', channel: 'email' },
        { time: '2026-01-15', channel: 'web' },
      ],
    };
    const credits = creditsOf([path], 'time-decay');
    expect(credits['ads']).toBeCloseTo(1 / 7, 9);
    expect(credits['email']).toBeCloseTo(2 / 7, 9);
    expect(credits['web']).toBeCloseTo(4 / 7, 9);
  });

  it('uses the half-life given: 14 days makes a touch 14 days earlier weigh half', () => {
    // Weights 2^(−14/14) = 1/2 and 1: credits 1/3 and 2/3.
    const path: ConversionPath = { conversion: 'c', touches: [{ time: '2026-03-01', channel: 'ads' }, { time: '2026-03-15', channel: 'web' }] };
    const credits = creditsOf([path], 'time-decay', 14);
    expect(credits['ads']).toBeCloseTo(1 / 3, 12);
    expect(credits['web']).toBeCloseTo(2 / 3, 12);
  });

  it('adds credit across conversions and sorts by credit, then key', () => {
    // Linear: [ads, email] gives 0.5 each; [email] gives email 1; [social] gives social 1.
    // Totals over 3 conversions: email 1.5 (share 0.5), social 1 (share 1/3), ads 0.5 (share 1/6).
    const result = attribution([pathOf('ads', 'email'), pathOf('email'), pathOf('social')], { model: 'linear' });
    expect(result).toEqual({
      credits: [
        { key: 'email', credit: 1.5, share: 0.5 },
        { key: 'social', credit: 1, share: 1 / 3 },
        { key: 'ads', credit: 0.5, share: 0.5 / 3 },
      ],
      n: 3,
      thin: true,
      unattributed: 0,
    });
    // Equal credits go in key order.
    expect(attribution([pathOf('b'), pathOf('a')], { model: 'first' }).credits.map((credit) => credit.key)).toEqual(['a', 'b']);
  });

  it('counts only touches strictly before the conversion, and reports conversions left with none', () => {
    const late: ConversionPath = {
      conversion: 'late',
      convertedAt: '2026-03-05',
      touches: [
        { time: '2026-03-05', channel: 'checkout' },
        { time: '2026-03-06', channel: 'email' },
      ],
    };
    expect(attribution([order, late], { model: 'last' })).toEqual({
      credits: [{ key: 'web', credit: 1, share: 1 }],
      n: 1,
      thin: true,
      unattributed: 1,
    });
    expect(attribution([], { model: 'linear' })).toEqual({ credits: [], n: 0, thin: true, unattributed: 0 });
  });

  it('orders touches at the same time by channel, then touchpoint', () => {
    const tied: ConversionPath = {
      conversion: 'c',
      touches: [
        { time: '2026-03-01', channel: 'web', touchpoint: 'pricing' },
        { time: '2026-03-01', channel: 'email', touchpoint: 'welcome' },
        { time: '2026-03-01', channel: 'web', touchpoint: 'blog' },
      ],
    };
    // Order: email/welcome, web/blog, web/pricing.
    expect(attribution([tied], { model: 'first', by: 'touchpoint' }).credits).toEqual([{ key: 'welcome', credit: 1, share: 1 }]);
    expect(attribution([tied], { model: 'last', by: 'touchpoint' }).credits).toEqual([{ key: 'pricing', credit: 1, share: 1 }]);
  });

  it('rejects crediting touchpoints when a touch has none, a half-life that is not positive, and bad times', () => {
    expect(() => attribution([order], { model: 'linear', by: 'touchpoint' })).toThrow(
      new RangeError('Crediting by touchpoint needs every touch to name one, but a "paid-ads" touch of conversion "order-1" (index 0) has none.'),
    );
    expect(() => attribution([order], { model: 'time-decay', halfLifeDays: 0 })).toThrow(
      new RangeError('The time-decay half-life must be a positive number of days, but it is 0.'),
    );
    const badTime: ConversionPath = { conversion: 'c', touches: [{ time: '2026-02-30', channel: 'web' }] };
    expect(() => attribution([badTime], { model: 'first' })).toThrow(
      new RangeError('The time of touch 0 of conversion "c" (index 0) must be a valid Date or an ISO 8601 date like 2026-03-07 or 2026-03-07T09:30:00Z, but it is "2026-02-30".'),
    );
    const model = 'u-shaped' as AttributionModel;
    expect(() => attribution([order], { model })).toThrow(
      new RangeError('The attribution model must be one of first, last, last-non-direct, linear, position-based, time-decay, but it is "u-shaped".'),
    );
  });
});

const touch = fc.record(
  {
    time: fc.integer({ min: 0, max: 20 }).map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString()),
    channel: fc.constantFrom('ads', 'email', 'social', 'web'),
    touchpoint: fc.constantFrom('home', 'pricing', 'welcome'),
    direct: fc.boolean(),
  },
  { requiredKeys: ['time', 'channel', 'touchpoint'] },
);
const path = fc.record(
  {
    conversion: fc.constantFrom('order', 'signup'),
    convertedAt: fc.integer({ min: 0, max: 25 }).map((day) => new Date(Date.UTC(2026, 0, 1 + day))),
    touches: fc.array(touch, { maxLength: 8 }),
  },
  { requiredKeys: ['conversion', 'touches'] },
);
const model = fc.constantFrom(...attributionModels);
const halfLifeDays = fc.double({ min: 0.1, max: 60, noNaN: true });

describe('attribution, for any paths', () => {
  it('gives each conversion a credit summing to 1, whatever the model', () => {
    fc.assert(
      fc.property(path, model, halfLifeDays, (conversion, model, halfLifeDays) => {
        const result = attribution([conversion], { model, halfLifeDays });
        const total = result.credits.reduce((sum, credit) => sum + credit.credit, 0);
        expect(Math.abs(total - result.n)).toBeLessThan(1e-9);
        expect(result.n + result.unattributed).toBe(1);
      }),
    );
  });

  it('gives identical results after shuffling the paths and the touches inside them', () => {
    const shuffledPaths = fc.array(path, { maxLength: 6 }).chain((paths) =>
      fc.tuple(
        fc.constant(paths),
        fc
          .shuffledSubarray(paths, { minLength: paths.length })
          .chain((shuffled) =>
            fc.tuple(...shuffled.map((p) => fc.shuffledSubarray([...p.touches], { minLength: p.touches.length }).map((touches) => ({ ...p, touches })))),
          ),
      ),
    );
    fc.assert(
      fc.property(shuffledPaths, model, fc.constantFrom('channel' as const, 'touchpoint' as const), ([paths, shuffled], model, by) => {
        expect(attribution(shuffled, { model, by })).toEqual(attribution(paths, { model, by }));
      }),
    );
  });
});
