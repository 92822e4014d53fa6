import * as z from 'zod';
import { defaultEmotionScale, emotionScaleSchema } from './emotion.ts';
import { common, entity, ref, text } from './entity.ts';
import { stageSchema } from './stage.ts';

/**
 * Lifecycle of a journey map.
 *
 * @example
 * journeyStatuses; // ['draft', 'current', 'future', 'retired']
 */
export const journeyStatuses = ['draft', 'current', 'future', 'retired'] as const;

/**
 * Which part of the relationship a journey covers.
 *
 * @example
 * journeyScopes.includes('post-purchase'); // true
 */
export const journeyScopes = ['pre-purchase', 'post-purchase', 'end-to-end'] as const;

/** The fields of a journey, for schemas built from them, like a to-be journey that declares only its changes. */
export const journeyFields = {
  ...common,
  title: text('Title of the journey.'),
  summary: text('One or two sentences on what the journey covers.').optional(),
  goal: text('What the map is for: the decision or change it should inform.').optional(),
  personas: z.array(ref('persona')).default([]).meta({ description: 'Ids of the personas the journey is drawn for.' }),
  owner: ref('team').optional().meta({ description: 'Id of the team that owns the journey.' }),
  status: z.enum(journeyStatuses).default('current').meta({ description: 'Lifecycle of the map.' }),
  state: z
    .enum(['as-is', 'to-be'])
    .default('as-is')
    .meta({ description: 'Whether the map shows the journey as it is today or as it should become.' }),
  variantOf: ref('journey').optional().meta({ description: 'Id of the journey this one is a variant of, such as the as-is map of a to-be map.' }),
  scope: z.enum(journeyScopes).default('end-to-end').meta({ description: 'Which part of the relationship the journey covers.' }),
  emotionScale: emotionScaleSchema.default(defaultEmotionScale).meta({ description: 'Scale of emotion scores; 1 to 5 when not given.' }),
  stages: z.array(stageSchema).min(1).meta({ description: 'The stages of the journey, in order.' }),
};

/**
 * The whole relationship of a persona with the company, stage by stage.
 *
 * @example
 * const journey = journeySchema.parse({ id: 'returns', title: 'Returns', stages: [{ id: 'ask', name: 'Ask', kind: 'retention' }] });
 * journey.status; // 'current', the default
 */
export const journeySchema = entity(journeyFields).meta({ title: 'Journey', description: 'A customer journey: stages, steps and touchpoints.' });

/**
 * A journey as authors write it, in `journeys/`: fields with defaults may be left out.
 *
 * @example
 * const journey: JourneyInput = { id: 'returns', title: 'Returns', stages: [{ id: 'ask', name: 'Ask', kind: 'retention' }] };
 */
export type JourneyInput = z.input<typeof journeySchema>;
/**
 * A journey as code receives it, validated, with its defaults applied.
 *
 * @example
 * const titles = workspace.journeys.map((journey: Journey) => `${journey.title} (${journey.status})`);
 */
export type Journey = z.output<typeof journeySchema>;
