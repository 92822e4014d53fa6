import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { folderWith, run } from '../test/cli.ts';

const bin = join(import.meta.dirname, '../bin/journeykit.js');
/** Set in the environment of every command run here: it must never be printed. */
const marker = 'JOURNEYKIT_LEAK_MARKER_7f3a9c';

const workspace = {
  'journeykit.config.yaml': 'name: Leak test\n',
  'journeys/signup.yaml': 'id: signup\ntitle: Sign-up\nstages:\n  - id: try\n    name: Try\n    kind: consideration\n    steps:\n      - id: visit\n        name: Visits\n        touchpoints: [{ id: home, name: Home page, channel: web }]\n',
};

/**
 * Runs the command in a process of its own, whose environment holds the marker: a link to
 * `/proc/self/environ` then leads to the environment of that very process.
 */
function journeykit(args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--conditions=@journeykit/source', bin, ...args], { cwd, env: { ...process.env, CI: '1', SECRET_TOKEN: marker }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('a link to /proc/self/environ in a workspace', () => {
  it('is refused and never read by check in any format, nor by build', async () => {
    const root = folderWith(workspace);
    mkdirSync(join(root, 'personas'));
    symlinkSync('/proc/self/environ', join(root, 'personas/env.yaml'));
    for (const format of ['pretty', 'json', 'github']) {
      const { code, output } = await journeykit(['check', '.', '--format', format], root);
      expect(code).toBe(1);
      expect(output).toContain('file/outside-workspace');
      expect(output).not.toContain(marker);
    }
    const built = await journeykit(['build', '.', '--out', 'public'], root);
    expect(built.code).toBe(1);
    expect(built.output).toContain('personas/env.yaml:1:1 error');
    expect(built.output).not.toContain(marker);
  });

  it('is refused and never read by diff when a revision commits it', async () => {
    const root = folderWith(workspace);
    const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: root }).status).toBe(0);
    git('init', '--quiet', '--initial-branch=main');
    git('add', '.');
    git('commit', '--quiet', '-m', 'base');
    mkdirSync(join(root, 'personas'));
    symlinkSync('/proc/self/environ', join(root, 'personas/env.yaml'));
    writeFileSync(join(root, 'README.md'), 'Adds a persona.\n');
    git('add', '.');
    git('commit', '--quiet', '-m', 'head');
    for (const format of ['markdown', 'json']) {
      const { code, output } = await journeykit(['diff', 'HEAD~1', 'HEAD', '--format', format], root);
      expect(code).toBe(2);
      expect(output).toContain('file/outside-workspace');
      expect(output).not.toContain(marker);
    }
  });
});

describe('text from definitions printed to a terminal', () => {
  const journey = (title: string) => workspace['journeys/signup.yaml'].replace('title: Sign-up', `title: ${title}`);
  const hostile = '"Sign-up\\e]0;pwned\\a\\e[2J\\n::error file=x::forged"';

  it('shows control characters in the diff report instead of sending them', async () => {
    const root = folderWith({ ...Object.fromEntries(Object.entries(workspace).map(([path, text]) => [`base/${path}`, text])), 'head/journeykit.config.yaml': workspace['journeykit.config.yaml'], 'head/journeys/signup.yaml': journey(hostile) });
    const { code, stdout } = await run(['diff', 'base', 'head'], root);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(stdout).toContain('### Journey: Sign-up␛]0;pwned␇␛\\[2J&#xA;::error file=x::forged `signup`');
  });

  it('shows control characters in an export printed to a terminal, and keeps them when piped', async () => {
    const root = folderWith({ ...workspace, 'journeys/signup.yaml': journey(hostile) });
    const exported = async (isTTY: boolean) => {
      let stdout = '';
      await main(['export', '.', '--format', 'markdown'], { cwd: root, stdout: { write: (text: string) => (stdout += text), isTTY }, stderr: { write: () => true }, env: {} });
      return stdout;
    };
    const terminal = await exported(true);
    expect(terminal).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(terminal).toContain('# Sign-up␛]0;pwned␇␛\\[2J ::error file=x::forged\n');
    expect(await exported(false)).toContain('# Sign-up\u001B]0;pwned\u0007\u001B\\[2J ::error file=x::forged\n');
  });
});
