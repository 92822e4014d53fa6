import * as z from 'zod';
import { common, entity, link, ref, text } from './entity.ts';

/** A document that supports a touchpoint, such as a welcome email or kickoff slides. */
export const documentSchema = z
  .strictObject({
    title: text('Title of the document.'),
    link: link.optional(),
  })
  .meta({ title: 'Document', description: 'A document that supports a touchpoint.' });

/**
 * The service-blueprint lanes, from the customer down: what the customer does, what the company does
 * where the customer sees it (above the line of visibility), what it does out of sight, and the
 * systems and processes that support it (below the line of internal interaction).
 *
 * @example
 * blueprintLanes; // ['customer', 'frontstage', 'backstage', 'support']
 */
export const blueprintLanes = ['customer', 'frontstage', 'backstage', 'support'] as const;
/**
 * A lane of the service blueprint, one of {@link blueprintLanes}.
 *
 * @example
 * const lane: BlueprintLane = touchpoint.lane ?? 'frontstage';
 */
export type BlueprintLane = (typeof blueprintLanes)[number];

/** The fields of a touchpoint, for schemas built from them, like the changes of a to-be journey. */
export const touchpointFields = {
  ...common,
  name: text('Name of the touchpoint, like "Kickoff call".'),
  channel: ref('channel').meta({ description: 'Id of the channel: a built-in kind such as `email`, or a channel of the workspace.' }),
  type: z
    .enum(['direct', 'indirect'])
    .default('direct')
    .meta({ description: 'Direct (the company is part of it, like a checkout) or indirect (like a friend\'s recommendation).' }),
  owner: ref('team').optional().meta({ description: 'Id of the team that owns the touchpoint.' }),
  automated: z.boolean().default(false).meta({ description: 'Whether the touchpoint runs without a person, like a reminder email.' }),
  documents: z.array(documentSchema).optional().meta({ description: 'Documents that support the touchpoint.' }),
  event: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Name of the analytics event that shows the touchpoint happened, like `checkout_completed`.' }),
  metrics: z.array(ref('metric')).optional().meta({ description: 'Ids of the metrics that measure this touchpoint.' }),
  lane: z
    .enum(blueprintLanes)
    .optional()
    .meta({
      description:
        'Blueprint lane of the touchpoint: `customer` (what the customer does alone), `frontstage` (the company, seen by the customer), `backstage` (the company, out of sight) or `support` (systems and processes).',
    }),
};

/**
 * One interaction between the customer and the company, on a channel.
 *
 * @example
 * touchpointSchema.parse({ id: 'checkout', name: 'Checkout page', channel: 'web' }).type; // 'direct', the default
 */
export const touchpointSchema = entity(touchpointFields).meta({ title: 'Touchpoint', description: 'One interaction between the customer and the company.' });

/**
 * A touchpoint as authors write it, in a step's `touchpoints`.
 *
 * @example
 * const touchpoint: TouchpointInput = { id: 'welcome-email', name: 'Welcome email', channel: 'email', automated: true, event: 'welcome_sent' };
 */
export type TouchpointInput = z.input<typeof touchpointSchema>;
/**
 * A touchpoint as code receives it, with `type` and `automated` defaulted.
 *
 * @example
 * const automated = journeyParts(journey).touchpoints.filter(({ value }: { value: Touchpoint }) => value.automated);
 */
export type Touchpoint = z.output<typeof touchpointSchema>;
