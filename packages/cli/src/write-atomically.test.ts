import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../test/cli.ts';
import { writeAtomically, writeProblem } from './write-atomically.ts';

describe('writeAtomically', () => {
  it('writes every file, replacing what was there, and leaves no temporary file', async () => {
    const root = folderWith({ 'a.md': 'old\n' });
    await writeAtomically([{ path: join(root, 'a.md'), text: 'new\n' }, { path: join(root, 'sub/b.md'), text: 'b\n' }]);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(root).sort()).toEqual(['a.md', 'sub']);
  });

  it('changes nothing when one file cannot be written', async () => {
    const root = folderWith({ 'a.md': 'old\n', 'blocker': 'a file where a folder should be\n' });
    const writing = writeAtomically([{ path: join(root, 'a.md'), text: 'new\n' }, { path: join(root, 'blocker/b.md'), text: 'b\n' }]);
    await expect(writing).rejects.toThrow();
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('old\n');
    expect(readdirSync(root).sort()).toEqual(['a.md', 'blocker']);
  });

  it('never replaces a file when exclusive, and then keeps none of the others', async () => {
    const root = folderWith({});
    writeFileSync(join(root, 'b.yaml'), 'mine\n');
    await expect(writeAtomically([{ path: join(root, 'a.yaml'), text: 'a\n' }, { path: join(root, 'b.yaml'), text: 'b\n' }], { exclusive: true })).rejects.toThrow(/EEXIST/);
    expect(readdirSync(root)).toEqual(['b.yaml']);
    expect(readFileSync(join(root, 'b.yaml'), 'utf8')).toBe('mine\n');
  });

  it('says what could not be written, and leaves other errors alone', async () => {
    const root = folderWith({ blocker: 'a file\n' });
    const error = await writeAtomically([{ path: join(root, 'blocker/b.md'), text: 'b\n' }]).catch((e: unknown) => e);
    expect(writeProblem(error)).toMatch(/^cannot write \S+blocker \((EEXIST|ENOTDIR)\): /);
    expect(writeProblem(new TypeError('a bug'))).toBeUndefined();
  });
});
