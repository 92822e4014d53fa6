// Part of the site benchmark, and a script of its own: how long `journeykit dev` takes to show an
// edit. Starts the built CLI's dev server on a generated workspace, loads a journey's page, then
// edits that journey's title `edits` times, timing each from the write until the served page shows
// the new title. Prints JSON { startMs, editMs: [...] }.
// Usage: node dev-edit.ts [journeys = 100] [edits = 3] (after pnpm exec tsc -b)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateWorkspace } from '../../cli/bench/generate.ts';

/** What one run measured: start-up until the page was served, and each edit until it was shown. */
export interface DevEditTimes {
  startMs: number;
  editMs: number[];
}

const bin = resolve(import.meta.dirname, '../../cli/bin/journeykit.js');

/** Fetches `url` until its text contains `text`, at most until `deadline` (a `performance.now()`). */
async function waitFor(url: string, text: string, deadline: number, what: string, output: () => string): Promise<void> {
  for (;;) {
    const page = await fetch(url).then((response) => response.text(), () => '');
    if (page.includes(text)) return;
    if (performance.now() > deadline) throw new Error(`journeykit dev did not show ${what} in time. It printed:\n${output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Times `journeykit dev` on a generated workspace of `n` journeys: its start until a journey's
 * page is served, then each of `edits` edits to that journey until the page shows it.
 */
export async function timeDevEdits(n: number, edits: number, port = 4390): Promise<DevEditTimes> {
  const workspace = mkdtempSync(join(tmpdir(), 'journeykit-dev-bench-'));
  generateWorkspace(workspace, n);
  // The middle journey: neither the first nor the last one read.
  const file = join(workspace, `journeys/journey-${Math.floor(n / 2)}.yaml`);
  const url = `http://localhost:${port}/journeys/journey-${Math.floor(n / 2)}/`;
  const { NODE_ENV: _mode, ...env } = process.env;
  const start = performance.now();
  const server = spawn(process.execPath, [bin, 'dev', workspace, '--port', String(port)], { env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitFor(url, `Journey ${Math.floor(n / 2)}: from first touch to renewal`, start + 120_000, 'the journey page', () => output);
    const startMs = performance.now() - start;
    const editMs: number[] = [];
    const original = readFileSync(file, 'utf8');
    for (let edit = 1; edit <= edits; edit++) {
      const title = `Edited title number ${edit}`;
      const written = performance.now();
      writeFileSync(file, original.replace(/^title: .*$/m, `title: "${title}"`));
      await waitFor(url, title, written + 60_000, `edit ${edit}`, () => output);
      editMs.push(performance.now() - written);
    }
    return { startMs, editMs };
  } finally {
    server.kill();
    await new Promise((resolve) => (server.exitCode === null && server.signalCode === null ? server.on('exit', resolve) : resolve(undefined)));
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const [n = '100', edits = '3'] = process.argv.slice(2);
  console.log(JSON.stringify(await timeDevEdits(Number(n), Number(edits))));
}
