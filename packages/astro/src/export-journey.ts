import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { loadWorkspace } from '@journeykit/core/node';
import { buildAlone, type SiteOptions } from './build-site.ts';
import { WorkspaceError } from './workspace-error.ts';
import { standaloneLinks } from './view/standalone-links.ts';

/** The base path the report is built under: unlike any real one, so its links can be told and rewritten. */
const marker = '/__journeykit-report__/';

/**
 * Renders one journey's page as a self-contained HTML file: styles inline, charts as inline SVG,
 * no script and no request to anything outside the file, so it can be mailed, opened from disk
 * and printed. Links to the report's other pages point at the published site when the workspace
 * config names its address (`site.url`, or `options.site`), and are plain text otherwise.
 * Rejects with a `WorkspaceError` when the workspace has errors.
 *
 * @example
 * const html = await exportJourneyHtml({ workspace: 'examples/b2b-saas', journey: 'land-and-expand' });
 * await writeFile('land-and-expand.html', html);
 */
export async function exportJourneyHtml(options: Pick<SiteOptions, 'workspace' | 'site' | 'logLevel'> & { journey: string }): Promise<string> {
  const workspaceDir = resolve(options.workspace);
  const loaded = await loadWorkspace(workspaceDir);
  const workspace = loaded.value;
  if (workspace === undefined) throw new WorkspaceError(loaded, relative(process.cwd(), workspaceDir).split(sep).join('/') || '.');
  if (!workspace.journeys.some((journey) => journey.id === options.journey)) throw new UnknownJourneyError(options.journey, workspace.journeys.map((journey) => journey.id));
  const site = options.site ?? workspace.config.site?.url;
  const published = site === undefined ? undefined : new URL(workspace.config.site?.base ?? '/', site).href;
  const outDir = join(tmpdir(), `journeykit-report-${randomBytes(4).toString('hex')}`);
  try {
    await buildAlone(
      { workspace: workspaceDir, base: marker, logLevel: options.logLevel ?? 'error' },
      { outDir, build: { inlineStylesheets: 'always' } },
      { standalone: options.journey, search: false, adoptSiteSettings: false, loaded },
    );
    const html = await readFile(join(outDir, 'journeys', options.journey, 'index.html'), 'utf8');
    return standaloneLinks(html, marker, published);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * A journey id that is not in the workspace, with the ids that are.
 *
 * @example
 * try {
 *   await exportJourneyHtml({ workspace: 'journeys', journey: 'checkout' });
 * } catch (error) {
 *   if (error instanceof UnknownJourneyError) console.error(`Pick one of: ${error.known.join(', ')}`);
 * }
 */
export class UnknownJourneyError extends Error {
  readonly journey: string;
  readonly known: readonly string[];

  constructor(journey: string, known: readonly string[]) {
    super(`No journey has the id "${journey}"; the workspace has: ${known.join(', ') || 'none'}.`);
    this.name = 'UnknownJourneyError';
    this.journey = journey;
    this.known = known;
  }
}
