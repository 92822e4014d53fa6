import { checkAnswers, checkScale, show, type Scale } from './check.ts';
import { meanOf } from './quantile.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * How a survey metric summarises its answers: the share of positive answers × 100, or the mean answer.
 *
 * @example
 * csat(answers, { scale: { min: 1, max: 5 }, method: 'mean' satisfies SurveyMethod });
 */
export type SurveyMethod = 'share' | 'mean';

/**
 * Which end of a survey scale is the good one.
 *
 * @example
 * ces([1, 2, 6], { scale: { min: 1, max: 7 }, method: 'share', goodEnd: 'low' satisfies GoodEnd }).positive; // 2: 1 and 2 are easy
 */
export type GoodEnd = 'high' | 'low';

/**
 * Options shared by CSAT and CES.
 *
 * @example
 * const options: SurveyOptions = { scale: { min: 1, max: 5 }, method: 'share', positive: [5] };
 * csat([5, 4, 5], options).value; // 66.66…: only 5 counts as satisfied here
 */
export interface SurveyOptions extends SampleOptions {
  /** The answer scale, like `{ min: 1, max: 5 }`. */
  scale: Scale;
  /** `share`: positive answers / all answers × 100; `mean`: the mean answer. */
  method: SurveyMethod;
  /** Which end of the scale is good; `high` unless given. */
  goodEnd?: GoodEnd;
  /** Answers that count as positive; each metric documents its default. */
  positive?: readonly number[];
}

/**
 * A CSAT or CES result.
 *
 * @example
 * const { value, positive, n }: SurveyResult = csat([5, 4, 3], { scale: { min: 1, max: 5 }, method: 'share' });
 * // value 66.66…, positive 2, n 3
 */
export interface SurveyResult extends Sample {
  /** The share of positive answers × 100, or the mean answer; null when there are no answers. */
  value: number | null;
  /** How many answers were positive (counted whatever the method). */
  positive: number;
}

/** Summarises survey answers by `options.method`; `defaultPositive` picks positive answers on a scale. */
export function surveyResult(
  metric: string,
  scores: readonly number[],
  options: SurveyOptions,
  defaultPositive: (scale: Scale, goodEnd: GoodEnd) => number[],
): SurveyResult {
  checkScale(options.scale, metric);
  if (options.method !== 'share' && options.method !== 'mean') {
    throw new RangeError(`The ${metric} method must be "share" or "mean", but it is ${show(options.method)}.`);
  }
  checkAnswers(scores, options.scale, `${metric} answers`);
  const positiveAnswers = new Set(options.positive ?? defaultPositive(options.scale, options.goodEnd ?? 'high'));
  checkPositive([...positiveAnswers], options.scale, metric);
  const positive = scores.filter((score) => positiveAnswers.has(score)).length;
  // Answers are whole numbers, so the sum is exact whatever their order.
  const value = options.method === 'mean' ? meanOf(scores) : percentOf(positive, scores.length);
  return { value, ...sampleOf(scores.length, options), positive };
}

function checkPositive(answers: readonly number[], scale: Scale, metric: string): void {
  if (answers.length === 0) {
    throw new RangeError(`The ${metric} positive answers must list at least one answer on the scale, but the list is empty.`);
  }
  const off = answers.find((answer) => !Number.isInteger(answer) || answer < scale.min || answer > scale.max);
  if (off !== undefined) {
    throw new RangeError(
      `The ${metric} positive answers must be on the scale from ${scale.min} to ${scale.max}, but ${show(off)} is not.`,
    );
  }
}

/** The `count` answers at the good end of the scale, best first. */
export function answersAtGoodEnd(scale: Scale, goodEnd: GoodEnd, count: number): number[] {
  return Array.from({ length: count }, (_, index) => (goodEnd === 'high' ? scale.max - index : scale.min + index));
}
