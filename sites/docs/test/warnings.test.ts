import { expect, test } from 'vitest';
import { warningsIn } from '../generate/warnings.ts';

test('finds the warnings of Astro, TypeDoc and Node in a build log, and nothing else', () => {
  const log = [
    '10:00:01 [build] Building static entrypoints...',
    '\u001b[33m10:00:02 [WARN] [vite] Some chunks are larger than 500 kB\u001b[39m',
    '\u001b[93m[warning]\u001b[0m @journeykit/core: the export "x" lacks an @example.',
    '(node:123) ExperimentalWarning: something is experimental',
    '10:00:03   ├─ /reference/rules/index.html (+3ms)',
    'warnings: 0 in the summary line of a tool is not a warning',
  ].join('\n');
  expect(warningsIn(log)).toEqual([
    '10:00:02 [WARN] [vite] Some chunks are larger than 500 kB',
    '[warning] @journeykit/core: the export "x" lacks an @example.',
    '(node:123) ExperimentalWarning: something is experimental',
  ]);
});
