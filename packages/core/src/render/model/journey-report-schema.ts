import * as z from 'zod';
import { attributionModels } from '../../metrics/attribution-weights.ts';
import { channelSchema } from '../../schema/channel.ts';
import { glossaryTermSchema } from '../../schema/glossary-term.ts';
import { journeySchema } from '../../schema/journey.ts';
import { metricSchema, observationSchema } from '../../schema/metric.ts';
import { personaSchema } from '../../schema/persona.ts';
import { teamSchema } from '../../schema/team.ts';

// The shape of what exports compute about a journey. The analysis functions declare their results
// as TypeScript types; a type test (journey-report-schema.test.ts) keeps these schemas equal to them.

const percent = (description: string) => z.number().nullable().meta({ description });

/** A sample size and whether it is thin, as every computed number carries. */
const sample = {
  n: z.number().int().nonnegative().meta({ description: 'How many answers, people or conversions the number rests on.' }),
  thin: z.boolean().meta({ description: 'Whether n is below the thin-sample threshold.' }),
};

/** A metric of the journey with how its latest value stands. */
export const metricReportSchema = z
  .strictObject({
    metric: metricSchema.meta({ description: 'The metric as defined, without its values: those are in `series`.' }),
    series: z.array(observationSchema).meta({ description: 'The metric\'s values per period, oldest first: written inline, or read from its source file.' }),
    status: z.enum(['met', 'missed', 'no-target', 'no-data']).meta({ description: 'Whether the latest value meets the target.' }),
    latest: observationSchema.optional().meta({ description: 'The latest value; missing when the metric has no data.' }),
    target: z.number().optional().meta({ description: 'The value to reach; missing when the metric has no target.' }),
    direction: z.enum(['higher', 'lower']).meta({ description: 'Which way is better: declared, else lower for churn and time.' }),
    trend: z.enum(['improving', 'flat', 'worsening', 'unknown']).meta({ description: 'How the last six values moved: the least-squares line through them, read in the metric\'s direction.' }),
    thin: z.boolean().meta({ description: 'Whether the latest value rests on fewer people than the workspace\'s thinSample; false when n is unknown.' }),
  })
  .meta({ title: 'Metric report', description: 'A metric of the journey and how it stands against its target.' });

const funnelStepSchema = z
  .strictObject({
    step: z.string().meta({ description: 'Name of the stage.' }),
    count: z.number().int().nonnegative().meta({ description: 'How many reached it.' }),
    conversion: percent('Count / previous count × 100; null for the first step or after a step nobody reached.'),
    overall: percent('Count / first count × 100; null when nobody reached the first step.'),
    dropOff: z.number().int().meta({ description: 'Previous count − this count.' }),
  })
  .meta({ title: 'Funnel step', description: 'One stage of an event funnel.' });

const creditSchema = z
  .strictObject({
    key: z.string().meta({ description: 'Id of the channel.' }),
    credit: z.number().meta({ description: 'Conversions credited to it.' }),
    share: z.number().meta({ description: 'Its credit / all credit, from 0 to 1.' }),
  })
  .meta({ title: 'Attribution credit', description: 'How much of the conversions a channel is credited with.' });

/** A journey's funnel computed from an event log. */
export const eventFunnelSchema = z
  .strictObject({
    ...sample,
    steps: z.array(funnelStepSchema).meta({ description: 'The stages of the journey, in order.' }),
    biggestLeak: z
      .strictObject({ step: z.string().meta({ description: 'Name of the stage.' }), conversion: z.number().meta({ description: 'Its conversion from the stage before.' }) })
      .nullable()
      .meta({ description: 'The stage with the lowest conversion from the one before; null with fewer than two stages.' }),
    excluded: z.number().int().nonnegative().meta({ description: 'People whose every attempt met an exclusion event.' }),
    timeToConvert: z
      .strictObject({
        ...sample,
        median: z.number().nullable().meta({ description: 'Median time from the first stage to the last, in milliseconds.' }),
        mean: z.number().nullable().meta({ description: 'Mean time, in milliseconds.' }),
        p90: z.number().nullable().meta({ description: '90th percentile, in milliseconds.' }),
      })
      .meta({ description: 'How long converting took, for the people who completed the funnel.' }),
    attribution: z
      .strictObject({
        stage: z.string().meta({ description: 'The stage whose first event counts as the conversion.' }),
        conversions: z.number().int().nonnegative().meta({ description: 'How many conversions had touches before them.' }),
        models: z
          .array(
            z.strictObject({
              model: z.enum(attributionModels).meta({ description: 'The attribution model.' }),
              credits: z.array(creditSchema).meta({ description: 'Credits by channel, largest first.' }),
            }),
          )
          .meta({ description: 'How each model credits the channels.' }),
      })
      .optional()
      .meta({ description: 'How attribution models credit the channels; missing when no conversion had a touch before it.' }),
    stepsWithoutData: z
      .array(z.string())
      .optional()
      .meta({ description: 'Declared steps (optional ones) of which the log holds no event: they count nobody.' }),
  })
  .meta({ title: 'Event funnel', description: 'A funnel computed from an event log.' });

