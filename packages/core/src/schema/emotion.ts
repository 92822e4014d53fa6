import * as z from 'zod';

/** The scale on which a journey records emotions; 1 (very negative) to 5 (very positive) by default. */
export const emotionScaleSchema = z
  .strictObject({
    min: z.number().int().meta({ description: 'Most negative emotion.' }),
    max: z.number().int().meta({ description: 'Most positive emotion.' }),
  })
  .refine((scale) => scale.min < scale.max, { error: 'The scale\'s min must be below its max', path: ['max'] })
  .meta({ title: 'Emotion scale', description: 'Scale of emotion scores, most negative to most positive.' });

export type EmotionScale = z.output<typeof emotionScaleSchema>;

/** The default emotion scale, the one Mermaid journey diagrams use. */
export const defaultEmotionScale: EmotionScale = { min: 1, max: 5 };

/** An emotion score on the journey's declared scale. */
export const emotion = z.number().meta({ description: 'How the customer feels, on the journey\'s emotion scale.' });
