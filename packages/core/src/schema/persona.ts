import * as z from 'zod';
import { common, entity, ref, text, textList } from './entity.ts';

/**
 * A customer archetype a journey is drawn for.
 *
 * @example
 * personaSchema.parse({ id: 'sam', name: 'Sam, first-time buyer', ageBand: '25-34', preferredChannels: ['web'] });
 */
export const personaSchema = entity({
  ...common,
  name: text('Name of the persona, such as "Olivia, operations lead".'),
  role: text('Role or job title.').optional(),
  job: text('What the persona is trying to get done.').optional(),
  ageBand: z
    .string()
    .regex(/^\d{1,3}(?:[-–]\d{1,3}|\+)$/, { error: 'Invalid age band: expected a range like "25-34" or "65+"' })
    .optional()
    .meta({ description: 'Age band, like "25-34" or "65+".' }),
  familyStatus: text('Family situation, where it matters for the journey.').optional(),
  goals: textList('What the persona wants to achieve.').optional(),
  motivations: textList('Why the persona acts.').optional(),
  frustrations: textList('What gets in the persona\'s way.').optional(),
  preferredChannels: z.array(ref('channel')).optional().meta({ description: 'Ids of the channels the persona prefers.' }),
  quote: text('A sentence in the persona\'s own words.').optional(),
}).meta({ title: 'Persona', description: 'A customer archetype a journey is drawn for.' });

/**
 * A persona as authors write it, in `personas/`.
 *
 * @example
 * const persona: PersonaInput = { id: 'olivia', name: 'Olivia, operations lead', goals: ['Fewer approval emails'] };
 */
export type PersonaInput = z.input<typeof personaSchema>;
/**
 * A persona as code receives it, validated.
 *
 * @example
 * const quotes = workspace.personas.flatMap((persona: Persona) => (persona.quote === undefined ? [] : [persona.quote]));
 */
export type Persona = z.output<typeof personaSchema>;
