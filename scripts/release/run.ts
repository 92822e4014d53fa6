import { spawn } from 'node:child_process';
import { basename } from 'node:path';

/** What a finished command printed. */
export interface Output {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end and resolves to what it printed; rejects with the command, its
 * folder, its exit code and the end of its output when it fails (unless `mayFail`), so a CI log
 * says what broke.
 */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; mayFail?: boolean }): Promise<Output> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 || (options.mayFail === true && signal === null)) return resolve({ code, stdout, stderr });
      const shown = [command, ...args].map((part) => (/\s/.test(part) ? JSON.stringify(part) : part)).join(' ');
      const tail = `${stdout}${stderr}`.trimEnd().split('\n').slice(-60).join('\n');
      reject(new Error(`${shown}\n  in ${options.cwd}\n  exited with ${code ?? signal}:\n${tail}`));
    });
  });
}

/**
 * How to run pnpm: the pnpm that runs this script when there is one (`pnpm test:packed` sets
 * npm_execpath), on this script's Node; else the pnpm on the PATH.
 */
export function pnpm(): { command: string; prefix: string[] } {
  const execPath = process.env['npm_execpath'];
  if (execPath !== undefined && /^pnpm(\.c?js)?$/.test(basename(execPath))) return { command: process.execPath, prefix: [execPath] };
  return { command: 'pnpm', prefix: [] };
}
