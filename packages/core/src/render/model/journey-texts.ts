import { journeyParts } from '../../schema/journey-parts.ts';
import type { Journey } from '../../schema/journey.ts';
import type { Metric } from '../../schema/metric.ts';
import type { MomentOfTruth } from '../../schema/moment-of-truth.ts';

/** The name and note of a moment of truth written as an object. */
const momentTexts = (moment: MomentOfTruth | undefined) => (moment !== undefined && ('name' in moment || 'note' in moment) ? [moment.name, moment.note] : []);

/**
 * Every piece of prose a journey map shows, and the names and descriptions of its metrics: where
 * a reader meets the glossary's terms.
 */
export function journeyTexts(journey: Journey, metrics: readonly Metric[]): string[] {
  const parts = journeyParts(journey);
  const texts = [
    journey.title,
    journey.summary,
    journey.goal,
    journey.description,
    ...parts.stages.flatMap(({ value }) => [value.name, value.description, value.customerGoal, ...(value.doing ?? []), ...(value.thinking ?? []), ...(value.feeling ?? [])]),
    ...parts.steps.flatMap(({ value }) => [value.name, value.description, ...momentTexts(value.momentOfTruth)]),
    ...parts.touchpoints.flatMap(({ value }) => [value.name, value.description]),
    ...parts.painPoints.flatMap(({ value }) => [value.title, value.description]),
    ...parts.opportunities.flatMap(({ value }) => [value.title, value.description]),
    ...metrics.flatMap((metric) => [metric.name, metric.description]),
  ];
  return texts.filter((text) => text !== undefined);
}
