import * as z from 'zod';
import { urlKinds } from '../url/url-kinds.ts';
import { urlField } from './url.ts';

/**
 * Keys authors may add to any entity for their own tools, as in OpenAPI: `x-jira: OPS-12`.
 *
 * @example
 * const team: TeamInput & Extensions = { id: 'support', name: 'Support', department: 'support', 'x-slack': '#support' };
 */
export type Extensions = { [key: `x-${string}`]: unknown };

/** The object type zod gives an entity: its own fields plus `x-` extension keys. */
export type EntitySchema<Shape extends z.ZodRawShape> = z.ZodObject<
  Shape,
  { out: Extensions; in: Extensions }
>;

// Marks definitions, not schema instances: `.meta()` and `.describe()` make clones that share them.
const extensible = new WeakSet<object>();

/** Whether a schema was built by {@link entity}; the JSON Schema generator asks this. */
export function isEntitySchema(schema: z.ZodType): boolean {
  return extensible.has(schema._zod.def);
}

/**
 * Builds an object schema that rejects unknown keys, except `x-` extension keys, which it keeps.
 * Unknown keys are reported next to every other problem, not only when the rest is valid.
 */
export function entity<Shape extends z.ZodRawShape>(shape: Shape): EntitySchema<Shape> {
  const known = new Set(Object.keys(shape));
  const schema = z.looseObject(shape).superRefine(
    (value, context) => {
      const unknown = Object.keys(value).filter((key) => !known.has(key) && !key.startsWith('x-'));
      if (unknown.length > 0) context.addIssue({ code: 'unrecognized_keys', keys: unknown, input: value });
    },
    { when: () => true },
  );
  extensible.add(schema._zod.def);
  return schema as unknown as EntitySchema<Shape>;
}

/** A stable identifier: lower-case words joined by hyphens, used in references and URLs. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    error: 'Invalid id: expected lower-case letters, digits and single hyphens, like "first-purchase"',
  })
  .meta({ description: 'Stable identifier: lower-case letters, digits and hyphens. Used in references and page URLs.' });

/** A reference to another entity's id. */
export function ref(kind: string) {
  return id.meta({ description: `Id of a ${kind}.` });
}

/** Free-form labels for filtering and grouping. */
export const tags = z
  .array(z.string().min(1))
  .meta({ description: 'Free-form labels for filtering and grouping.' });

/** A line or paragraph of text written by the author (Markdown is not interpreted). */
export function text(description: string) {
  return z.string().min(1).meta({ description });
}

/** A list of short texts, such as goals or frustrations. */
export function textList(description: string) {
  return z.array(z.string().min(1)).meta({ description });
}

/** An http:, https: or mailto: address, or a path relative to the workspace; never `javascript:` or `data:`. */
export const link = urlField(urlKinds.link, 'An http:, https: or mailto: address, or a path relative to the workspace.');

/** The common fields of every entity: id, tags, description. */
export const common = {
  id,
  description: text('Longer explanation, shown on the entity page.').optional(),
  tags: tags.optional(),
};
