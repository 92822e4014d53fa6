import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/main.ts';

/** Runs the CLI in-process and returns what it printed and its exit code. */
export async function run(args: string[], cwd = process.cwd(), env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-cli-'));
// Registered by the test file that imports this module: its folders go when it is done.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A new folder holding the given files. */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 'workspace-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The repository root, for the examples. */
export const repository = join(import.meta.dirname, '../../..');
