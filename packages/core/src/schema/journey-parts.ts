import type { PathSegment } from '../diagnostics/diagnostic.ts';
import type { Journey } from './journey.ts';
import type { Opportunity } from './opportunity.ts';
import type { PainPoint } from './pain-point.ts';
import type { Stage } from './stage.ts';
import type { Step } from './step.ts';
import type { Touchpoint } from './touchpoint.ts';

/**
 * A part of a journey with the stage and step it belongs to and its path inside the journey. Pain
 * points and opportunities of a stage as a whole have no step.
 *
 * @example
 * const [first]: Part<Touchpoint>[] = journeyParts(journey).touchpoints;
 * first?.path; // ['stages', 0, 'steps', 0, 'touchpoints', 0]
 */
export interface Part<T> {
  value: T;
  stage: Stage;
  step: Step | undefined;
  path: PathSegment[];
}

/**
 * Every stage, step, touchpoint, pain point and opportunity of a journey, in map order.
 *
 * @example
 * const { steps, painPoints }: JourneyParts = journeyParts(journey);
 * console.log(`${steps.length} steps, ${painPoints.length} pain points`);
 */
export interface JourneyParts {
  stages: Part<Stage>[];
  steps: Part<Step>[];
  touchpoints: Part<Touchpoint>[];
  painPoints: Part<PainPoint>[];
  opportunities: Part<Opportunity>[];
}

/**
 * Flattens a journey into its parts, so that indexing, reference checks, rules and pages walk it
 * the same way.
 *
 * @example
 * const { touchpoints } = journeyParts(journey);
 * touchpoints.map(({ value, stage }) => `${stage.name}: ${value.name}`);
 */
export function journeyParts(journey: Journey): JourneyParts {
  const parts: JourneyParts = { stages: [], steps: [], touchpoints: [], painPoints: [], opportunities: [] };
  journey.stages.forEach((stage, s) => {
    const stagePath = ['stages', s];
    parts.stages.push({ value: stage, stage, step: undefined, path: stagePath });
    // A stage's own items come before its steps' ones, as the stage's header comes before its steps.
    stage.painPoints?.forEach((value, i) => parts.painPoints.push({ value, stage, step: undefined, path: [...stagePath, 'painPoints', i] }));
    stage.opportunities?.forEach((value, i) =>
      parts.opportunities.push({ value, stage, step: undefined, path: [...stagePath, 'opportunities', i] }),
    );
    stage.steps.forEach((step, t) => {
      const stepPath = [...stagePath, 'steps', t];
      parts.steps.push({ value: step, stage, step, path: stepPath });
      step.touchpoints?.forEach((value, i) => parts.touchpoints.push({ value, stage, step, path: [...stepPath, 'touchpoints', i] }));
      step.painPoints?.forEach((value, i) => parts.painPoints.push({ value, stage, step, path: [...stepPath, 'painPoints', i] }));
      step.opportunities?.forEach((value, i) =>
        parts.opportunities.push({ value, stage, step, path: [...stepPath, 'opportunities', i] }),
      );
    });
  });
  return parts;
}
