import * as z from 'zod';

// The shape of a workspace diff, written once: the TypeScript types, the JSON Schema published as
// `schemas/diff.schema.json` and the documentation of `journeykit diff --format json` all come from it.

/**
 * The kinds of entity a diff compares: the parts of journeys, then the workspace's own entities.
 *
 * @example
 * diff.changes.filter((change) => change.kind === diffKinds[3]); // the touchpoints
 */
export const diffKinds = ['journey', 'stage', 'step', 'touchpoint', 'painPoint', 'opportunity', 'persona', 'metric', 'team', 'channel', 'glossary'] as const;

/**
 * A kind of entity a diff compares.
 *
 * @example
 * const touchpoints = diff.changes.filter((change) => change.kind === ('touchpoint' satisfies DiffKind));
 */
export type DiffKind = (typeof diffKinds)[number];

const ref = z
  .strictObject({
    id: z.string().meta({ description: 'Id of the entity.' }),
    name: z.string().meta({ description: 'Name (or title) of the entity.' }),
  })
  .meta({ description: 'An entity by id and name.' });

/** Where a part of a journey sits: its journey, stage and step, and its position among its siblings. */
export const diffPlaceSchema = z
  .strictObject({
    journey: ref.meta({ description: 'The journey.' }),
    stage: ref.optional().meta({ description: 'The stage, for steps and the parts of stages and steps.' }),
    step: ref.optional().meta({ description: 'The step, for touchpoints, and for pain points and opportunities of a step.' }),
    position: z.number().int().positive().meta({ description: 'Position among the siblings of the same kind, from 1.' }),
  })
  .meta({ title: 'Place', description: 'Where a part of a journey sits.' });

/** One field of an entity whose value differs between the two sides. */
export const fieldChangeSchema = z
  .strictObject({
    field: z.string().meta({ description: 'Name of the field, like `emotion`, `severity`, `owner` or `description`.' }),
    from: z.unknown().optional().meta({ description: 'The value on the base side; absent when the field was not set.' }),
    to: z.unknown().optional().meta({ description: 'The value on the head side; absent when the field was removed.' }),
    direction: z
      .enum(['better', 'worse'])
      .optional()
      .meta({ description: 'For an emotion (higher is better) or a pain point\'s severity (higher is worse) set on both sides: which way it went.' }),
  })
  .meta({ title: 'Field change', description: 'A field whose value differs between the two sides.' });

/** A metric's latest value against its target, on one side. */
export const targetStateSchema = z
  .strictObject({
    status: z.enum(['met', 'missed', 'no-target', 'no-data']).meta({ description: 'Whether the latest value meets the target.' }),
    period: z.string().optional().meta({ description: 'Period of the latest value.' }),
    value: z.number().optional().meta({ description: 'The latest value.' }),
    target: z.number().optional().meta({ description: 'The target value.' }),
  })
  .meta({ title: 'Target state', description: 'A metric\'s latest value against its target.' });

/** How a metric's standing against its target changed. */
export const targetChangeSchema = z
  .strictObject({
    from: targetStateSchema.meta({ description: 'On the base side.' }),
    to: targetStateSchema.meta({ description: 'On the head side.' }),
    crossed: z.boolean().meta({ description: 'Whether the metric went from meeting its target to missing it, or the other way.' }),
  })
  .meta({ title: 'Target change', description: 'How a metric\'s standing against its target changed.' });

const renaming = z.strictObject({
  from: z.string().meta({ description: 'On the base side.' }),
  to: z.string().meta({ description: 'On the head side.' }),
});

