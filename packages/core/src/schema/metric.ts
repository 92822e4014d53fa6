import * as z from 'zod';
import { dateFormatProblem } from '../data/date-reader.ts';
import { common, entity, link, ref, text } from './entity.ts';

/**
 * What a metric measures.
 *
 * @example
 * metricKinds.includes('nps'); // true
 */
export const metricKinds = [
  'conversion',
  'churn',
  'retention',
  'nps',
  'csat',
  'ces',
  'engagement',
  'revenue',
  'time',
  'count',
  'custom',
] as const;

/**
 * What a metric measures, one of {@link metricKinds}.
 *
 * @example
 * const kind: MetricKind = 'churn';
 */
export type MetricKind = (typeof metricKinds)[number];

/** Metric kinds computed from survey answers on a declared scale. */
export const surveyKinds: readonly MetricKind[] = ['csat', 'ces'];

const scaleSchema = z
  .strictObject({
    min: z.number().int().meta({ description: 'Lowest answer.' }),
    max: z.number().int().meta({ description: 'Highest answer.' }),
  })
  .refine((scale) => scale.min < scale.max, { error: 'The scale\'s min must be below its max', path: ['max'] })
  .meta({ title: 'Answer scale', description: 'Range of survey answers, like 1 to 5.' });

/**
 * Where a metric applies: a whole journey, or one of its stages, steps or touchpoints.
 *
 * @example
 * metricScopeSchema.parse({ journey: 'first-purchase', stage: 'buy' });
 */
export const metricScopeSchema = z
  .strictObject({
    journey: ref('journey'),
    stage: ref('stage of that journey').optional(),
    step: ref('step of that journey').optional(),
    touchpoint: ref('touchpoint of that journey').optional(),
  })
  .meta({ title: 'Metric scope', description: 'Where the metric applies. Leave it out for a workspace-wide metric.' });

/**
 * One measured value of a metric for a period, with its sample size.
 *
 * @example
 * observationSchema.parse({ period: '2026-Q3', value: 42, n: 310 });
 * observationSchema.safeParse({ period: 'Q3 2026', value: 42 }).success; // false: not a period Journeykit reads
 */
export const observationSchema = z
  .strictObject({
    period: z
      .string()
      .regex(/^\d{4}(?:-(?:Q[1-4]|H[12]|W\d{2}|\d{2}(?:-\d{2})?))?$/, {
        error: 'Invalid period: expected a year, quarter, half, ISO week, month or day, like 2026, 2026-Q3, 2026-H1, 2026-W07, 2026-03 or 2026-03-31',
      })
      .meta({ description: 'The period measured: 2026, 2026-Q3, 2026-H1, 2026-W07, 2026-03 or 2026-03-31.' }),
    value: z.number().meta({ description: 'The measured value.' }),
    n: z.number().int().nonnegative().optional().meta({ description: 'Sample size: respondents, customers or people counted.' }),
    distribution: z
      .record(z.string().regex(/^-?\d+$/, { error: 'Invalid answer: expected a whole number, like "9"' }), z.number().int().nonnegative())
      .optional()
      .meta({ description: 'For NPS, CSAT and CES: how many people gave each answer in the period, like { "9": 120, "10": 85 }.' }),
  })
  .meta({ title: 'Observation', description: 'A value of the metric for one period.' });

/**
 * A CSV file in the workspace holding the metric's data, with its columns named.
 *
 * @example
 * metricSourceSchema.parse({ file: 'data/nps.csv', format: 'responses', period: 'month', columns: { date: 'submitted_at', score: 'likelihood' } });
 */
