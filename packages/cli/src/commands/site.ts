import { relative, resolve } from 'node:path';
import { formatDiagnostics, isAllowedUrl, urlKinds } from '@journeykit/core';
import { OutputFolderError } from '@journeykit/core/node';
import { parseCommand } from '../args.ts';
import { exit, UsageError, type Io } from '../io.ts';

// The Astro integration is imported only by these commands: `check` stays fast and light.
const site = () => import('@journeykit/astro');

const siteOptions = {
  base: { type: 'string' },
  site: { type: 'string' },
} as const;

function checkBase(base: string | undefined): string | undefined {
  if (base !== undefined && !/^\/(?:[^/\s]+\/)*$/.test(base)) throw new UsageError(`Invalid --base "${base}": expected a path that starts and ends with "/", like /journeys/.`);
  return base;
}

function checkSite(url: string | undefined): string | undefined {
  if (url !== undefined && !isAllowedUrl(url, urlKinds.web)) throw new UsageError(`Invalid --site ${JSON.stringify(url)}: expected an http: or https: address like https://cx.example.com.`);
  return url;
}

/** Prints a workspace's problems as `check` does and returns 1, or rethrows anything else. */
async function reportWorkspaceError(error: unknown, workspace: string, io: Io): Promise<number> {
  const { WorkspaceError } = await site();
  if (!(error instanceof WorkspaceError)) throw error;
  const root = relative(io.cwd, workspace).split('\\').join('/');
  io.stdout.write(formatDiagnostics(error.diagnostics, { texts: error.texts, root }));
  io.stderr.write('journeykit: the workspace has errors, so no site was built.\n');
  return exit.problems;
}

/** Says why the output folder was refused, without the usage text: the command was right, the folder not. */
function refuseOutput(error: OutputFolderError, io: Io): number {
  io.stderr.write(`journeykit: ${error.message}\n`);
  return exit.usage;
}

/** `journeykit build [dir] --out <folder> [--base /sub/] [--site URL]`: the static report site. */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { ...siteOptions, out: { type: 'string', short: 'o' } });
  if (values.out === undefined) throw new UsageError('Missing --out: the folder to write the site to, like --out dist.');
  const workspace = resolve(io.cwd, positionals[0] ?? '.');
  const out = resolve(io.cwd, values.out);
  const started = performance.now();
  try {
    const { buildSite } = await site();
    await buildSite({ workspace, out, base: checkBase(values.base), site: checkSite(values.site), logLevel: 'error' });
  } catch (error) {
    if (error instanceof OutputFolderError) return refuseOutput(error, io);
    const { SiteWriteError } = await site();
    if (error instanceof SiteWriteError) {
      io.stderr.write(`journeykit: ${error.message}\n`);
      return exit.problems;
    }
    return reportWorkspaceError(error, workspace, io);
  }
  io.stdout.write(`Built the report site in ${((performance.now() - started) / 1000).toFixed(1)} s: ${out}\n`);
  return exit.ok;
}

/** `journeykit dev [dir]`: serves the report and reloads it when a definition changes. */
export async function devCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { ...siteOptions, port: { type: 'string' }, host: { type: 'boolean' } });
  const workspace = resolve(io.cwd, positionals[0] ?? '.');
  try {
    const { devSite } = await site();
    await devSite({ workspace, base: checkBase(values.base), site: checkSite(values.site), port: port(values.port), host: values.host ?? false, logLevel: 'info' });
  } catch (error) {
    return reportWorkspaceError(error, workspace, io);
  }
  return new Promise(() => {}); // Serves until stopped.
}

/** `journeykit preview [--out dist]`: serves a built site locally. */
export async function previewCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommand(args, { out: { type: 'string', short: 'o', default: 'dist' }, base: { type: 'string' }, port: { type: 'string' }, host: { type: 'boolean' } }, 0);
  const { previewSite } = await site();
  await previewSite({ out: resolve(io.cwd, values.out), base: checkBase(values.base), port: port(values.port), host: values.host ?? false });
  return new Promise(() => {}); // Serves until stopped.
}

function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535) throw new UsageError(`Invalid --port "${value}": expected a number from 1 to 65535.`);
  return number;
}
