import * as z from 'zod';
import { common, entity, text } from './entity.ts';

/**
 * The departments that usually own parts of a journey.
 *
 * @example
 * departments.includes('customer-success'); // true
 */
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

/**
 * A team or department that owns stages, touchpoints, pain points, opportunities or metrics.
 *
 * @example
 * teamSchema.parse({ id: 'support', name: 'Customer support', department: 'support', contact: '#support' });
 */
export const teamSchema = entity({
  ...common,
  name: text('Name of the team, as people say it.'),
  department: z.enum(departments).meta({ description: 'Department the team belongs to.' }),
  contact: z.string().min(1).optional().meta({ description: 'How to reach the team: a channel, list or person.' }),
}).meta({ title: 'Team', description: 'A team that owns parts of journeys.' });

/**
 * A team as authors write it, in `teams/`.
 *
 * @example
 * const team: TeamInput = { id: 'onboarding', name: 'Implementation', department: 'onboarding' };
 */
export type TeamInput = z.input<typeof teamSchema>;
/**
 * A team as code receives it, validated.
 *
 * @example
 * const byDepartment = Object.groupBy(workspace.teams, (team: Team) => team.department);
 */
export type Team = z.output<typeof teamSchema>;
