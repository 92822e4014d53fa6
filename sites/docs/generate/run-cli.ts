// Runs command lines of the real CLI, so the docs show what it prints today, not what it printed
// when a page was written.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './paths.ts';

/** A command line the docs build runs, as listed in `sites/docs/cli-examples.ts`. */
export interface CliExample {
  /** The command line, starting with `journeykit`; arguments are split at spaces (no quoting). */
  run: string;
  /** The exit code it must end with; the docs build fails on any other. Defaults to 0. */
  exit?: number;
  /**
   * Where it runs: a folder of the repository (its root by default), or `scratch`, an empty
   * temporary folder that every `scratch` example shares, in the order they are listed.
   */
  cwd?: string;
}

/** What a command line printed (stdout and stderr as they came) and its exit code. */
export interface CliRun {
  run: string;
  exit: number;
  output: string;
}

/** The CLI's entry point; it runs the built packages. */
export const cliBin = resolve(repoRoot, 'packages/cli/bin/journeykit.js');

/** Runs the CLI with arguments in a folder; resolves with what it printed and its exit code. */
export function runCli(args: string[], cwd: string): Promise<{ exit: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', JOURNEYKIT_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ exit: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

function argsOf(example: CliExample): string[] {
  const [program, ...args] = example.run.trim().split(/\s+/);
  if (program !== 'journeykit') throw new Error(`CLI example "${example.run}" must start with "journeykit".`);
  return args;
}

/** Runs the examples: `scratch` ones one after the other, the rest two at a time beside them. */
export async function runExamples(examples: readonly CliExample[]): Promise<CliRun[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'journeykit-docs-'));
  const runs: CliRun[] = new Array(examples.length);
  const runOne = async (index: number) => {
    const example = examples[index]!;
    const cwd = example.cwd === 'scratch' ? scratch : resolve(repoRoot, example.cwd ?? '.');
    const { exit, output } = await runCli(argsOf(example), cwd);
    // Absolute paths of this machine would only confuse readers.
    const shown = output.replaceAll(`${scratch}/`, '').replaceAll(`${repoRoot}/`, '');
    const expected = example.exit ?? 0;
    if (exit !== expected) {
      throw new Error(`The docs show "${example.run}", which exited with ${exit} where ${expected} was expected. It printed:\n${output}\nFix the command, or mark it with the exit code it should end with in sites/docs/cli-examples.ts.`);
    }
    runs[index] = { run: example.run, exit, output: shown };
  };
  const indexes = examples.map((_, index) => index);
  const inScratch = indexes.filter((index) => examples[index]!.cwd === 'scratch');
  const elsewhere = indexes.filter((index) => examples[index]!.cwd !== 'scratch');
  try {
    // Settled, not raced: a failure waits for the other runs before the scratch folder goes.
    const settled = await Promise.allSettled([
      (async () => {
        for (const index of inScratch) await runOne(index);
      })(),
      ...[0, 1].map(async () => {
        for (let index = elsewhere.shift(); index !== undefined; index = elsewhere.shift()) await runOne(index);
      }),
    ]);
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure !== undefined) throw failure.reason;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return runs;
}