export const metricSourceSchema = z
  .strictObject({
    file: link.meta({ description: 'Path of the CSV file, relative to the workspace.' }),
    format: z
      .enum(['series', 'responses', 'events'])
      .meta({ description: 'series: one row per period; responses: one survey answer per row; events: an event log.' }),
    columns: z
      .record(z.string(), z.string().min(1))
      .optional()
      .meta({ description: 'Maps the names Journeykit expects (period, value, n, numerator, denominator, score, date, id, person, account, session, timestamp, event) to the file\'s column names. A series without `value` may give `numerator` and `denominator` counts per period (contracts and quotes): the value is their percentage, n the denominator. With an `id` column, survey responses that repeat an id are counted once.' }),
    eventProperties: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'For an event log: columns of the file holding event properties, like `[plan, country]`, that funnel steps may filter on with `where`. Only the properties some step filters on are read.' }),
    period: z
      .enum(['day', 'week', 'month', 'quarter', 'year'])
      .optional()
      .meta({ description: 'For survey responses with a `date` column instead of a `period` one: the period each answer counts in.' }),
    funnel: z
      .strictObject({
        order: z.enum(['sequential', 'strict', 'any']).default('sequential').meta({ description: 'sequential: steps in order, other events may come between; strict: nothing between; any: any order.' }),
        anyOrderStart: z
          .enum(['any', 'first-step'])
          .default('any')
          .meta({ description: 'With `order: any`, where an attempt starts. any (PostHog): at any step\'s event, counting the distinct steps done within the window; first-step (Amplitude): only at the first step\'s event.' }),
        windowDays: z.number().positive().default(14).meta({ description: 'Days allowed from the first step to the last.' }),
        unit: z.enum(['person', 'account', 'session']).default('person').meta({ description: 'What is counted: the column of that name (or mapped in `columns`) says who did each event.' }),
        exclude: z.array(z.string().min(1)).default([]).meta({ description: 'Events that void an attempt when they happen before it completes, like `order_cancelled`; one at the same time as a step\'s event is ignored. A unit whose furthest attempt is voided is left out.' }),
        steps: z
          .array(
            z.strictObject({
              name: z.string().min(1).meta({ description: 'The step as the funnel shows it, like "Added to basket".' }),
              events: z.array(z.string().min(1)).min(1).meta({ description: 'The events that do the step, any one of them: `[add_to_cart]`, or alternatives like `[checkout_started, express_checkout]`.' }),
              where: z
                .record(z.string().min(1), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
                .optional()
                .meta({ description: 'Keeps only the events whose properties (declared in the source\'s `eventProperties`) have these values: `{ plan: business }`, or any of a list, `{ plan: [business, enterprise] }`; with several properties, each must match. Equality only.' }),
              optional: z.boolean().default(false).meta({ description: 'Whether the step may have no event in the log (a new feature not yet tracked); otherwise a step the log never holds is an error, never a silent zero.' }),
            }),
          )
          .min(2)
          .optional()
          .meta({ description: 'The funnel\'s steps, in order, each an event or alternatives, whatever the journey\'s stages: two events of one stage can be two steps. The journey\'s stages (through the `event` of their touchpoints) unless given.' }),
      })
      .prefault({})
      .meta({ description: 'For an event log: how the stages of the metric\'s journey (through the `event` of their touchpoints) make a funnel.' }),
    retention: z
      .strictObject({
        start: z.array(z.string().min(1)).min(1).meta({ description: 'Events that put a unit in a cohort: the cohort is the period of its first one, like `order_completed`.' }),
        return: z.array(z.string().min(1)).min(1).meta({ description: 'Events that count as coming back in a later period, like `order_completed` again or `session_started`.' }),
        period: z.enum(['day', 'week', 'month']).default('month').meta({ description: 'The length of a cohort and of each period after it, in UTC; weeks are ISO weeks from Monday.' }),
        mode: z.enum(['on', 'on-or-after']).default('on').meta({ description: 'on: counts a unit in each period it came back in; on-or-after: in each period up to the last one it came back in.' }),
        offset: z.number().int().positive().default(1).meta({ description: 'Which period after the cohort\'s own the metric\'s series reports: 1 is the next one.' }),
        unit: z.enum(['person', 'account', 'session']).default('person').meta({ description: 'What is counted: the column of that name (or mapped in `columns`) says who did each event.' }),
      })
      .optional()
      .meta({ description: 'For a retention metric read from an event log: which events start a cohort and which count as returning. The metric\'s series is the retention of each cohort at `offset`.' }),
    dateFormat: z
      .string()
      .min(1)
      .superRefine((format, context) => {
        const problem = dateFormatProblem(format);
        if (problem !== undefined) context.addIssue({ code: 'custom', message: `Invalid dateFormat: ${problem}` });
      })
      .optional()
      .meta({
        description:
          'How the file writes its dates (the `date` of survey answers, the `timestamp` of events), in date-fns tokens, read as UTC: `MM/dd/yyyy hh:mm a` for 01/14/2026 09:32 AM, `dd.MM.yyyy` for 14.01.2026. ISO 8601 (2026-01-14, 2026-01-14T09:32:00+01:00) unless given.',
      }),
    badRows: z
      .enum(['fail', 'skip'])
      .default('fail')
      .meta({ description: 'What a row that cannot be read does: fail the check (an error), or get skipped with a warning.' }),
  })
  .meta({ title: 'Metric source', description: 'A CSV file with the metric\'s data.' });

