import { checkAnswers } from './check.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * Net Promoter Score of a set of 0–10 answers, with the counts behind it.
 *
 * @example
 * const { value, marginOfError95, n }: NpsResult = nps(scores);
 * console.log(`NPS ${value?.toFixed(0)} ± ${marginOfError95?.toFixed(0)} (n = ${n})`);
 */
export interface NpsResult extends Sample {
  /** The NPS, from −100 to 100; null when there are no answers. */
  value: number | null;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8. */
  passives: number;
  /** Answers from 0 to 6. */
  detractors: number;
  /** Half-width of the 95% confidence interval, in NPS points; null when there are no answers. */
  marginOfError95: number | null;
}

/**
 * The Net Promoter Score: 100 × (promoters − detractors) / all answers, where promoters answered 9–10,
 * passives 7–8 and detractors 0–6 to "how likely are you to recommend us?".
 *
 * The margin of error treats each answer as +1, 0 or −1 (promoter, passive, detractor): with p and d the
 * promoter and detractor shares, that variable has variance p + d − (p − d)², so the 95% margin is
 * 1.96 × 100 × √((p + d − (p − d)²) / n). It is a normal approximation: read it loosely on thin samples.
 *
 * @throws {RangeError} When an answer is not a whole number from 0 to 10, naming it and its index.
 * @example
 * nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
 * // { value: -45.45…, n: 11, thin: true, promoters: 2, passives: 2, detractors: 7, marginOfError95: 46.2… }
 */
export function nps(scores: readonly number[], options: SampleOptions = {}): NpsResult {
  checkAnswers(scores, { min: 0, max: 10 }, 'NPS answers');
  const n = scores.length;
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  const value = percentOf(promoters - detractors, n);
  return {
    value,
    ...sampleOf(n, options),
    promoters,
    passives: n - promoters - detractors,
    detractors,
    marginOfError95: npsMarginOfError95(promoters, detractors, n),
  };
}

/**
 * The 95% margin of error of an NPS, in points, from its promoter and detractor counts out of n
 * answers (see {@link nps}); null when there are no answers.
 *
 * @example
 * npsMarginOfError95(2, 7, 11); // 46.2…
 */
export function npsMarginOfError95(promoters: number, detractors: number, n: number): number | null {
  if (n === 0) return null;
  const promoterShare = promoters / n;
  const detractorShare = detractors / n;
  const variance = promoterShare + detractorShare - (promoterShare - detractorShare) ** 2;
  // Rounding can push a zero variance (all answers alike) a hair below 0.
  return 1.96 * 100 * Math.sqrt(Math.max(0, variance) / n);
}
