import * as z from 'zod';
import { workspaceDiffSchema } from './diff-schema.ts';

/**
 * The JSON Schema of a workspace diff, as `journeykit diff --format json` prints it and
 * `schemas/diff.schema.json` publishes it, generated from the zod schema.
 *
 * @example
 * const schema = diffJsonSchema(); // { $schema, title: 'Workspace diff', type: 'object', … }
 */
export function diffJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(workspaceDiffSchema, { io: 'output' }) as Record<string, unknown>;
}
