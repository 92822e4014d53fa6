import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveIntoPlace, writeAtomically } from './write-atomically.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A new folder holding the given files. */
function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 'root-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('writeAtomically', () => {
  it('writes every file, replacing what was there, and leaves no partial file', () => {
    const root = folderWith({ 'a.md': 'old\n' });
    writeAtomically([{ path: join(root, 'a.md'), text: 'new\n' }, { path: join(root, 'sub/b.md'), text: 'b\n' }]);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(root).sort()).toEqual(['a.md', 'sub']);
    expect(readdirSync(join(root, 'sub'))).toEqual(['b.md']);
  });

  it('puts in place what an entry makes, a folder replacing the one there', () => {
    const root = folderWith({ 'entry/old.txt': 'old\n' });
    writeAtomically([{ path: join(root, 'entry'), make: (partial) => folderHolding(partial, 'new.txt') }]);
    expect(readdirSync(root)).toEqual(['entry']);
    expect(readdirSync(join(root, 'entry'))).toEqual(['new.txt']);
  });

  it('changes nothing when one entry cannot be written, and removes what was made', () => {
    const root = folderWith({ 'a.md': 'old\n', 'blocker': 'a file where a folder should be\n' });
    expect(() => writeAtomically([{ path: join(root, 'a.md'), text: 'new\n' }, { path: join(root, 'blocker/b.md'), text: 'b\n' }])).toThrow(/EEXIST|ENOTDIR/);
    expect(() => writeAtomically([{ path: join(root, 'a.md'), text: 'new\n' }, { path: join(root, 'c'), make: (partial) => { folderHolding(partial, 'half.txt'); throw new Error('the disk is full'); } }])).toThrow('the disk is full');
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('old\n');
    expect(readdirSync(root).sort()).toEqual(['a.md', 'blocker']);
  });

  it('never replaces a file when exclusive, and then keeps none of the others', () => {
    const root = folderWith({ 'b.yaml': 'mine\n' });
    expect(() => writeAtomically([{ path: join(root, 'a.yaml'), text: 'a\n' }, { path: join(root, 'b.yaml'), text: 'b\n' }], { exclusive: true })).toThrow(/EEXIST/);
    expect(readdirSync(root)).toEqual(['b.yaml']);
    expect(readFileSync(join(root, 'b.yaml'), 'utf8')).toBe('mine\n');
  });
});

describe('moveIntoPlace', () => {
  it('puts a new folder in the place of the old one and removes the old one', () => {
    const root = folderWith({ 'site/index.html': 'old', '.site.new/index.html': 'new' });
    moveIntoPlace(join(root, '.site.new'), join(root, 'site'), join(root, '.site.old'));
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('moves the old folder back when the new one cannot be moved in, leaving nothing hidden beside it', () => {
    const root = folderWith({ 'site/index.html': 'old' });
    expect(() => moveIntoPlace(join(root, '.site.missing'), join(root, 'site'), join(root, '.site.old'))).toThrow(/ENOENT/);
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(root, '.site.old'))).toBe(false);
  });
});

function folderHolding(folder: string, name: string): void {
  mkdirSync(folder);
  writeFileSync(join(folder, name), name);
}
