import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../test/cli.ts';

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
