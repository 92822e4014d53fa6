import { jsonSchemaOf } from '../../schema/json-schema.ts';
import { journeysExportSchema } from '../model/journey-report-schema.ts';

/**
 * The JSON Schema of what `journeykit export --format json` writes, published as
 * `@journeykit/core/schemas/export.schema.json`. The journeys in it are parsed definitions, which
 * are valid input too, so the schema describes them as authors write them.
 *
 * @example
 * exportJsonSchema().title; // 'Journeykit export'
 */
export function exportJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(journeysExportSchema);
}
