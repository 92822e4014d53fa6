import { AstroError } from 'astro/errors';

/**
 * The day a report is built as of, which decides which metric series are stale: the `buildDate`
 * option, else `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention, so a
 * rebuild of the same commit gives the same pages), else today. As `YYYY-MM-DD`, in UTC.
 *
 * @example
 * buildDate(undefined, { SOURCE_DATE_EPOCH: '1765065600' }); // '2025-12-07'
 */
export function buildDate(option: string | undefined, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  if (option !== undefined) return option;
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now().toISOString().slice(0, 10);
  const date = /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new AstroError(
      `SOURCE_DATE_EPOCH is ${JSON.stringify(epoch)}, but it must be a whole number of seconds since 1970-01-01 UTC, like 1765065600.`,
      'Set it to the time of the commit built (`git log -1 --format=%ct`), or unset it to build as of today.',
    );
  }
  return date.toISOString().slice(0, 10);
}
