import type { Scale } from './check.ts';
import { answersAtGoodEnd, surveyResult, type GoodEnd, type SurveyOptions, type SurveyResult } from './survey.ts';

/**
 * How to compute a CSAT: the scale, the method and, optionally, which answers count as satisfied.
 *
 * @example
 * const options: CsatOptions = { scale: { min: 1, max: 5 }, method: 'share' };
 */
export type CsatOptions = SurveyOptions;

/**
 * A CSAT with its sample size and count of satisfied answers.
 *
 * @example
 * const result: CsatResult = csat([5, 4, 3, 5, 1], { scale: { min: 1, max: 5 }, method: 'share' }); // value 60
 */
export type CsatResult = SurveyResult;

/**
 * Customer satisfaction: the share of satisfied answers × 100 (method `share`) or the mean answer
 * (method `mean`), on a declared scale.
 *
 * Satisfied answers default to the top two boxes at the good end (4–5 on 1–5), but never more than
 * half the scale, so a 2- or 3-point scale counts only its best answer.
 *
 * @throws {RangeError} When an answer is not a whole number on the scale (naming it and its index),
 * the scale is not two whole numbers in order, or a positive answer is off the scale.
 * @example
 * csat([5, 4, 3, 5, 1], { scale: { min: 1, max: 5 }, method: 'share' });
 * // { value: 60, n: 5, thin: true, positive: 3 }
 */
export function csat(scores: readonly number[], options: CsatOptions): CsatResult {
  return surveyResult('CSAT', scores, options, topBoxes);
}

/**
 * The default satisfied answers of a CSAT: the top two boxes at the good end, never more than half the scale.
 *
 * @example
 * topBoxes({ min: 1, max: 5 }, 'high'); // [5, 4]
 * topBoxes({ min: 1, max: 3 }, 'high'); // [3]
 */
export function topBoxes(scale: Scale, goodEnd: GoodEnd): number[] {
  const size = scale.max - scale.min + 1;
  return answersAtGoodEnd(scale, goodEnd, Math.min(2, Math.floor(size / 2)));
}
