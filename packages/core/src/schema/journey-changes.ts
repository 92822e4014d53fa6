import * as z from 'zod';
import { emotionScaleSchema } from './emotion.ts';
import { entity, ref } from './entity.ts';
import { journeyFields, journeyScopes, journeyStatuses } from './journey.ts';
import { opportunityFields } from './opportunity.ts';
import { painPointFields } from './pain-point.ts';
import { stageFields } from './stage.ts';
import { stepFields, stepSchema } from './step.ts';
import { touchpointFields } from './touchpoint.ts';

// Where an added stage or step goes among its siblings; at the end without either.
const placement = {
  after: ref('sibling').optional().meta({ description: 'Id of the sibling it follows. Without `after` or `before`, it goes last.' }),
  before: ref('sibling').optional().meta({ description: 'Id of the sibling it precedes.' }),
};
const inStage = ref('stage').meta({ description: 'Id of the stage it joins: a stage of the as-is journey, or one this journey adds.' });
const inStep = ref('step').meta({ description: 'Id of the step it joins: a step of the as-is journey, or one this journey adds.' });
const onStageOrStep = {
  stage: inStage.optional(),
  step: inStep.optional().meta({ description: 'Id of the step it joins; give `stage` instead for an item of a whole stage.' }),
};
const oneParent = (value: { stage?: string | undefined; step?: string | undefined }) => (value.stage === undefined) !== (value.step === undefined);
const oneParentError = { error: 'Give either `stage` or `step`: where the item goes', path: ['step'] };
const onePlace = (value: { after?: string | undefined; before?: string | undefined }) => value.after === undefined || value.before === undefined;
const onePlaceError = { error: 'Give `after` or `before`, not both', path: ['before'] };

const idList = (kind: string, kinds: string) => z.array(ref(kind)).optional().meta({ description: `Ids of the as-is journey's ${kinds} to leave out.` });
const list = <T extends z.ZodType>(item: T, description: string) => z.array(item).optional().meta({ description });

/**
 * What a to-be journey changes in its as-is journey: the stages, steps, touchpoints, pain points
 * and opportunities it removes, replaces (by id) and adds. They apply in that order, so an item may
 * be removed and another added with its id. Everything else is taken from the as-is.
 *
 * @example
 * journeyChangesSchema.parse({ remove: { steps: ['chase-permit'] }, add: { steps: [{ stage: 'permit', id: 'track-permit', name: 'Tracks the permit online' }] } });
 */
export const journeyChangesSchema = z
  .strictObject({
    remove: z
      .strictObject({
        stages: idList('stage', 'stages'),
        steps: idList('step', 'steps'),
        touchpoints: idList('touchpoint', 'touchpoints'),
        painPoints: idList('pain point', 'pain points'),
        opportunities: idList('opportunity', 'opportunities'),
      })
      .optional()
      .meta({ description: 'Ids of the as-is parts the to-be leaves out; a stage or step goes with everything in it.' }),
    replace: z
      .strictObject({
        stages: list(
          entity({ ...stageFields, steps: z.array(stepSchema).optional().meta({ description: 'The stage\'s steps; the as-is steps are kept when left out.' }) }),
          'Stages written anew, each in place of the as-is stage with its id; its steps, pain points and opportunities are kept unless given.',
        ),
        steps: list(entity(stepFields), 'Steps written anew, each in place of the as-is step with its id; its touchpoints, pain points and opportunities are kept unless given.'),
        touchpoints: list(entity(touchpointFields), 'Touchpoints written anew, each in place of the as-is touchpoint with its id.'),
        painPoints: list(entity(painPointFields), 'Pain points written anew, each in place of the as-is pain point with its id.'),
        opportunities: list(entity(opportunityFields), 'Opportunities written anew, each in place of the as-is opportunity with its id.'),
      })
      .optional()
      .meta({ description: 'Parts written anew, each in the place of the as-is part with its id.' }),
    add: z
      .strictObject({
        stages: list(entity({ ...placement, ...stageFields }).refine(onePlace, onePlaceError), 'New stages, placed `after` or `before` a stage, else last.'),
        steps: list(
          entity({ stage: inStage, ...placement, ...stepFields }).refine(onePlace, onePlaceError),
          'New steps, each in a `stage`, placed `after` or `before` a step of it, else last.',
        ),
        touchpoints: list(entity({ step: inStep, ...touchpointFields }), 'New touchpoints, each in a `step`, after its other touchpoints.'),
        painPoints: list(entity({ ...onStageOrStep, ...painPointFields }).refine(oneParent, oneParentError), 'New pain points, each on a `step` or a whole `stage`.'),
        opportunities: list(
          entity({ ...onStageOrStep, ...opportunityFields }).refine(oneParent, oneParentError),
          'New opportunities, each on a `step` or a whole `stage`.',
        ),
      })
      .optional()
      .meta({ description: 'New parts, each saying where it goes.' }),
  })
  .meta({ title: 'Journey changes', description: 'What a to-be journey removes, replaces and adds in its as-is journey.' });

