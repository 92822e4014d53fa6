import { spawn } from 'node:child_process';

/** What a git command printed and how it exited. */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Thrown when git itself cannot be run, as opposed to a git command that fails. */
export class GitMissingError extends Error {}

/**
 * Runs git in a folder and collects its output; `input` goes to its standard input. Never throws
 * for a failing command (the exit code says it), only when git cannot be started at all.
 */
export function runGit(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    // No pager, no prompts, and the repository of `cwd` rather than one named by the environment.
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
    delete env['GIT_DIR'];
    delete env['GIT_WORK_TREE'];
    const child = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new GitMissingError('git is not installed, or not on the PATH.') : error);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.on('error', () => {}); // git may exit before reading all its input; its exit code tells.
    child.stdin.end(input ?? '');
  });
}

/** The first line a git command printed, without its newline. */
export const firstLine = (result: GitResult) => result.stdout.toString('utf8').split('\n')[0]!.trim();
