import * as z from 'zod';

/**
 * The scale on which a journey records emotions; 1 (very negative) to 5 (very positive) by default.
 *
 * @example
 * emotionScaleSchema.parse({ min: -2, max: 2 }); // { min: -2, max: 2 }
 * emotionScaleSchema.safeParse({ min: 5, max: 1 }).success; // false: min must be below max
 */
export const emotionScaleSchema = z
  .strictObject({
    min: z.number().int().meta({ description: 'Most negative emotion.' }),
    max: z.number().int().meta({ description: 'Most positive emotion.' }),
  })
  .refine((scale) => scale.min < scale.max, { error: 'The scale\'s min must be below its max', path: ['max'] })
  .meta({ title: 'Emotion scale', description: 'Scale of emotion scores, most negative to most positive.' });

/**
 * The scale of a journey's emotion scores, most negative to most positive.
 *
 * @example
 * const scale: EmotionScale = journey.emotionScale; // { min: 1, max: 5 } unless the journey declares another
 */
export type EmotionScale = z.output<typeof emotionScaleSchema>;

/**
 * The default emotion scale, the one Mermaid journey diagrams use.
 *
 * @example
 * defaultEmotionScale; // { min: 1, max: 5 }
 */
export const defaultEmotionScale: EmotionScale = { min: 1, max: 5 };

/** An emotion score on the journey's declared scale. */
export const emotion = z.number().meta({ description: 'How the customer feels, on the journey\'s emotion scale.' });

/**
 * Emotion scores by persona id, for a step that feels different to each persona; a persona left out
 * feels the step's `emotion`.
 *
 * @example
 * personaEmotions.parse({ 'busy-parent': 2, 'retired-engineer': 4 });
 */
export const personaEmotions = z
  .record(z.string(), emotion)
  .meta({
    description:
      'Emotion per persona, by persona id, on the journey\'s emotion scale; a persona of the journey left out feels `emotion`.',
  });
