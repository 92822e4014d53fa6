import { show } from './check.ts';
import { attributionModels, attributionWeights, type AttributionModel } from './attribution-weights.ts';
import { sampleOf, type Sample, type SampleOptions } from './sample.ts';
import { toMillis, type Instant } from './time.ts';
import { creditTotals, type AttributionCredit } from './credit-totals.ts';
import { touchesBefore, type Touch } from './touch.ts';

/**
 * One conversion and the touches of the person (or account) who converted.
 *
 * @example
 * const path: ConversionPath = {
 *   conversion: 'order-1',
 *   convertedAt: '2026-03-05',
 *   touches: [{ time: '2026-03-01', channel: 'paid-ads' }, { time: '2026-03-04', channel: 'email' }],
 * };
 */
export interface ConversionPath {
  /** Id or name of the conversion, used in error messages. */
  conversion: string;
  /** When it happened; touches from then on are left out. Without it, every touch counts. */
  convertedAt?: Instant;
  touches: readonly Touch[];
}

/**
 * How to split credit, and what to credit.
 *
 * @example
 * attribution(paths, { model: 'time-decay', halfLifeDays: 3, by: 'touchpoint' } satisfies AttributionOptions);
 */
export interface AttributionOptions extends SampleOptions {
  model: AttributionModel;
  /** Half-life of the time-decay model, in days; 7 unless given. */
  halfLifeDays?: number;
  /** Whether credit goes to channels (the default) or to touchpoints. */
  by?: 'channel' | 'touchpoint';
}

/**
 * Credits sorted by credit, largest first (then by key); `n` counts conversions with at least one touch.
 *
 * @example
 * const { credits, unattributed }: AttributionResult = attribution(paths, { model: 'position-based' });
 */
export interface AttributionResult extends Sample {
  credits: AttributionCredit[];
  /** Conversions with no touch before them, which no model can credit. */
  unattributed: number;
}

/**
 * Attribution: each conversion's credit of 1 is split over the touches strictly before it by `model`,
 * then summed per channel (or touchpoint) across conversions.
 *
 * Models, over a conversion's touches in time order: `first` or `last` touch takes all;
 * `last-non-direct` gives all to the last touch not marked direct (the last touch when all are);
 * `linear` gives 1/n each; `position-based` gives 40% to the first, 40% to the last and shares 20% among
 * the middle (50/50 for two touches, all for one); `time-decay` weighs each touch 2^(−Δt / half-life),
 * Δt from the touch to the conversion, then normalises. Touches at the same time are ordered by
 * channel, then touchpoint, so results never depend on the input's order.
 *
 * @throws {RangeError} When a time is invalid, the half-life is not positive, or crediting by
 * touchpoint meets a touch without one.
 * @example
 * attribution(
 *   [{ conversion: 'order-1', touches: [
 *     { time: '2026-03-01', channel: 'paid-ads' },
 *     { time: '2026-03-03', channel: 'email' },
 *     { time: '2026-03-04', channel: 'web', direct: true },
 *   ] }],
 *   { model: 'position-based' },
 * ).credits;
 * // [{ key: 'paid-ads', credit: 0.4, share: 0.4 }, { key: 'web', credit: 0.4, share: 0.4 }, { key: 'email', credit: 0.2, share: 0.2 }]
 */
export function attribution(paths: readonly ConversionPath[], options: AttributionOptions): AttributionResult {
  const { model, halfLifeDays = 7, by = 'channel' } = options;
  checkOptions(model, halfLifeDays, by);
  const totals = creditTotals(by);
  paths.forEach((path, index) => {
    const where = `conversion ${show(path.conversion)} (index ${index})`;
    const convertedAt = path.convertedAt === undefined ? undefined : toMillis(path.convertedAt, `The time of ${where}`);
    const touches = touchesBefore(path.touches, convertedAt, where);
    if (touches.length > 0) totals.add(touches, attributionWeights(touches, model, halfLifeDays), where);
  });
  const attributed = totals.conversions();
  return { credits: totals.credits(), ...sampleOf(attributed, options), unattributed: paths.length - attributed };
}

function checkOptions(model: string, halfLifeDays: number, by: string): void {
  if (!(attributionModels as readonly string[]).includes(model)) {
    throw new RangeError(`The attribution model must be one of ${attributionModels.join(', ')}, but it is ${show(model)}.`);
  }
  if (!(halfLifeDays > 0 && Number.isFinite(halfLifeDays))) {
    throw new RangeError(`The time-decay half-life must be a positive number of days, but it is ${show(halfLifeDays)}.`);
  }
  if (by !== 'channel' && by !== 'touchpoint') {
    throw new RangeError(`Attribution can credit "channel" or "touchpoint", but by is ${show(by)}.`);
  }
}
