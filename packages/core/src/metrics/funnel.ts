import { checkCount, show } from './check.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * How many people reached one step of a funnel.
 *
 * @example
 * const counts: FunnelCount[] = [{ step: 'visit', count: 1000 }, { step: 'sign up', count: 200 }];
 */
export interface FunnelCount {
  step: string;
  count: number;
}

/**
 * One step of a computed funnel.
 *
 * @example
 * const [, signUp]: FunnelStep[] = funnel(counts).steps;
 * // { step: 'sign up', count: 200, conversion: 20, overall: 20, dropOff: 800 }
 */
export interface FunnelStep {
  step: string;
  count: number;
  /** Count / previous step's count × 100; null for the first step or after a step nobody reached. */
  conversion: number | null;
  /** Count / first step's count × 100; null when nobody reached the first step. */
  overall: number | null;
  /** Previous step's count − this count; 0 for the first step, since nobody can drop before it. */
  dropOff: number;
}

/**
 * A funnel's steps, its entry count as `n`, and where it leaks most.
 *
 * @example
 * const { biggestLeak }: FunnelResult = funnel(counts);
 * if (biggestLeak !== null) console.log(`Most people leave before "${biggestLeak.step}".`);
 */
export interface FunnelResult extends Sample {
  steps: FunnelStep[];
  /** The step with the lowest conversion from its previous step (the earliest on a tie); null with fewer than two steps. */
  biggestLeak: { step: string; conversion: number } | null;
}

/**
 * A funnel's conversions: for each step k, step-to-step conversion U_k / U_(k−1) × 100, overall
 * conversion U_k / U_1 × 100 and drop-off U_(k−1) − U_k, plus the biggest leak (the lowest step-to-step
 * conversion). Steps are taken in the order given: their order is the funnel's meaning.
 *
 * @throws {RangeError} When a count is not a whole number of 0 or more, a step name repeats, or a
 * count is larger than the one before it (a funnel cannot grow).
 * @example
 * funnel([{ step: 'visit', count: 1000 }, { step: 'sign up', count: 200 }, { step: 'pay', count: 50 }]);
 * // steps: visit 100% overall; sign up 20% (drop-off 800); pay 25% from sign up, 5% overall (drop-off 150)
 * // biggestLeak: { step: 'sign up', conversion: 20 }, n: 1000
 */
export function funnel(counts: readonly FunnelCount[], options: SampleOptions = {}): FunnelResult {
  checkFunnel(counts);
  const first = counts[0]?.count ?? 0;
  const steps = counts.map(({ step, count }, index): FunnelStep => {
    const previous = counts[index - 1]?.count;
    return {
      step,
      count,
      conversion: previous === undefined ? null : percentOf(count, previous),
      overall: percentOf(count, first),
      dropOff: previous === undefined ? 0 : previous - count,
    };
  });
  return { steps, ...sampleOf(first, options), biggestLeak: biggestLeak(steps) };
}

function biggestLeak(steps: readonly FunnelStep[]): FunnelResult['biggestLeak'] {
  let leak: FunnelResult['biggestLeak'] = null;
  for (const { step, conversion } of steps) {
    if (conversion !== null && (leak === null || conversion < leak.conversion)) leak = { step, conversion };
  }
  return leak;
}

function checkFunnel(counts: readonly FunnelCount[]): void {
  const seen = new Set<string>();
  counts.forEach(({ step, count }, index) => {
    checkCount(count, `The count of funnel step ${show(step)} (index ${index})`);
    if (seen.has(step)) throw new RangeError(`Funnel step ${show(step)} appears twice; give each step its own name.`);
    seen.add(step);
    const previous = counts[index - 1];
    if (previous !== undefined && count > previous.count) {
      throw new RangeError(
        `A funnel cannot grow, but step ${show(step)} (index ${index}) counts ${count}, more than the ${previous.count} of step ${show(previous.step)} before it.`,
      );
    }
  });
}
