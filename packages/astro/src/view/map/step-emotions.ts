import { stepEmotion, type Journey } from '@journeykit/core';
import type { EmotionCurve } from './emotion-lane.ts';

/** Whether any step of the journey records an emotion for one of its personas. */
export function hasPersonaEmotions(journey: Pick<Journey, 'stages' | 'personas'>): boolean {
  return journey.stages.some((stage) => stage.steps.some((step) => journey.personas.some((persona) => step.emotions?.[persona] !== undefined)));
}

/**
 * The emotion curves of a journey, one value per step column (`undefined` for a column without
 * a step or a step without emotion): one per persona when steps record emotions per persona, the
 * first persona's labelled as primary; otherwise one for the journey.
 */
export function emotionCurves(
  journey: Pick<Journey, 'stages' | 'personas'>,
  personaName: (id: string) => string,
): EmotionCurve[] {
  const columns = journey.stages.flatMap((stage) => (stage.steps.length === 0 ? [undefined] : stage.steps));
  if (!hasPersonaEmotions(journey)) {
    return [{ key: 'journey', label: 'Emotion', values: columns.map((step) => step && stepEmotion(step)), colour: 1, labelExtremes: true }];
  }
  return journey.personas.map((persona, i) => ({
    key: `persona-${persona}`,
    label: personaName(persona),
    values: columns.map((step) => step && stepEmotion(step, persona)),
    colour: (i % 6) + 1,
    persona,
    labelExtremes: true,
    primary: i === 0,
    dodge: dodgeOf(i, journey.personas.length),
  }));
}

/** Pixels between side-by-side persona curves: about a line's width, so each stays visible. */
const dodgeStep = 3;

/** The dodge of persona curve `index` of `count`, centred on the true value. */
export const dodgeOf = (index: number, count: number): number => (index - (count - 1) / 2) * dodgeStep;

/**
 * The as-is map's emotion over the to-be's step columns, from the as-is emotion of each to-be
 * step (core's comparison pairs steps by id, and a renamed step with its as-is self). A step the
 * to-be adds has none: a gap in the dashed curve.
 */
export function asIsCurve(toBe: Pick<Journey, 'stages'>, title: string, asIsEmotion: ReadonlyMap<string, number | undefined>): EmotionCurve {
  const columns = toBe.stages.flatMap((stage) => (stage.steps.length === 0 ? [undefined] : stage.steps));
  return { key: 'as-is', label: `As-is: ${title}`, values: columns.map((step) => step && asIsEmotion.get(step.id)), colour: 6, dashed: true };
}

/**
 * The as-is curves of a to-be map whose curves are per persona: each persona's as-is, dashed in
 * that persona's colour and shown with its to-be curve, and the as-is default, shown only while
 * every persona shows.
 */
export function asIsCurves(
  toBe: Pick<Journey, 'stages'>,
  title: string,
  asIs: { byDefault: ReadonlyMap<string, number | undefined>; byPersona: ReadonlyMap<string, ReadonlyMap<string, number | undefined>> },
  personaCurves: readonly EmotionCurve[],
): EmotionCurve[] {
  const fallback = asIsCurve(toBe, title, asIs.byDefault);
  if (personaCurves.length === 0) return [fallback];
  return [
    { ...fallback, allOnly: true },
    ...personaCurves.map((curve) => ({
      ...asIsCurve(toBe, title, asIs.byPersona.get(curve.persona!) ?? asIs.byDefault),
      key: `as-is-${curve.persona!}`,
      label: `As-is: ${title} (${curve.label})`,
      colour: curve.colour,
      persona: curve.persona!,
      ...(curve.dodge === undefined ? {} : { dodge: curve.dodge }),
    })),
  ];
}