/**
 * What a to-be journey changes in its as-is journey, as code receives it.
 *
 * @example
 * const removed: string[] = (variant.changes as JourneyChanges).remove?.steps ?? [];
 */
export type JourneyChanges = z.output<typeof journeyChangesSchema>;

const { stages: _stages, ...ownFields } = journeyFields;

/**
 * A journey that declares only how it differs from another: `variantOf` names the as-is journey and
 * `changes` what this one removes, replaces and adds. Fields left out are taken from the as-is,
 * except `state`, which is `to-be` unless given. Loading a workspace turns it into a whole journey.
 *
 * @example
 * journeyVariantSchema.parse({ id: 'checkout-to-be', title: 'Checkout, to be', variantOf: 'checkout', changes: { remove: { steps: ['create-account'] } } }).state; // 'to-be'
 */
export const journeyVariantSchema = entity({
  ...ownFields,
  personas: z.array(ref('persona')).optional().meta({ description: 'Ids of the personas the journey is drawn for; the as-is journey\'s when left out.' }),
  status: z.enum(journeyStatuses).optional().meta({ description: 'Lifecycle of the map; the as-is journey\'s when left out.' }),
  state: z.enum(['as-is', 'to-be']).default('to-be').meta({ description: 'Whether the map shows the journey as it is today or as it should become; `to-be` when left out.' }),
  variantOf: ref('journey').meta({ description: 'Id of the journey whose stages this one takes and changes: its as-is journey.' }),
  scope: z.enum(journeyScopes).optional().meta({ description: 'Which part of the relationship the journey covers; the as-is journey\'s when left out.' }),
  emotionScale: emotionScaleSchema.optional().meta({ description: 'Scale of emotion scores; the as-is journey\'s when left out.' }),
  changes: journeyChangesSchema,
}).meta({ title: 'To-be journey (changes only)', description: 'A journey that declares only what it changes in its as-is journey.' });

/**
 * A to-be journey as authors write it when it declares only its changes.
 *
 * @example
 * const toBe: JourneyVariantInput = { id: 'checkout-to-be', title: 'Checkout, to be', variantOf: 'checkout', changes: { remove: { steps: ['create-account'] } } };
 */
export type JourneyVariantInput = z.input<typeof journeyVariantSchema>;
/**
 * A to-be journey that declares only its changes, as validation receives it before it is applied.
 *
 * @example
 * const asIsId: string = (variant as JourneyVariant).variantOf;
 */
export type JourneyVariant = z.output<typeof journeyVariantSchema>;

/**
 * Whether a journey definition declares only its changes, so that it is read as a {@link JourneyVariant}.
 *
 * @example
 * declaresChanges({ id: 'a', variantOf: 'b', changes: {} }); // true
 */
export function declaresChanges(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && 'changes' in data;
}
