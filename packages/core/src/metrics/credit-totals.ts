import { show } from './check.ts';
import { exactSum, type ExactSum } from './exact-sum.ts';
import { compareText } from './touch.ts';

/**
 * Credit earned by one channel or touchpoint.
 *
 * @example
 * const [top]: AttributionCredit[] = attribution(paths, { model: 'linear' }).credits;
 * // { key: 'email', credit: 12.5, share: 0.5 }
 */
export interface AttributionCredit {
  key: string;
  /** Conversions credited to it: a sum of fractions of conversions. */
  credit: number;
  /** Its credit / all credit, from 0 to 1. */
  share: number;
}

/** A touch as crediting needs it: where the credit goes. */
export interface CreditedTouch {
  channel: string;
  touchpoint?: string | undefined;
}

/** Credit summed per channel or touchpoint over conversions, as they come. */
export interface CreditTotals {
  /** Adds one conversion: its touches and the share of its credit each gets. */
  add(touches: readonly CreditedTouch[], weights: readonly number[], where: string): void;
  /** Conversions added so far. */
  conversions(): number;
  /** Credits by channel or touchpoint, largest first (then by key). */
  credits(): AttributionCredit[];
}

/**
 * Starts summing attribution credit. Sums are exact, so totals never depend on the order of the
 * conversions, and only a running sum per key is kept, however many conversions there are.
 *
 * @throws {RangeError} From `add`, when crediting by touchpoint meets a touch without one.
 * @example
 * const totals = creditTotals('channel');
 * totals.add([{ channel: 'email' }, { channel: 'web' }], [0.5, 0.5], 'order 1');
 * totals.credits(); // [{ key: 'email', credit: 0.5, share: 0.5 }, { key: 'web', credit: 0.5, share: 0.5 }]
 */
export function creditTotals(by: 'channel' | 'touchpoint'): CreditTotals {
  const sums = new Map<string, ExactSum>();
  let conversions = 0;
  return {
    add(touches, weights, where) {
      conversions++;
      touches.forEach((touch, index) => {
        const key = by === 'channel' ? touch.channel : touch.touchpoint;
        if (key === undefined) {
          throw new RangeError(`Crediting by touchpoint needs every touch to name one, but a ${show(touch.channel)} touch of ${where} has none.`);
        }
        const weight = weights[index] ?? 0;
        // Touches that earn nothing (all but one under first, last and last non-direct) are not listed.
        if (weight <= 0) return;
        let sum = sums.get(key);
        if (sum === undefined) sums.set(key, (sum = exactSum()));
        sum.add(weight);
      });
    },
    conversions: () => conversions,
    credits() {
      const credits = [...sums].map(([key, sum]) => ({ key, credit: sum.value(), share: sum.value() / conversions }));
      return credits.sort((a, b) => b.credit - a.credit || compareText(a.key, b.key));
    },
  };
}
