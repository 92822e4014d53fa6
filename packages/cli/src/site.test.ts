import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, run } from '../test/cli.ts';

const workspace = {
  'journeykit.config.yaml': 'name: Build test\nsite:\n  base: /cx/\n',
  'journeys/signup.yaml': 'id: signup\ntitle: Sign-up\nstages:\n  - id: try\n    name: Try\n    kind: consideration\n    steps:\n      - id: visit\n        name: Visits\n        touchpoints: [{ id: home, name: Home page, channel: web }]\n',
};

describe('journeykit build', () => {
  it('builds the site into --out, under the base path of the workspace config', async () => {
    const root = folderWith(workspace);
    const { code, stdout } = await run(['build', '.', '--out', 'public'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Built the report site in \d+\.\d s: .*public\n$/);
    const home = readFileSync(join(root, 'public/index.html'), 'utf8');
    expect(home).toContain('href="/cx/journeys/signup/"');
  });

  it('lets --base override the workspace config', async () => {
    const root = folderWith(workspace);
    expect((await run(['build', '.', '--out', 'public', '--base', '/reports/'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'public/index.html'), 'utf8')).toContain('href="/reports/journeys/signup/"');
  });

  it('prints the diagnostics of an invalid workspace as check does, exits 1 and writes nothing', async () => {
    const root = folderWith({ ...workspace, 'journeys/signup.yaml': workspace['journeys/signup.yaml'].replace('channel: web', 'channel: wbe') });
    const { code, stdout, stderr } = await run(['build', '.', '--out', 'public'], root);
    expect(code).toBe(1);
    expect(stdout).toContain('journeys/signup.yaml:10:61 error No channel has the id "wbe"');
    expect(stdout).toContain('> 10 |');
    expect(stderr).toBe('journeykit: the workspace has errors, so no site was built.\n');
    expect(existsSync(join(root, 'public'))).toBe(false);
  });

  it.each([
    [['build', '.'], 'Missing --out'],
    [['build', '.', '--out', 'x', '--base', 'reports'], 'Invalid --base "reports"'],
    [['build', '.', '--out', 'x', '--site', 'not a url'], 'Invalid --site "not a url"'],
    [['build', '.', '--out', 'x', '--site', 'javascript:alert(1)'], 'Invalid --site "javascript:alert(1)": expected an http: or https: address'],
    [['build', '.', '--out', 'x', '--site', 'mailto:cx@example.com'], 'Invalid --site "mailto:cx@example.com"'],
    [['dev', '.', '--port', '99999'], 'Invalid --port "99999"'],
  ])('treats %j as a usage error', async (args, message) => {
    const { code, stderr } = await run(args, folderWith(workspace));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it.each(['mailto:cx@example.com', 'javascript:alert(1)'])('reports a site.url of %s where it is written, instead of crashing the build', async (url) => {
    const root = folderWith({ ...workspace, 'journeykit.config.yaml': `name: Build test\nsite:\n  url: "${url}"\n` });
    const { code, stdout, stderr } = await run(['build', '.', '--out', 'public'], root);
    expect(code).toBe(1);
    expect(stdout).toContain(`journeykit.config.yaml:3:8 error The address "${url}" is not allowed here: expected an http: or https: address. url/scheme`);
    expect(stderr).toBe('journeykit: the workspace has errors, so no site was built.\n');
  });

  it('removes what an interrupted build left beside the output folder, not what a running one writes', async () => {
    const root = folderWith(workspace);
    const ended = spawnSync(process.execPath, ['--eval', '']).pid;
    const left = [`.public.${ended}.a1.partial`, `.public.${process.pid}.b2.partial`];
    for (const name of left) mkdirSync(join(root, name));
    expect((await run(['build', '.', '--out', 'public'], root)).code).toBe(0);
    expect(readdirSync(root).filter((name) => name.includes('public')).sort()).toEqual([left[1], 'public']);
  });

  it('leaves the previous site in place when a rebuild fails', async () => {
    const root = folderWith(workspace);
    await run(['build', '.', '--out', 'public'], root);
    const before = readFileSync(join(root, 'public/index.html'), 'utf8');
    writeFileSync(join(root, 'journeys/signup.yaml'), 'id: signup\n');
    expect((await run(['build', '.', '--out', 'public'], root)).code).toBe(1);
    expect(readFileSync(join(root, 'public/index.html'), 'utf8')).toBe(before);
  });
});

describe('journeykit build refuses an output folder it did not build', () => {
  /** Every path under a folder, with the contents of its files: what must stay as it was. */
  const snapshot = (root: string) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((path) => [path, statSync(join(root, path)).isFile() ? readFileSync(join(root, path), 'utf8') : '']);

  it('never the folder holding a git repository and the workspace, nor the workspace itself', async () => {
    const root = folderWith({ 'README.md': '# Team repository\n', ...Object.fromEntries(Object.entries(workspace).map(([path, text]) => [`ws/${path}`, text])) });
    expect(spawnSync('git', ['init', '--quiet'], { cwd: root }).status).toBe(0);
    const before = snapshot(root);
    for (const [args, cwd, why] of [
      [['build', 'ws', '--out', '.'], root, 'it holds the workspace'],
      [['build', '.', '--out', '.'], join(root, 'ws'), 'it is the workspace'],
      [['build', 'ws', '--out', 'ws'], root, 'it is the workspace'],
      [['build', '.', '--out', '..'], join(root, 'ws'), 'it holds the workspace'],
    ] as const) {
      const { code, stdout, stderr } = await run([...args], cwd);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^journeykit: Journeykit will not write into "[^"]+": ${why}, which the output would replace\\. Give --out a new or empty folder, or a site Journeykit built before\\.\n$`));
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('never a folder of other files, which it names', async () => {
    const root = folderWith({ ...workspace, 'victim/notes.txt': 'keep me\n' });
    const { code, stderr } = await run(['build', '.', '--out', 'victim'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(`journeykit: Journeykit will not write into "${join(root, 'victim')}": it holds notes.txt, and is not a site Journeykit built (no .journeykit-site file). Give --out a new or empty folder, or a site Journeykit built before.\n`);
    expect(readFileSync(join(root, 'victim/notes.txt'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(root).sort()).toEqual(['journeykit.config.yaml', 'journeys', 'victim']);
  });

  it('marks the sites it builds, so it replaces them', async () => {
    const root = folderWith(workspace);
    mkdirSync(join(root, 'public'));
    expect((await run(['build', '.', '--out', 'public'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'public/.journeykit-site'), 'utf8')).toMatch(/^Journeykit built this site\./);
  });
});

describe('journeykit build into a folder that cannot be written', () => {
  it('names the folder and the cause, exits 1 and leaves nothing, instead of reporting a bug', async () => {
    const root = folderWith({ ...workspace, 'public.txt': 'a file, not a folder\n' });
    const { code, stdout, stderr } = await run(['build', '.', '--out', 'public.txt/site'], root);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`journeykit: Cannot write the site to ${join(root, 'public.txt/site')}: a part of the path is a file, not a folder (ENOTDIR). Nothing was left there.\n`);
    expect(readdirSync(root).sort()).toEqual(['journeykit.config.yaml', 'journeys', 'public.txt']);
  });
});

describe('two journeykit build processes at once', () => {
  it('both succeed: each runs Astro in a folder of its own', async () => {
    const { spawn } = await import('node:child_process');
    const bin = join(import.meta.dirname, '../bin/journeykit.js');
    const root = folderWith(workspace);
    // How each ended, with what it printed to stderr, so a failure says why.
    const once = (out: string) =>
      new Promise<{ code: number | null; signal: string | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, ['--conditions=@journeykit/source', bin, 'build', '.', '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code, signal) => done({ code, signal, stderr }));
      });
    const ended = { code: 0, signal: null, stderr: '' };
    expect(await Promise.all([once('first'), once('second')])).toEqual([ended, ended]);
    expect(readFileSync(join(root, 'first/index.html'), 'utf8')).toBe(readFileSync(join(root, 'second/index.html'), 'utf8'));
  });
});
