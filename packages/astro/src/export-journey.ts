import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { safeUrl, urlKinds } from '@journeykit/core';
import type { LoadedWorkspace } from '@journeykit/core/node';
import { buildAlone, type SiteOptions } from './build-site.ts';
import { standaloneLinks } from './view/standalone-links.ts';
import { checkedWorkspace } from './workspace-error.ts';

/** The base path the reports are built under: unlike any real one, so their links can be told and rewritten. */
const marker = '/__journeykit-report__/';

/**
 * What `exportJourneysHtml` needs: the workspace, the journeys, and optionally the workspace already loaded.
 *
 * @example
 * const options: JourneyHtmlOptions = { workspace: 'examples/b2b-saas', journeys: ['land-and-expand'], site: 'https://cx.example.com' };
 */
export interface JourneyHtmlOptions extends Pick<SiteOptions, 'workspace' | 'site' | 'logLevel'> {
  /** The ids of the journeys to export. */
  journeys: readonly string[];
  /** The workspace, when the caller has loaded it already: it is not read again. */
  loaded?: LoadedWorkspace | undefined;
}

/**
 * Renders journeys' pages as self-contained HTML files, one per journey, in one Astro build:
 * styles inline, charts as inline SVG, no script and no request to anything outside the file, so
 * each can be mailed, opened from disk and printed. Links to the report's other pages point at the
 * published site when the workspace config names its address (`site.url`, or `options.site`), and
 * are plain text otherwise. Rejects with a `WorkspaceError` when the workspace has errors, and with
 * an `UnknownJourneyError` when an id names no journey.
 *
 * @example
 * const [report] = await exportJourneysHtml({ workspace: 'examples/b2b-saas', journeys: ['land-and-expand'] });
 * await writeFile(`${report.journey}.html`, report.html);
 */
export async function exportJourneysHtml(options: JourneyHtmlOptions): Promise<{ journey: string; html: string }[]> {
  const workspaceDir = resolve(options.workspace);
  const { loaded, workspace } = await checkedWorkspace(workspaceDir, options.loaded);
  const known = workspace.journeys.map((journey) => journey.id);
  const unknown = options.journeys.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UnknownJourneyError(unknown, known);
  // Checked again: an address of another scheme would make every link of the page run it.
  const site = safeUrl(options.site ?? workspace.config.site?.url, urlKinds.web);
  const published = site === undefined ? undefined : new URL(workspace.config.site?.base ?? '/', site).href;
  const outDir = join(tmpdir(), `journeykit-report-${randomBytes(4).toString('hex')}`);
  try {
    await buildAlone(
      { workspace: workspaceDir, base: marker, logLevel: options.logLevel ?? 'error' },
      { outDir, build: { inlineStylesheets: 'always' } },
      { standalone: [...options.journeys], adoptSiteSettings: false, loaded },
    );
    return await Promise.all(
      options.journeys.map(async (journey) => ({
        journey,
        html: standaloneLinks(await readFile(join(outDir, 'journeys', journey, 'index.html'), 'utf8'), marker, published),
      })),
    );
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
