import type { Step } from './step.ts';

/**
 * How a persona feels at a step: the step's emotion for that persona, else its `emotion`, which is
 * every persona's default. Without a persona, the default. Undefined when the step records neither.
 *
 * @example
 * const step = { id: 'survey', name: 'Site survey', emotion: 3, emotions: { landlord: 2 } };
 * stepEmotion(step, 'landlord'); // 2
 * stepEmotion(step, 'retiree'); // 3
 * stepEmotion(step); // 3
 */
export function stepEmotion(step: Pick<Step, 'emotion' | 'emotions'>, persona?: string): number | undefined {
  return (persona === undefined ? undefined : step.emotions?.[persona]) ?? step.emotion;
}
