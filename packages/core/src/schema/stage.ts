import * as z from 'zod';
import { emotion } from './emotion.ts';
import { common, entity, ref, text, textList } from './entity.ts';
import { opportunitySchema } from './opportunity.ts';
import { painPointSchema } from './pain-point.ts';
import { stepSchema } from './step.ts';

/**
 * The usual stages of a journey, in order; `custom` for anything else.
 *
 * @example
 * stageKinds.indexOf('purchase') < stageKinds.indexOf('retention'); // true: in journey order
 */
export const stageKinds = [
  'awareness',
  'consideration',
  'purchase',
  'onboarding',
  'retention',
  'advocacy',
  'custom',
] as const;

/**
 * Which usual stage a stage is, one of {@link stageKinds}.
 *
 * @example
 * const kind: StageKind = 'onboarding';
 */
export type StageKind = (typeof stageKinds)[number];

/** The fields of a stage, for schemas built from them, like the changes of a to-be journey. */
export const stageFields = {
  ...common,
  name: text('Name of the stage as the team says it, like "Discovery".'),
  kind: z.enum(stageKinds).meta({ description: 'Which usual stage this is; `custom` for a stage of your own.' }),
  customerGoal: text('What the customer wants from this stage.').optional(),
  doing: textList('What the customer does.').optional(),
  thinking: textList('What the customer thinks.').optional(),
  feeling: textList('What the customer feels.').optional(),
  emotion: emotion.optional(),
  owner: ref('team').optional().meta({ description: 'Id of the team that owns the stage.' }),
  painPoints: z.array(painPointSchema).optional().meta({ description: 'Friction met throughout the stage rather than at one step.' }),
  opportunities: z.array(opportunitySchema).optional().meta({ description: 'Improvements for the stage as a whole.' }),
  steps: z.array(stepSchema).default([]).meta({ description: 'The steps of the stage, in order.' }),
};

/**
 * A phase of the journey, shown as a column of the journey map.
 *
 * @example
 * stageSchema.parse({ id: 'buy', name: 'Buy', kind: 'purchase' }).steps; // [], the default
 */
export const stageSchema = entity(stageFields).meta({ title: 'Stage', description: 'A phase of the journey.' });

/**
 * A stage as authors write it, in a journey's `stages`.
 *
 * @example
 * const stage: StageInput = { id: 'discover', name: 'Discover', kind: 'awareness', customerGoal: 'Find a shop that has what I need' };
 */
export type StageInput = z.input<typeof stageSchema>;
/**
 * A stage as code receives it, with its steps defaulted to none.
 *
 * @example
 * const columns = journey.stages.map((stage: Stage) => `${stage.name} (${stage.kind})`);
 */
export type Stage = z.output<typeof stageSchema>;