/** What changed about one entity: added, removed, or changed (renamed, moved, fields, target). */
export const entityChangeSchema = z
  .strictObject({
    kind: z.enum(diffKinds).meta({ description: 'Kind of entity.' }),
    change: z.enum(['added', 'removed', 'changed']).meta({ description: 'Added on the head side, removed from it, or on both sides with differences.' }),
    id: z.string().meta({ description: 'Id of the entity on the head side (on the base side when removed).' }),
    name: z.string().meta({ description: 'Name or title on the head side (on the base side when removed).' }),
    place: diffPlaceSchema.optional().meta({ description: 'For parts of journeys: where it is on the head side (on the base side when removed).' }),
    renamed: z
      .strictObject({
        id: renaming.optional().meta({ description: 'The id, when it changed: the entity was recognised by its content.' }),
        name: renaming.optional().meta({ description: 'The name or title, when it changed.' }),
      })
      .optional()
      .meta({ description: 'Its id or name, when either changed.' }),
    moved: z
      .strictObject({
        from: diffPlaceSchema.meta({ description: 'Where it was, named as it was.' }),
        to: diffPlaceSchema.meta({ description: 'Where it is.' }),
        reordered: z.boolean().meta({ description: 'Whether it stayed under the same parent and only its position among its siblings changed.' }),
      })
      .optional()
      .meta({ description: 'For parts of journeys: moved to another stage or step, or reordered among its siblings.' }),
    fields: z.array(fieldChangeSchema).meta({ description: 'Every other field that differs, by name; the parts of a journey, stage or step are entities of their own.' }),
    target: targetChangeSchema.optional().meta({ description: 'For metrics: how its latest value stands against its target, when that changed.' }),
  })
  .meta({ title: 'Entity change', description: 'What changed about one entity.' });

const count = z.number().int().nonnegative();

/** The counts of a diff, for a summary line or a CI check. */
export const diffSummarySchema = z
  .strictObject({
    added: count.meta({ description: 'Entities added.' }),
    removed: count.meta({ description: 'Entities removed.' }),
    renamed: count.meta({ description: 'Entities whose id or name changed.' }),
    moved: count.meta({ description: 'Parts of journeys moved or reordered.' }),
    changed: count.meta({ description: 'Entities with other fields changed.' }),
    targetsCrossed: count.meta({ description: 'Metrics that went from meeting their target to missing it, or the other way.' }),
    config: count.meta({ description: 'Settings of the workspace config changed.' }),
  })
  .meta({ title: 'Diff summary', description: 'How many changes of each sort.' });

/**
 * A semantic comparison of two workspaces: what a reviewer of the change needs to know. The shape
 * of `journeykit diff --format json`, published as `schemas/diff.schema.json`.
 *
 * @example
 * const diff = workspaceDiffSchema.parse(JSON.parse(output));
 * if (diff.summary.targetsCrossed > 0) console.log('A metric crossed its target.');
 */
export const workspaceDiffSchema = z
  .strictObject({
    version: z.literal(1).meta({ description: 'Version of this shape; it changes only when the shape does.' }),
    summary: diffSummarySchema,
    config: z.array(fieldChangeSchema).meta({ description: 'Settings of the workspace config that differ.' }),
    changes: z
      .array(entityChangeSchema)
      .meta({ description: 'Each entity that differs: journeys with their parts in map order, then personas, metrics, teams, channels and glossary terms.' }),
  })
  .meta({ title: 'Workspace diff', description: 'What changed between two versions of a Journeykit workspace.' });

/**
 * What changed between two workspaces; see {@link workspaceDiffSchema}.
 *
 * @example
 * const diff: WorkspaceDiff = diffWorkspaces(base, head);
 * if (diff.summary.removed > 0) console.log('Something was removed.');
 */
export type WorkspaceDiff = z.output<typeof workspaceDiffSchema>;
/**
 * What changed about one entity.
 *
 * @example
 * for (const change of diff.changes as EntityChange[]) console.log(change.change, change.kind, change.id);
 */
export type EntityChange = z.output<typeof entityChangeSchema>;
/**
 * A field whose value differs between the two sides.
 *
 * @example
 * const worse = diff.changes.flatMap((change) => change.fields ?? []).filter((field: FieldChange) => field.direction === 'worse');
 */
export type FieldChange = z.output<typeof fieldChangeSchema>;
/**
 * Where a part of a journey sits.
 *
 * @example
 * const where = (place: DiffPlace) => [place.journey.name, place.stage?.name, place.step?.name].filter(Boolean).join(' › ');
 */
export type DiffPlace = z.output<typeof diffPlaceSchema>;
/**
 * How a metric's standing against its target changed.
 *
 * @example
 * const crossed = diff.changes.flatMap((change) => (change.target === undefined ? [] : [change.target as TargetChange]));
 */
export type TargetChange = z.output<typeof targetChangeSchema>;
/**
 * A metric's latest value against its target, on one side.
 *
 * @example
 * const state: TargetState = { status: 'met', period: '2026-Q4', value: 204, target: 200 };
 */
export type TargetState = z.output<typeof targetStateSchema>;
/**
 * How many changes of each sort.
 *
 * @example
 * const { added, removed, changed }: DiffSummary = diff.summary;
 */
export type DiffSummary = z.output<typeof diffSummarySchema>;
