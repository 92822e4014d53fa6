import type { EventFunnel } from '../data/event-collector.ts';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { EvidenceLevel, SeverityScore } from '../schema/pain-point.ts';
import { scaleValue } from '../schema/scales.ts';

/**
 * How much a severity weighs: its level on the 1–5 scale less one, so the words weigh 1 (low) to
 * 4 (critical) and a pain point scored 1 is recorded without ranking its step.
 */
const severityWeight = (severity: SeverityScore) => scaleValue('severity', severity) - 1;
/** How much each level of evidence is believed. */
const evidenceWeight: Record<EvidenceLevel, number> = { observed: 1, reported: 0.8, inferred: 0.5, hypothesis: 0.3 };

/**
 * A step of a journey with how much friction it shows, and why.
 *
 * @example
 * const [worst]: FrictionRank[] = frictionRanking(journey);
 * console.log(`${worst?.step} hurts most (score ${worst?.score})`);
 */
export interface FrictionRank {
  stage: string;
  step: string;
  stepName: string;
  score: number;
  /** Pain points, each its severity weighted by how well it is evidenced. */
  pain: number;
  /** How far the step's emotion falls below the middle of the scale, from 0 (at or above) to 1 (the bottom). */
  lowEmotion: number;
  /** The share of people lost on the way into the step's stage, from the journey's event funnel: on the stage's first step, the way in, and 0 on its others. */
  dropOff: number;
}

/**
 * Ranks a journey's steps by friction, highest first: the weighted pain points (severity 0–4
 * times evidence 0.3–1), plus 2 × how low the emotion is, plus 3 × the share lost entering the
 * stage when an event funnel measured it. That loss counts once, on the stage's first step:
 * people are lost on the way into the stage, not again at each of its steps. Steps without any
 * friction are left out.
 *
 * @example
 * frictionRanking(journey)[0]; // { step: 'checkout', score: 5.4, pain: 3.4, lowEmotion: 1, dropOff: 0, … }
 */
export function frictionRanking(journey: Journey, funnel?: EventFunnel): FrictionRank[] {
  const { min, max } = journey.emotionScale;
  const middle = (min + max) / 2;
  const lost = new Map(funnel?.steps.map((step) => [step.step, step.conversion === null ? 0 : 1 - step.conversion / 100]));
  return journeyParts(journey)
    .steps.map(({ value: step, stage }) => {
      const pain = (step.painPoints ?? []).reduce((sum, p) => sum + severityWeight(p.severity) * evidenceWeight[p.evidence], 0);
      const lowEmotion = step.emotion === undefined ? 0 : Math.max(0, (middle - step.emotion) / (middle - min));
      const dropOff = stage.steps[0]?.id === step.id ? (lost.get(stage.name) ?? 0) : 0;
      return { stage: stage.name, step: step.id, stepName: step.name, score: pain + 2 * lowEmotion + 3 * dropOff, pain, lowEmotion, dropOff };
    })
    .filter((rank) => rank.score > 0)
    .sort((a, b) => b.score - a.score || a.step.localeCompare(b.step));
}
