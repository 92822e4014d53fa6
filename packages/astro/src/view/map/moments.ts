import type { MomentOfTruth } from '@journeykit/core';

const named = {
  zero: ['ZMOT', 'Zero moment of truth'],
  first: ['FMOT', 'First moment of truth'],
  second: ['SMOT', 'Second moment of truth'],
  third: ['TMOT', 'Third moment of truth'],
} as const;

/** A moment of truth in words, and the short mark the emotion lane shows over its step. */
export function momentLabel(moment: MomentOfTruth): { short: string; label: string } {
  if (moment.kind === 'custom') return { short: 'MOT', label: `Moment of truth: ${'name' in moment && moment.name !== undefined ? moment.name : 'custom'}` };
  const [short, label] = named[moment.kind];
  return { short, label };
}
