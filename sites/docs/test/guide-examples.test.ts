// The definitions the guides show are checked like the example workspaces: each YAML block titled
// with a file of a workspace must parse against the schema of that kind of file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSchemas, journeyVariantSchema, kindOfFile } from '@journeykit/core';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { docsContent } from '../generate/paths.ts';

const pages = readdirSync(docsContent, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.mdx?$/.test(path) && !path.startsWith('api') && !path.startsWith('reference'))
  .map((path) => ({ path, text: readFileSync(join(docsContent, path), 'utf8') }));

const blocks = pages.flatMap(({ path, text }) =>
  [...text.matchAll(/^ *```yaml title="([^"]+)"\n([\s\S]*?)^ *```$/gm)].map((match) => ({ page: path, file: match[1]!, yaml: match[2]! })),
);

test('the guides show definitions of several kinds', () => {
  expect(new Set(blocks.map((block) => kindOfFile(block.file)).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
});

test.each(blocks.filter((block) => kindOfFile(block.file) !== undefined))('$page: $file is valid', ({ file, yaml }) => {
  const kind = kindOfFile(file)!;
  const data = parse(yaml) as Record<string, unknown>;
  // Config snippets show one setting: the name every config needs is added.
  // A to-be journey that declares only its changes has a schema of its own.
  const schema = kind === 'journey' && 'changes' in data ? journeyVariantSchema : fileSchemas[kind];
  const result = schema.safeParse(kind === 'config' ? { name: 'Example', ...data } : data);
  expect(result.error?.issues ?? []).toEqual([]);
});
