/**
 * Where a command writes and where it runs; the bin passes the process's, tests pass their own.
 *
 * @example
 * let printed = '';
 * const code = await main(['check', 'journeys', '--format', 'json'], { cwd: process.cwd(), stdout: { write: (text) => (printed += text) }, stderr: process.stderr });
 */
export interface Io {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

/** Exit codes: success, problems found in the input, and a command used wrongly. */
export const exit = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called; printed with the usage and exit code 2. */
export class UsageError extends Error {}