/** A step ranked by friction. */
export const frictionRankSchema = z
  .strictObject({
    stage: z.string().meta({ description: 'Name of the stage.' }),
    step: z.string().meta({ description: 'Id of the step.' }),
    stepName: z.string().meta({ description: 'Name of the step.' }),
    score: z.number().meta({ description: 'pain + 2 × lowEmotion + 3 × dropOff.' }),
    pain: z.number().meta({ description: 'Pain points, each its severity on the 1–5 scale less one (0–4) times how well it is evidenced (0.3–1).' }),
    lowEmotion: z.number().meta({ description: 'How far the emotion falls below the middle of the scale, from 0 to 1.' }),
    dropOff: z.number().meta({ description: 'Share of people lost entering the stage, from the event funnel.' }),
  })
  .meta({ title: 'Friction rank', description: 'A step of the journey and how much friction it shows.' });

const names = (description: string) => z.array(z.string()).meta({ description });

/** What a journey leaves unowned, unmeasured or unevidenced. */
export const coverageSchema = z
  .strictObject({
    stagesWithoutOwner: names('Names of the stages without an owner.'),
    stagesWithoutMetrics: names('Names of the stages no metric measures.'),
    touchpointsWithoutOwner: names('Names of the touchpoints without an owner.'),
    touchpointsWithoutEvent: names('Names of the touchpoints no analytics event shows.'),
    painPoints: z.number().int().nonnegative().meta({ description: 'How many pain points the journey has.' }),
    painPointsBackedByData: z.number().int().nonnegative().meta({ description: 'How many of them are observed or reported.' }),
  })
  .meta({ title: 'Coverage', description: 'What the journey map leaves uncovered.' });

/**
 * A journey with everything it refers to resolved and its numbers computed: what
 * {@link journeyReport} returns.
 *
 * @example
 * journeyReportSchema.parse(JSON.parse(text)).metrics[0]?.status; // 'met'
 */
export const journeyReportSchema = z
  .strictObject({
    journey: journeySchema.meta({ description: 'The journey as parsed: defaults applied.' }),
    personas: z.array(personaSchema).meta({ description: 'The personas the journey is drawn for, in its order.' }),
    teams: z.array(teamSchema).meta({ description: 'The teams that own the journey, its parts or its metrics, in order of first mention.' }),
    channels: z.array(channelSchema).meta({ description: 'The channels of its touchpoints, then those its personas prefer, in order of first mention.' }),
    metrics: z.array(metricReportSchema).meta({ description: 'The metrics scoped to the journey (for a to-be journey, those of its as-is journey too), with their status.' }),
    funnel: z
      .strictObject({ metric: z.string().meta({ description: 'Id of the metric that reads the event log.' }), result: eventFunnelSchema })
      .optional()
      .meta({ description: 'The journey\'s funnel from an event log, when one of its metrics reads one.' }),
    friction: z.array(frictionRankSchema).meta({ description: 'Its steps ranked by friction, highest first; steps without friction left out.' }),
    coverage: coverageSchema,
    glossary: z.array(glossaryTermSchema).meta({ description: 'The glossary terms its text mentions, by term.' }),
  })
  .meta({ title: 'Journey report', description: 'A journey, what it refers to, and what Journeykit computes about it.' });

/**
 * A metric of a journey report: its definition, its series, and its standing against its target.
 *
 * @example
 * const [first]: MetricReport[] = journeyReport(workspace, journey).metrics;
 * first?.status; // 'met', 'missed', 'no-target' or 'no-data'
 */
export type MetricReport = z.output<typeof metricReportSchema>;

/**
 * A journey, what it refers to, and what Journeykit computes about it: the model behind the
 * Markdown and JSON exports.
 *
 * @example
 * const report: JourneyReport = journeyReport(workspace, workspace.journeys[0]!);
 * report.friction.length; // steps ranked by friction
 */
export type JourneyReport = z.output<typeof journeyReportSchema>;

/**
 * The document `journeykit export --format json` writes: the chosen journeys of a workspace. Its
 * JSON Schema is `@journeykit/core/schemas/export.schema.json`.
 *
 * @example
 * const { journeys } = journeysExportSchema.parse(JSON.parse(await readFile('journeys.json', 'utf8')));
 */
export const journeysExportSchema = z
  .strictObject({
    format: z.literal('journeykit-export').meta({ description: 'Marks a Journeykit export.' }),
    version: z.literal(1).meta({ description: 'Version of this format; a change that breaks readers raises it.' }),
    workspace: z
      .strictObject({
        name: z.string().meta({ description: 'Name of the workspace.' }),
        description: z.string().optional().meta({ description: 'What the workspace covers.' }),
      })
      .meta({ description: 'The workspace the journeys come from.' }),
    journeys: z.array(journeyReportSchema).meta({ description: 'The journeys exported, in workspace order.' }),
  })
  .meta({ title: 'Journeykit export', description: 'Journeys with everything they refer to resolved and their numbers computed.' });

/**
 * The document `journeykit export --format json` writes, as a type.
 *
 * @example
 * const document: JourneysExport = JSON.parse(journeysJson(workspace, workspace.journeys));
 * document.journeys.length;
 */
export type JourneysExport = z.output<typeof journeysExportSchema>;
