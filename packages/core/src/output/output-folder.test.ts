import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputFolder, exportOutput, OutputFolderError, siteOutput } from './output-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A new folder holding a workspace at `ws/` and the given files. */
function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(scratch, 'root-'));
  mkdirSync(join(root, 'ws/journeys'), { recursive: true });
  writeFileSync(join(root, 'ws/journeykit.config.yaml'), 'name: Test\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const refusal = (out: string, options: Parameters<typeof checkOutputFolder>[1]) => {
  try {
    checkOutputFolder(out, options);
  } catch (error) {
    if (error instanceof OutputFolderError) return error.message;
    throw error;
  }
  return undefined;
};

describe('checkOutputFolder', () => {
  it('accepts a folder that does not exist, an empty one and one a build marked', () => {
    const root = folder({ [`built/${siteOutput.marker}`]: siteOutput.note, 'built/index.html': '<p>old</p>' });
    mkdirSync(join(root, 'empty'));
    const options = { workspace: join(root, 'ws'), cwd: root };
    expect(refusal(join(root, 'new/site'), options)).toBeUndefined();
    expect(refusal(join(root, 'empty'), options)).toBeUndefined();
    expect(refusal(join(root, 'built'), options)).toBeUndefined();
  });

  it('refuses a folder of anything else, naming a few of its entries', () => {
    const root = folder(Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => [`victim/${name}.txt`, name])));
    expect(refusal(join(root, 'victim'), { workspace: join(root, 'ws'), cwd: root })).toBe(
      `Journeykit will not write into "${join(root, 'victim')}": it holds a.txt, b.txt, c.txt, d.txt, e.txt and 2 more, and is not a site Journeykit built (no .journeykit-site file). Give --out a new or empty folder, or a site Journeykit built before.`,
    );
  });

  it('refuses the workspace, a folder holding it, and the folder the command runs in, even when marked', () => {
    const root = folder({ [`ws/${siteOutput.marker}`]: '', [siteOutput.marker]: '' });
    const options = { workspace: join(root, 'ws'), cwd: join(root, 'ws') };
    expect(refusal(join(root, 'ws'), options)).toContain('it is the workspace, which the output would replace.');
    expect(refusal(root, options)).toContain('it holds the workspace, which the output would replace.');
    expect(refusal(join(root, 'ws/..'), options)).toContain('it holds the workspace');
    expect(refusal(root, { workspace: join(root, 'ws'), cwd: join(root, 'ws/journeys') })).toContain('it holds the workspace');
    const elsewhere = folder();
    expect(refusal(elsewhere, { workspace: join(root, 'ws'), cwd: join(elsewhere, 'ws') })).toContain('it holds the folder the command runs in');
  });

  it('refuses the top of the git repository the workspace is in, and any folder holding a git repository, even when marked', () => {
    const root = folder({ '.git/HEAD': 'ref: refs/heads/main\n', [siteOutput.marker]: '', [`pages/${siteOutput.marker}`]: '', 'pages/.git': 'gitdir: ../.git/worktrees/pages\n' });
    const options = { workspace: join(root, 'ws'), cwd: scratch };
    expect(refusal(root, options)).toMatch(/: it holds the workspace/);
    expect(refusal(root, { workspace: join(scratch, 'elsewhere'), cwd: join(scratch, 'elsewhere') })).toContain('it holds a git repository (.git).');
    expect(refusal(join(root, 'pages'), options)).toContain('it holds a git repository (.git).');
  });

  it('refuses a file, and a link, whatever it leads to', () => {
    const root = folder({ 'site.html': '', [`built/${siteOutput.marker}`]: '' });
    symlinkSync(join(root, 'built'), join(root, 'link'));
    const options = { workspace: join(root, 'ws'), cwd: root };
    expect(refusal(join(root, 'site.html'), options)).toContain('it is a file, not a folder.');
    expect(refusal(join(root, 'link'), options)).toContain('it is a link');
  });

  it('counts only a plain file as the marker, and, for exports, the files about to be written', () => {
    const root = folder({ 'fake/index.html': '', 'reports/returns.md': 'old', [`exports/${exportOutput.marker}`]: '', 'exports/notes.txt': '' });
    mkdirSync(join(root, `fake/${siteOutput.marker}`));
    const options = { workspace: join(root, 'ws'), cwd: root };
    expect(refusal(join(root, 'fake'), options)).toContain(`it holds ${siteOutput.marker}, index.html, and is not a site Journeykit built`);
    expect(refusal(join(root, 'reports'), { ...options, kind: exportOutput, writes: ['returns.md'] })).toBeUndefined();
    expect(refusal(join(root, 'reports'), { ...options, kind: exportOutput, writes: ['other.md'] })).toContain('it holds returns.md, and is not a folder Journeykit exported to (no .journeykit-export file).');
    expect(refusal(join(root, 'exports'), { ...options, kind: exportOutput })).toBeUndefined();
  });
});
