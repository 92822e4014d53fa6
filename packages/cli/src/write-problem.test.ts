import { join } from 'node:path';
import { writeAtomically } from '@journeykit/core/node';
import { expect, it } from 'vitest';
import { folderWith } from '../test/cli.ts';
import { writeProblem } from './write-problem.ts';

it('says what could not be written, and leaves other errors alone', () => {
  const root = folderWith({ blocker: 'a file\n' });
  let error: unknown;
  try {
    writeAtomically([{ path: join(root, 'blocker/b.md'), text: 'b\n' }]);
  } catch (caught) {
    error = caught;
  }
  expect(writeProblem(error)).toMatch(/^cannot write \S+blocker \((EEXIST|ENOTDIR)\): /);
  expect(writeProblem(new TypeError('a bug'))).toBeUndefined();
});
