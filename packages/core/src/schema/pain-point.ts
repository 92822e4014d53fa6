import * as z from 'zod';
import { common, entity, link, ref, text } from './entity.ts';
import { scoreOn } from './scales.ts';

/**
 * How bad a pain point is for the customer.
 *
 * @example
 * severities.indexOf('critical') > severities.indexOf('high'); // true: ordered from least to most severe
 */
export const severities = ['low', 'medium', 'high', 'critical'] as const;
/**
 * How bad a pain point is, one of {@link severities}; exported as `PainPointSeverity`.
 *
 * @example
 * const severity: PainPointSeverity = 'high';
 */
export type Severity = (typeof severities)[number];
/**
 * A pain point's severity as authors write it: a word of {@link severities}, or a whole number from
 * 1 to 5; `scaleValue('severity', …)` gives the number for either.
 *
 * @example
 * const level = scaleValue('severity', painPoint.severity satisfies SeverityScore); // 1 to 5
 */
export type SeverityScore = Severity | number;

/**
 * How well a pain point is known: seen in data, reported by customers, inferred, or only a hypothesis.
 *
 * @example
 * evidenceLevels; // ['observed', 'reported', 'inferred', 'hypothesis']
 */
export const evidenceLevels = ['observed', 'reported', 'inferred', 'hypothesis'] as const;
/**
 * How well a pain point is known, one of {@link evidenceLevels}.
 *
 * @example
 * const evidence: EvidenceLevel = 'reported';
 */
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** Where evidence comes from. */
export const evidenceSourceKinds = [
  'survey',
  'support-tickets',
  'reviews',
  'analytics',
  'interviews',
  'focus-groups',
  'other',
] as const;

/** A piece of evidence for a pain point. */
export const evidenceSourceSchema = z
  .strictObject({
    kind: z.enum(evidenceSourceKinds).meta({ description: 'Kind of source.' }),
    title: text('What the source is, like "Q3 onboarding survey".'),
    link: link.optional(),
  })
  .meta({ title: 'Evidence source', description: 'A piece of evidence for a pain point.' });

/** The fields of a pain point, for schemas built from them, like the changes of a to-be journey. */
export const painPointFields = {
  ...common,
  title: text('The friction in a few words, from the customer\'s side.'),
  severity: scoreOn('severity', severities, 'How much it hurts the customer.'),
  evidence: z.enum(evidenceLevels).meta({ description: 'How well it is known: observed, reported, inferred or hypothesis.' }),
  sources: z.array(evidenceSourceSchema).optional().meta({ description: 'Where the evidence comes from.' }),
  owner: ref('team').optional().meta({ description: 'Id of the team responsible for removing it.' }),
};

/**
 * Friction the customer meets at a step, or throughout a stage.
 *
 * @example
 * painPointSchema.parse({ id: 'surprise-shipping', title: 'Shipping cost appears only at the last step', severity: 'high', evidence: 'reported' });
 */
export const painPointSchema = entity(painPointFields).meta({ title: 'Pain point', description: 'Friction the customer meets at a step or in a stage.' });

/**
 * A pain point as authors write it, under a step or a stage of a journey.
 *
 * @example
 * const painPoint: PainPointInput = { id: 'label-printer', title: 'The return label needs a printer', severity: 'medium', evidence: 'observed', owner: 'support' };
 */
export type PainPointInput = z.input<typeof painPointSchema>;
/**
 * A pain point as code receives it, validated.
 *
 * @example
 * const critical = journeyParts(journey).painPoints.filter(({ value }: { value: PainPoint }) => value.severity === 'critical');
 */
export type PainPoint = z.output<typeof painPointSchema>;
