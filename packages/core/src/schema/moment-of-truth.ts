import * as z from 'zod';
import { text } from './entity.ts';

/**
 * The moments that decide loyalty: zero (research), first (first encounter), second (use), third (feedback).
 *
 * @example
 * momentOfTruthKinds; // ['zero', 'first', 'second', 'third', 'custom']
 */
export const momentOfTruthKinds = ['zero', 'first', 'second', 'third', 'custom'] as const;

const kind = z.enum(momentOfTruthKinds).meta({ description: 'Which moment of truth: zero, first, second, third or custom.' });

/**
 * A moment of truth: a kind, or an object with a kind and a note. A custom moment needs a name.
 * Authors may write the kind alone (`momentOfTruth: first`); code always receives the object.
 *
 * @example
 * momentOfTruthSchema.parse('first'); // { kind: 'first' }
 * momentOfTruthSchema.parse({ kind: 'custom', name: 'Renewal call' }); // { kind: 'custom', name: 'Renewal call' }
 */
export const momentOfTruthSchema = z
  .union([
    kind.transform((value) => ({ kind: value })),
    z
      .strictObject({
        kind,
        name: text('Name of a custom moment of truth.').optional(),
        note: text('Why this moment decides loyalty.').optional(),
      })
      .refine((value) => value.kind !== 'custom' || value.name !== undefined, {
        error: 'A custom moment of truth needs a name',
        path: ['name'],
      }),
  ])
  .meta({ title: 'Moment of truth', description: 'A moment that decides loyalty.' });

/**
 * A moment of truth as authors write it: a kind alone, or an object with a kind, a name and a note.
 *
 * @example
 * const moment: MomentOfTruthInput = 'second';
 */
export type MomentOfTruthInput = z.input<typeof momentOfTruthSchema>;
/**
 * A moment of truth as code receives it: always an object with its kind.
 *
 * @example
 * if (step.momentOfTruth?.kind === 'first') console.log(`${step.name} is the first moment of truth.`);
 */
export type MomentOfTruth = z.output<typeof momentOfTruthSchema>;
