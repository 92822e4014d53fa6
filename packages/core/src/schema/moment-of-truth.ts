import * as z from 'zod';
import { text } from './entity.ts';

/** The moments that decide loyalty: zero (research), first (first encounter), second (use), third (feedback). */
export const momentOfTruthKinds = ['zero', 'first', 'second', 'third', 'custom'] as const;

const kind = z.enum(momentOfTruthKinds).meta({ description: 'Which moment of truth: zero, first, second, third or custom.' });

/**
 * A moment of truth: a kind, or an object with a kind and a note. A custom moment needs a name.
 * Authors may write the kind alone (`momentOfTruth: first`); code always receives the object.
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

export type MomentOfTruthInput = z.input<typeof momentOfTruthSchema>;
export type MomentOfTruth = z.output<typeof momentOfTruthSchema>;
