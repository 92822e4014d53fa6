import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith } from '../test/cli.ts';

const journey = (title: string) =>
  `id: signup\ntitle: ${title}\nstages:\n  - id: try\n    name: Try\n    kind: consideration\n    steps:\n      - id: visit\n        name: Visits\n        touchpoints: [{ id: home, name: Home page, channel: web }]\n`;

// A real `journeykit dev` process: Astro turns its dev server off inside Vitest's own process.
it('shows an edited definition in the browser without a restart', async () => {
  const workspace = folderWith({ 'journeykit.config.yaml': 'name: Dev test\n', 'journeys/signup.yaml': journey('First title') });
  const port = 4300 + Math.floor(Math.random() * 90);
  const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env;
  const bin = join(import.meta.dirname, '../bin/journeykit.js');
  const server = spawn(process.execPath, ['--conditions=@journeykit/source', bin, 'dev', workspace, '--port', String(port)], { env, stdio: 'pipe' });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const page = async () => {
      try {
        return await (await fetch(`http://localhost:${port}/journeys/signup/`)).text();
      } catch {
        return '';
      }
    };
    await expect.poll(page, { timeout: 30_000, interval: 250 }).toContain('<h1>First title</h1>');
    expect(output).not.toContain('error');
    writeFileSync(join(workspace, 'journeys/signup.yaml'), journey('Second title'));
    await expect.poll(page, { timeout: 15_000, interval: 250 }).toContain('<h1>Second title</h1>');
    expect(output).toContain('Workspace reloaded.');
    // A broken edit is reported with its place, and the last valid report stays up.
    writeFileSync(join(workspace, 'journeys/signup.yaml'), journey('Third title').replace('channel: web', 'channel: wbe'));
    await expect.poll(() => output, { timeout: 15_000, interval: 250 }).toContain('journeys/signup.yaml:10:61 error No channel has the id "wbe"');
    expect(await page()).toContain('<h1>Second title</h1>');
  } finally {
    server.kill();
  }
});
