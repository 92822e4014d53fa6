import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffJsonSchema, fileSchemas, jsonSchemas } from '../index.ts';

const folder = new URL('../../schemas/', import.meta.url);

describe('JSON Schemas', () => {
  it('are committed for every kind of file and for diffs, exactly as generated (run `pnpm --filter @journeykit/core schemas`)', () => {
    const generated = { ...jsonSchemas(), diff: diffJsonSchema() };
    expect(readdirSync(folder).sort()).toEqual([...Object.keys(fileSchemas), 'diff'].map((kind) => `${kind}.schema.json`).sort());
    for (const [kind, schema] of Object.entries(generated)) {
      expect(readFileSync(new URL(`${kind}.schema.json`, folder), 'utf8'), kind).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('describe every field, so editors can show help on hover', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (property.description === undefined) undescribed.push(`${path}.${name}`);
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`);
    };
    for (const [kind, schema] of Object.entries({ ...jsonSchemas(), diff: diffJsonSchema() })) visit(schema, kind);
    expect(undescribed).toEqual([]);
  });

  it('allow x- extension keys and refuse other unknown keys', () => {
    const persona = jsonSchemas().persona as { anyOf: { additionalProperties: unknown; patternProperties: unknown }[] };
    expect(persona.anyOf[0]).toMatchObject({ additionalProperties: false, patternProperties: { '^x-': {} } });
  });
});
