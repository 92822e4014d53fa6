// Writes the JSON Schema of every kind of definition file, and of `journeykit diff --format json`,
// to schemas/, from the zod schemas.
// A test fails when the committed files differ from what this writes: run `pnpm --filter @journeykit/core schemas`.
import { mkdir, writeFile } from 'node:fs/promises';
import { diffJsonSchema } from '../src/diff/diff-json-schema.ts';
import { jsonSchemas } from '../src/schema/json-schema.ts';

const folder = new URL('../schemas/', import.meta.url);
await mkdir(folder, { recursive: true });
for (const [kind, schema] of Object.entries({ ...jsonSchemas(), diff: diffJsonSchema() })) {
  await writeFile(new URL(`${kind}.schema.json`, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
