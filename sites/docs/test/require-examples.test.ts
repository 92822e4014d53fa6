import { resolve } from 'node:path';
import { Application, LogLevel, TSConfigReader } from 'typedoc';
import { expect, test } from 'vitest';
import { undocumentedExports, warningFor } from '../typedoc/require-examples.ts';

const fixture = resolve(import.meta.dirname, 'fixtures/api');

test('names every export without a summary or an @example, from TypeDoc\'s model', async () => {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: [resolve(fixture, 'index.ts')],
    tsconfig: resolve(fixture, 'tsconfig.json'),
    logLevel: LogLevel.Error,
    plugin: [],
  }, [new TSConfigReader()]);
  const project = await app.convert();
  expect(project).toBeDefined();
  const problems = undocumentedExports(project!);
  // `plus` re-exports `add` under another name: it shares its documentation.
  expect(problems.map(({ name, missing }) => [name, missing])).toEqual([
    ['answer', ['summary', 'example']],
    ['subtract', ['example']],
  ]);
  expect(warningFor(problems[1]!)).toBe(`${problems[1]!.module}: the export "subtract" lacks an @example. Every export is documented with both.`);
});