const target = z
  .union([
    z.number().transform((value) => ({ value })),
    z.strictObject({
      value: z.number().meta({ description: 'The value to reach.' }),
      by: z.string().min(1).optional().meta({ description: 'When it should be reached, like 2026-Q4.' }),
      note: text('Why this target.').optional(),
    }),
  ])
  .meta({ title: 'Target', description: 'The value to reach: a number, or an object with a deadline.' });

/**
 * A KPI: what is measured, how, where, against which target, and its data.
 *
 * @example
 * metricSchema.parse({ id: 'nps', name: 'NPS', kind: 'nps', target: 40 }).target; // { value: 40 }
 * metricSchema.safeParse({ id: 'csat', name: 'CSAT', kind: 'csat' }).success; // false: a CSAT must declare its scale and method
 */
export const metricSchema = entity({
  ...common,
  name: text('Name of the metric, like "Onboarding CSAT".'),
  kind: z.enum(metricKinds).meta({ description: 'What the metric measures.' }),
  method: z
    .enum(['share', 'mean'])
    .optional()
    .meta({ description: 'For CSAT and CES: share of positive answers × 100, or the mean answer.' }),
  scale: scaleSchema.optional(),
  positive: z
    .array(z.number().int())
    .optional()
    .meta({ description: 'Answers that count as satisfied (CSAT) or easy (CES), like [4, 5] on a 1–5 scale. Defaults to the answers beyond the midpoint at the good end for CES (5–7 on 1–7, 4–5 on 1–5) and to the top two answers for CSAT.' }),
  goodEnd: z
    .enum(['high', 'low'])
    .optional()
    .meta({ description: 'Which end of the scale is good; high unless the survey asks the other way round.' }),
  unit: z.string().min(1).optional().meta({ description: 'Unit of the value, like "%", "days" or "EUR".' }),
  direction: z
    .enum(['higher', 'lower'])
    .optional()
    .meta({ description: 'Whether higher or lower values are better. Defaults to lower for churn and time, higher otherwise.' }),
  target: target.optional(),
  scope: metricScopeSchema.optional(),
  owner: ref('team').optional().meta({ description: 'Id of the team accountable for the metric.' }),
  series: z.array(observationSchema).optional().meta({ description: 'Measured values per period, oldest first.' }),
  source: metricSourceSchema.optional(),
  link: link.optional().meta({ description: 'Where the metric lives in your analytics tool.' }),
})
  .superRefine((metric, context) => {
    if (metric.series !== undefined && metric.source !== undefined) {
      context.addIssue({ code: 'custom', path: ['source'], message: 'A metric takes its values from `series` or from `source`, not both', input: metric });
    }
    const source = metric.source;
    if (source?.retention !== undefined && (source.format !== 'events' || metric.kind !== 'retention')) {
      context.addIssue({ code: 'custom', path: ['source', 'retention'], message: 'Only a retention metric read from an event log (`kind: retention`, `format: events`) takes `retention`', input: metric });
    }
    if (source?.format === 'events' && metric.kind === 'retention' && source.retention === undefined) {
      context.addIssue({ code: 'custom', path: ['source'], message: 'A retention metric read from an event log must say which events start a cohort and which count as returning, in `retention: { start, return }`', input: metric });
    }
    if (!surveyKinds.includes(metric.kind)) return;
    for (const field of ['scale', 'method'] as const) {
      if (metric[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['kind'],
          message: `A ${metric.kind.toUpperCase()} metric must declare its ${field}, since surveys differ`,
          input: metric,
        });
      }
    }
  })
  .meta({ title: 'Metric', description: 'A KPI and its data.' });

/**
 * A metric as authors write it, in `metrics/`.
 *
 * @example
 * const metric: MetricInput = { id: 'churn', name: 'Logo churn', kind: 'churn', unit: '%', target: 2, series: [{ period: '2026-Q1', value: 2.9, n: 668 }] };
 */
export type MetricInput = z.input<typeof metricSchema>;
/**
 * A metric as code receives it, validated; a metric read from a CSV file has its `series` filled in.
 *
 * @example
 * const latest = workspace.metrics.map((metric: Metric) => metric.series?.at(-1)?.value);
 */
export type Metric = z.output<typeof metricSchema>;
/**
 * One value of a metric for one period, with its sample size.
 *
 * @example
 * const observation: Observation = { period: '2026-03', value: 52.4, n: 1250 };
 */
export type Observation = z.output<typeof observationSchema>;
