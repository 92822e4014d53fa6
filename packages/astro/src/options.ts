import { AstroError } from 'astro/errors';
import type { LoadedWorkspace } from '@journeykit/core/node';
import * as z from 'zod';

/** The options of the integration, as users write them in `astro.config.mjs`. */
export const optionsSchema = z.strictObject({
  workspace: z
    .string({ error: 'Expected `workspace` to be the path of a Journeykit workspace folder, like "./journeys".' })
    .min(1)
    .meta({ description: 'Path of the workspace folder, relative to the Astro project root.' }),
  prefix: z
    .string()
    .regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'Expected `prefix` to be a path like "/" or "/journeys/": lower-case words between slashes.' })
    .default('/')
    .meta({ description: 'Where the report lives in the site, like /journeys/.' }),
  search: z.boolean().default(true).meta({ description: 'Whether to index the pages with Pagefind for search.' }),
  buildDate: z.iso
    .date({ error: 'Expected `buildDate` to be a day like "2026-12-06".' })
    .optional()
    .meta({ description: 'The day the report is as of, which decides which metric series are stale; SOURCE_DATE_EPOCH, else today, when not given.' }),
});

/**
 * The options of the Astro integration, as written in `astro.config.mjs`: the `workspace` folder (required), the `prefix` the report lives under (`/` by default) and `search` (Pagefind, on by default).
 *
 * @example
 * const options: JourneykitOptions = { workspace: './journeys', prefix: '/journeys/', search: true };
 * export default { integrations: [journeykit(options)] };
 */
export type JourneykitOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

/**
 * What `buildSite`, `devSite` and `exportJourneysHtml` set besides the options, which own the whole
 * Astro project they run: never written by users.
 */
export interface OwnSiteSettings {
  /** Take `base` and `site` from the workspace config when the caller left them unset. */
  adoptSiteSettings?: boolean;
  /** The journeys to publish, each as a page that stands alone, when the site is made of single-file reports. */
  standalone?: string[] | undefined;
  /** The workspace, loaded and checked before Astro started. */
  loaded?: LoadedWorkspace | undefined;
  /**
   * Inject the routes by file, not by package name: the Astro root of these builds is a scratch
   * folder, from which the package may not resolve by name (it does not depend on itself).
   */
  routesByFile?: boolean;
  /**
   * Render the pages in `renderOrder`, with the routes injected by file. It replaces Astro's
   * prerenderer, as an adapter may too: only for a project of its own.
   */
  orderPages?: boolean;
}

/** Validates the options once, with errors that say which option is wrong and how to fix it. */
export function parseOptions(options: unknown): ResolvedOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : '';
    return issue.code === 'unrecognized_keys'
      ? `Unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}.`
      : `${where}${issue.message}`;
  });
  throw new AstroError(
    `Invalid options for the Journeykit integration:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    'Options are `workspace` (required), `prefix` and `search`. See the integration guide.',
  );
}
