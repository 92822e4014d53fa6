import * as z from 'zod';
import { emotion, personaEmotions } from './emotion.ts';
import { common, entity, text, textList } from './entity.ts';
import { momentOfTruthSchema } from './moment-of-truth.ts';
import { opportunitySchema } from './opportunity.ts';
import { painPointSchema } from './pain-point.ts';
import { touchpointSchema } from './touchpoint.ts';

/** The service-blueprint lanes under a step, from the customer down to support processes. */
export const blueprintSchema = z
  .strictObject({
    customer: textList('What the customer does.').optional(),
    frontstage: textList('What the company does where the customer sees it.').optional(),
    backstage: textList('What the company does out of sight.').optional(),
    support: textList('Systems and processes that make it possible.').optional(),
  })
  .meta({ title: 'Service blueprint', description: 'Blueprint lanes under a step.' });

/** Who is involved on each side. */
export const partiesSchema = z
  .strictObject({
    customer: textList('People on the customer\'s side, like "IT admin".').optional(),
    company: textList('People on the company\'s side, like "Account executive".').optional(),
  })
  .meta({ title: 'Parties', description: 'Who is involved on each side.' });

/** The fields of a step, for schemas built from them, like the changes of a to-be journey. */
export const stepFields = {
  ...common,
  name: text('What the customer does, in a few words.'),
  touchpoints: z.array(touchpointSchema).optional().meta({ description: 'Where the customer meets the company in this step.' }),
  emotion: emotion.optional(),
  emotions: personaEmotions.optional(),
  painPoints: z.array(painPointSchema).optional().meta({ description: 'Friction met in this step.' }),
  opportunities: z.array(opportunitySchema).optional().meta({ description: 'Improvements for this step.' }),
  momentOfTruth: momentOfTruthSchema.optional(),
  blueprint: blueprintSchema.optional(),
  parties: partiesSchema.optional(),
};

/**
 * One thing the customer does within a stage.
 *
 * @example
 * stepSchema.parse({ id: 'checks-out', name: 'Checks out', emotion: 2, momentOfTruth: 'first' }).momentOfTruth; // { kind: 'first' }
 */
export const stepSchema = entity(stepFields).meta({ title: 'Step', description: 'One thing the customer does within a stage.' });

/**
 * A step as authors write it, in a stage's `steps`.
 *
 * @example
 * const step: StepInput = { id: 'sees-ad', name: 'Sees an ad', emotion: 3, touchpoints: [{ id: 'social-ad', name: 'Social media ad', channel: 'social' }] };
 */
export type StepInput = z.input<typeof stepSchema>;
/**
 * A step as code receives it, validated.
 *
 * @example
 * const lowest = journeyParts(journey).steps.map(({ value }: { value: Step }) => value).sort((a, b) => (a.emotion ?? 0) - (b.emotion ?? 0))[0];
 */
export type Step = z.output<typeof stepSchema>;
