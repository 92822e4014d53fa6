import * as z from 'zod';
import { common, entity, text } from './entity.ts';

/** The departments that usually own parts of a journey. */
export const departments = [
  'marketing',
  'sales-development',
  'sales',
  'onboarding',
  'customer-success',
  'support',
  'product',
  'engineering',
  'operations',
  'finance',
  'other',
] as const;

/** A team or department that owns stages, touchpoints, pain points, opportunities or metrics. */
export const teamSchema = entity({
  ...common,
  name: text('Name of the team, as people say it.'),
  department: z.enum(departments).meta({ description: 'Department the team belongs to.' }),
  contact: z.string().min(1).optional().meta({ description: 'How to reach the team: a channel, list or person.' }),
}).meta({ title: 'Team', description: 'A team that owns parts of journeys.' });

export type TeamInput = z.input<typeof teamSchema>;
export type Team = z.output<typeof teamSchema>;
