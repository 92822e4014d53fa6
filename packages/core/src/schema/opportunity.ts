import * as z from 'zod';
import { common, entity, ref, text } from './entity.ts';
import { scoreOn } from './scales.ts';

/** A rough three-point size, used for value and effort. */
export const sizes = ['low', 'medium', 'high'] as const;

/**
 * Where an opportunity stands.
 *
 * @example
 * opportunityStatuses; // ['idea', 'planned', 'in-progress', 'done', 'dropped']
 */
export const opportunityStatuses = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;

/** The fields of an opportunity, for schemas built from them, like the changes of a to-be journey. */
export const opportunityFields = {
  ...common,
  title: text('The improvement in a few words.'),
  addresses: z
    .array(ref('pain point'))
    .optional()
    .meta({ description: 'Ids of the pain points of the same journey that this opportunity answers.' }),
  customerValue: scoreOn('customerValue', sizes, 'Value for the customer.').optional(),
  businessValue: scoreOn('businessValue', sizes, 'Value for the business.').optional(),
  effort: scoreOn('effort', sizes, 'Effort to deliver it.').optional(),
  status: z.enum(opportunityStatuses).default('idea').meta({ description: 'Where the opportunity stands.' }),
  owner: ref('team').optional().meta({ description: 'Id of the team that owns it.' }),
};

/**
 * An improvement that answers one or more pain points.
 *
 * @example
 * opportunitySchema.parse({ id: 'show-shipping-early', title: 'Show shipping costs on the product page', addresses: ['surprise-shipping'] }).status; // 'idea'
 */
export const opportunitySchema = entity(opportunityFields).meta({ title: 'Opportunity', description: 'An improvement that answers pain points.' });

/**
 * An opportunity as authors write it, under a step or a stage of a journey.
 *
 * @example
 * const opportunity: OpportunityInput = { id: 'gift-receipt', title: 'Offer a gift receipt', effort: 'low', customerValue: 'high' };
 */
export type OpportunityInput = z.input<typeof opportunitySchema>;
/**
 * An opportunity as code receives it, with its status defaulted to `idea`.
 *
 * @example
 * const planned = journeyParts(journey).opportunities.filter(({ value }: { value: Opportunity }) => value.status === 'planned');
 */
export type Opportunity = z.output<typeof opportunitySchema>;
