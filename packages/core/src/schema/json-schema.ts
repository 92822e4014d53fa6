import * as z from 'zod';
import { isEntitySchema } from './entity.ts';
import { fileSchemas, type EntityKind } from './file-kinds.ts';
import { journeyVariantSchema } from './journey-changes.ts';

/**
 * The JSON Schema of every kind of definition file, generated from the zod schemas, for editors
 * (`# yaml-language-server: $schema=…`) and other tools. A file may hold one entity or a list.
 *
 * @example
 * const schema = jsonSchemas().journey; // { $schema, title: 'Journey', anyOf: [...] }
 */
export function jsonSchemas(): Record<EntityKind | 'config', Record<string, unknown>> {
  const entries = Object.entries(fileSchemas).map(([kind, schema]) => {
    const json = jsonSchemaOf(schema);
    if (kind === 'config') return [kind, json];
    const { $schema, title, description, ...one } = json;
    // A journey file may also hold a to-be journey that declares only its changes.
    const other = kind === 'journey' ? [withoutDialect(jsonSchemaOf(journeyVariantSchema))] : [];
    return [kind, { $schema, title, description, anyOf: [one, { type: 'array', items: one }, ...other] }];
  });
  return Object.fromEntries(entries) as Record<EntityKind | 'config', Record<string, unknown>>;
}

/**
 * The JSON Schema of a zod schema, as Journeykit publishes them: what authors may write (defaults
 * optional), entities closed except for `x-` extension keys.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if (isEntitySchema(context.zodSchema as unknown as z.ZodType)) {
        context.jsonSchema.additionalProperties = false;
        context.jsonSchema.patternProperties = { '^x-': {} };
      }
    },
  }) as Record<string, unknown>;
}

function withoutDialect({ $schema: _dialect, ...schema }: Record<string, unknown>): Record<string, unknown> {
  return schema;
}
