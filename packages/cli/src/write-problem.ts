/**
 * What went wrong writing, in a sentence for the command line, or undefined for an error that is
 * not about the file system (a bug, to be reported as such).
 */
export function writeProblem(error: unknown): string | undefined {
  const { code, path, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  return `cannot write ${path ?? 'the output'} (${code}): ${message.replace(/^\w+: /, '')}`;
}
