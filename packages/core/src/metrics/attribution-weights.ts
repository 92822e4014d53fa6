import type { TimedTouch } from './touch.ts';

/**
 * The attribution models, each a way to split one conversion's credit over the touches before it.
 *
 * @example
 * for (const model of attributionModels) console.log(model, attribution(paths, { model }).credits);
 */
export const attributionModels = ['first', 'last', 'last-non-direct', 'linear', 'position-based', 'time-decay'] as const;

/**
 * An attribution model; see {@link attribution}.
 *
 * @example
 * const model: AttributionModel = 'position-based';
 */
export type AttributionModel = (typeof attributionModels)[number];

const dayMillis = 86_400_000;

/** What weighing a touch needs: when it happened, and whether it was direct. */
type WeightedTouch = Pick<TimedTouch, 'millis' | 'direct'>;

/**
 * The share of one conversion's credit each touch gets under `model`, in the touches' order (oldest
 * first, at least one touch). The shares sum to 1.
 */
export function attributionWeights(touches: readonly WeightedTouch[], model: AttributionModel, halfLifeDays: number): number[] {
  const count = touches.length;
  const only = (index: number) => touches.map((_, i) => (i === index ? 1 : 0));
  switch (model) {
    case 'first':
      return only(0);
    case 'last':
      return only(count - 1);
    case 'last-non-direct':
      return only(lastNonDirect(touches));
    case 'linear':
      return touches.map(() => 1 / count);
    case 'position-based':
      return positionBased(count);
    case 'time-decay':
      return timeDecay(touches, halfLifeDays);
  }
}

function lastNonDirect(touches: readonly WeightedTouch[]): number {
  const index = touches.findLastIndex((touch) => touch.direct !== true);
  return index === -1 ? touches.length - 1 : index;
}

function positionBased(count: number): number[] {
  if (count === 1) return [1];
  if (count === 2) return [0.5, 0.5];
  return Array.from({ length: count }, (_, index) => (index === 0 || index === count - 1 ? 0.4 : 0.2 / (count - 2)));
}

function timeDecay(touches: readonly WeightedTouch[], halfLifeDays: number): number[] {
  // Weights are 2^(−Δt / half-life) with Δt from each touch to the conversion. Normalising cancels the
  // conversion time (it scales every weight alike), so Δt is taken to the last touch instead: that
  // touch weighs 1, and old touches cannot underflow every weight to 0.
  const last = touches.at(-1)?.millis ?? 0;
  const weights = touches.map((touch) => 2 ** (-(last - touch.millis) / dayMillis / halfLifeDays));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}
