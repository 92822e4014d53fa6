import type { EmotionScale } from '../schema/emotion.ts';

// Mermaid scores tasks from 1 (sad) to 5 (happy), drawing a face per score; Journeykit records
// emotions on each journey's own scale. The two are mapped linearly onto each other.

/** The score of a task without an emotion: the middle of Mermaid's scale, a neutral face. */
export const neutralScore = 3;

/**
 * The Mermaid score (a whole number from 1 to 5) of an emotion on a journey's scale: the emotion
 * placed linearly from the scale's min (1) to its max (5), rounded half up, and kept within 1 to 5.
 * On the default scale of 1 to 5 the score is the emotion itself.
 *
 * @example
 * emotionToScore(4, { min: 1, max: 5 }); // 4
 * emotionToScore(7, { min: 0, max: 10 }); // 4 (3.8 rounded)
 */
export function emotionToScore(emotion: number, scale: EmotionScale): number {
  const score = Math.round(1 + (4 * (emotion - scale.min)) / (scale.max - scale.min));
  return Math.min(5, Math.max(1, score));
}

/**
 * The emotion on a journey's scale that a Mermaid score stands for: the inverse of
 * {@link emotionToScore}, exact for the emotions that fall on one of the five points.
 *
 * @example
 * scoreToEmotion(4, { min: 1, max: 5 }); // 4
 * scoreToEmotion(4, { min: 0, max: 10 }); // 7.5
 */
export function scoreToEmotion(score: number, scale: EmotionScale): number {
  return scale.min + ((score - 1) * (scale.max - scale.min)) / 4;
}
