import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { folderWith } from '../test/cli.ts';

const journey = (title: string) =>
  `id: signup\ntitle: ${title}\nstages:\n  - id: try\n    name: Try\n    kind: consideration\n    steps:\n      - id: visit\n        name: Visits\n        touchpoints: [{ id: home, name: Home page, channel: web }]\n`;

/** A workspace of one journey, with a `node_modules` of its own: its dev server's scratch and caches are new. */
const workspaceTitled = (title: string) => folderWith({ 'journeykit.config.yaml': 'name: Dev test\n', 'journeys/signup.yaml': journey(title), 'node_modules/.keep': '' });

/** A running `journeykit dev`, what it has printed so far, and its exit. */
interface DevProcess {
  server: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<void>;
  page(): Promise<string>;
}

/**
 * Starts a real `journeykit dev` process (Astro turns its dev server off inside Vitest's own
 * process); with `terminal`, on a pseudo-terminal as a user runs it, so Vite's key commands work.
 */
function startDev(workspace: string, options: { terminal?: boolean } = {}): DevProcess {
  const port = 4300 + Math.floor(Math.random() * 90);
  // As a user runs it: Vitest's NODE_ENV=test, for one, changes what Vite prints, and with CI set
  // Vite binds no key commands.
  const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, NODE_ENV: _mode, CI: _ci, ...env } = process.env;
  const bin = join(import.meta.dirname, '../bin/journeykit.js');
  const command = [process.execPath, '--conditions=@journeykit/source', bin, 'dev', workspace, '--port', String(port)];
  const quoted = command.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');
  // util-linux's `script` runs the command on a pseudo-terminal and passes it what it is sent.
  const server = options.terminal ? spawn('script', ['--quiet', '--flush', '--return', '--command', quoted, '/dev/null'], { env, stdio: 'pipe' }) : spawn(command[0]!, command.slice(1), { env, stdio: 'pipe' });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  const page = async () => {
    try {
      return await (await fetch(`http://localhost:${port}/journeys/signup/`)).text();
    } catch {
      return '';
    }
  };
  return { server, port, output: () => output, exited, page };
}

/** What `journeykit dev` printed, with what differs from run to run (times, versions, the port) written as words. */
function printed(dev: DevProcess): string {
  return stripVTControlCharacters(dev.output())
    .replaceAll('\r\n', '\n')
    // Vite's dependency cache belongs to the install, so whether it is redone depends on the dev server before.
    .replace(/^\S+ \[vite\] Re-optimizing dependencies because .*\n/m, '')
    .replaceAll(`:${dev.port}/`, ':PORT/')
    .replace(/^\d\d:\d\d:\d\d /gm, 'hh:mm:ss ')
    .replace(/\bv\d+\.\d+\.\d+\b/g, 'vX')
    .replace(/\b\d+ ?ms\b/g, 'N ms');
}

/** What `journeykit dev` prints while it starts and serves one page, each line once. */
const served = `hh:mm:ss [types] Generated N ms
 astro  vX ready in N ms
┃ Local    http://localhost:PORT/
┃ Network  use --host to expose
hh:mm:ss watching for file changes...
hh:mm:ss [200] /journeys/signup/ N ms
`;

it('shows an edited definition in the browser without a restart', async () => {
  const workspace = workspaceTitled('First title');
  const dev = startDev(workspace);
  try {
    await expect.poll(dev.page, { timeout: 30_000, interval: 250 }).toContain('<h1>First title</h1>');
    expect(dev.output()).not.toContain('error');
    writeFileSync(join(workspace, 'journeys/signup.yaml'), journey('Second title'));
    await expect.poll(dev.page, { timeout: 15_000, interval: 250 }).toContain('<h1>Second title</h1>');
    expect(dev.output()).toContain('Workspace reloaded.');
    // A broken edit is reported with its place, and the last valid report stays up.
    writeFileSync(join(workspace, 'journeys/signup.yaml'), journey('Third title').replace('channel: web', 'channel: wbe'));
    await expect.poll(dev.output, { timeout: 15_000, interval: 250 }).toContain('journeys/signup.yaml:10:61 error No channel has the id "wbe"');
    expect(await dev.page()).toContain('<h1>Second title</h1>');
  } finally {
    dev.server.kill();
  }
});

it('prints each start-up line once, and nothing more when stopped by an interrupt', async () => {
  const dev = startDev(workspaceTitled('First title'));
  try {
    await expect.poll(dev.page, { timeout: 30_000, interval: 250 }).toContain('<h1>First title</h1>');
    await expect.poll(() => printed(dev), { timeout: 5_000, interval: 100 }).toContain('[200]');
    dev.server.kill('SIGINT');
    await dev.exited;
    expect(printed(dev)).toBe(served);
  } finally {
    dev.server.kill();
  }
});

it('prints nothing more when stopped by q in a terminal', async () => {
  const dev = startDev(workspaceTitled('First title'), { terminal: true });
  try {
    await expect.poll(dev.page, { timeout: 30_000, interval: 250 }).toContain('<h1>First title</h1>');
    await expect.poll(() => printed(dev), { timeout: 5_000, interval: 100 }).toContain('[200]');
    dev.server.stdin!.write('q\n');
    await dev.exited;
    // The terminal shows what was typed.
    expect(printed(dev)).toBe(`${served}q\n`);
    expect(dev.server.exitCode).toBe(0);
  } finally {
    dev.server.kill();
  }
});
