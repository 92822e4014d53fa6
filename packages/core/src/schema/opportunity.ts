import * as z from 'zod';
import { common, entity, ref, text } from './entity.ts';

/** A rough three-point size, used for value and effort. */
export const sizes = ['low', 'medium', 'high'] as const;

/** Where an opportunity stands. */
export const opportunityStatuses = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;

/** An improvement that answers one or more pain points. */
export const opportunitySchema = entity({
  ...common,
  title: text('The improvement in a few words.'),
  addresses: z
    .array(ref('pain point'))
    .optional()
    .meta({ description: 'Ids of the pain points of the same journey that this opportunity answers.' }),
  customerValue: z.enum(sizes).optional().meta({ description: 'Value for the customer.' }),
  businessValue: z.enum(sizes).optional().meta({ description: 'Value for the business.' }),
  effort: z.enum(sizes).optional().meta({ description: 'Effort to deliver it.' }),
  status: z.enum(opportunityStatuses).default('idea').meta({ description: 'Where the opportunity stands.' }),
  owner: ref('team').optional().meta({ description: 'Id of the team that owns it.' }),
}).meta({ title: 'Opportunity', description: 'An improvement that answers pain points.' });

export type OpportunityInput = z.input<typeof opportunitySchema>;
export type Opportunity = z.output<typeof opportunitySchema>;
