import type { Scale } from './check.ts';
import { answersAtGoodEnd, surveyResult, type GoodEnd, type SurveyOptions, type SurveyResult } from './survey.ts';

/**
 * How to compute a CES: the scale, the method, which end is good and, optionally, which answers are easy.
 *
 * @example
 * const options: CesOptions = { scale: { min: 1, max: 7 }, method: 'mean', goodEnd: 'low' };
 */
export type CesOptions = SurveyOptions;

/**
 * A CES with its sample size and count of "easy" answers.
 *
 * @example
 * const result: CesResult = ces([7, 6, 5, 4, 2], { scale: { min: 1, max: 7 }, method: 'share' }); // value 60
 */
export type CesResult = SurveyResult;

/**
 * Customer effort score: the share of "easy" answers × 100 (method `share`) or the mean answer
 * (method `mean`, as answered: with `goodEnd: 'low'` a lower mean is better).
 *
 * "Easy" answers default to those strictly on the good side of the scale's midpoint: 5–7 on 1–7 and
 * 4–5 on 1–5 when high is good (the default), 1–3 on 1–7 and 1–2 on 1–5 when low is good.
 *
 * @throws {RangeError} When an answer is not a whole number on the scale (naming it and its index),
 * the scale is not two whole numbers in order, or a positive answer is off the scale.
 * @example
 * ces([7, 6, 5, 4, 2], { scale: { min: 1, max: 7 }, method: 'share' });
 * // { value: 60, n: 5, thin: true, positive: 3 }
 */
export function ces(scores: readonly number[], options: CesOptions): CesResult {
  return surveyResult('CES', scores, options, easyAnswers);
}

/**
 * The default easy answers of a CES: those strictly on the good side of the scale's midpoint.
 *
 * @example
 * easyAnswers({ min: 1, max: 7 }, 'high'); // [7, 6, 5]
 * easyAnswers({ min: 1, max: 7 }, 'low'); // [1, 2, 3]
 */
export function easyAnswers(scale: Scale, goodEnd: GoodEnd): number[] {
  // Answers strictly beyond the midpoint: on 1–7 the midpoint is 4, so 5, 6 and 7; on 1–4 it is 2.5, so 3 and 4.
  const size = scale.max - scale.min + 1;
  return answersAtGoodEnd(scale, goodEnd, Math.floor(size / 2));
}
