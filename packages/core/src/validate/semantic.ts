import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import * as rules from '../diagnostics/rules.ts';
import { periodLabelStart } from '../metrics/period.ts';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Located } from './parse-entities.ts';
import type { Registry } from './registry.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric } from '../schema/metric.ts';

/** How many personas one map serves well; more usually means the journey should be split. */
export const maxPersonasPerJourney = 3;

/** Rules about what a valid workspace most likely means; each can be turned off in the config. */
export function checkSemantics(registry: Registry, salvaged: ReadonlySet<unknown>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const valid = <T>(map: Map<string, Located<T>>) => [...map.values()].filter((entity) => !salvaged.has(entity.value));
  for (const journey of valid(registry.journey)) diagnostics.push(...journeyRules(journey));
  for (const metric of valid(registry.metric)) diagnostics.push(...metricRules(metric));
  return diagnostics;
}

function journeyRules({ value: journey, file, path }: Located<Journey>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (...rest: (string | number)[]) => ({ file, path: [...path, ...rest] });
  if (journey.personas.length > maxPersonasPerJourney) {
    out.push(report(rules.tooManyPersonas, { count: journey.personas.length, limit: maxPersonasPerJourney }, at('personas')));
  }
  if (journey.variantOf === journey.id) out.push(report(rules.variantOfItself, undefined, at('variantOf')));

  const { min, max } = journey.emotionScale;
  const parts = journeyParts(journey);
  const outOfScale = (value: number | undefined, ...where: (string | number)[]) => {
    if (value !== undefined && (value < min || value > max)) out.push(report(rules.emotionOutOfScale, { value, min, max }, at(...where)));
  };
  for (const { value: part, path: partPath } of [...parts.stages, ...parts.steps]) outOfScale(part.emotion, ...partPath, 'emotion');
  for (const { value: step, path: stepPath } of parts.steps) {
    for (const [persona, value] of Object.entries(step.emotions ?? {})) outOfScale(value, ...stepPath, 'emotions', persona);
  }
  for (const { value: stage, path: stagePath } of parts.stages) {
    if (!stage.steps.some((step) => (step.touchpoints?.length ?? 0) > 0)) {
      out.push(report(rules.stageWithoutTouchpoints, { stage: stage.name }, at(...stagePath, 'name')));
    }
  }
  for (const { value: painPoint, path: partPath } of parts.painPoints) {
    if (painPoint.owner === undefined) out.push(report(rules.painPointWithoutOwner, { painPoint: painPoint.title }, at(...partPath)));
  }
  for (const { value: opportunity, path: partPath } of parts.opportunities) {
    if ((opportunity.addresses?.length ?? 0) === 0) {
      out.push(report(rules.opportunityWithoutPainPoint, { opportunity: opportunity.title }, at(...partPath)));
    }
  }
  return out;
}

function metricRules({ value: metric, file, path }: Located<Metric>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (...rest: (string | number)[]) => ({ file, path: [...path, ...rest] });
  if (metric.target === undefined) out.push(report(rules.metricWithoutTarget, { metric: metric.name }, at('name')));
  if (metric.scale !== undefined) {
    const { min, max } = metric.scale;
    metric.positive?.forEach((value, i) => {
      if (value < min || value > max) out.push(report(rules.answerOutOfScale, { value, min, max }, at('positive', i)));
    });
  }
  metric.series?.forEach((observation, i) => {
    const previous = metric.series?.[i - 1];
    if (previous !== undefined && periodLabelStart(observation.period) <= periodLabelStart(previous.period)) {
      out.push(report(rules.seriesOrder, { period: observation.period, previous: previous.period }, at('series', i, 'period')));
    }
  });
  return out;
}
