import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { buildDate } from './build-date.ts';
import type { OwnSiteSettings, ResolvedOptions } from './options.ts';
import { folderKey } from './scratch-folder.ts';
import { joinPath, type SiteData } from './site-data.ts';
import { checkedWorkspace } from './workspace-error.ts';

/**
 * Where the charts of the workspace in `dir` are kept between builds: under Astro's cache folder,
 * one folder per workspace.
 */
export function chartCacheOf(cacheDir: URL, dir: string): string {
  return resolve(fileURLToPath(cacheDir), 'journeykit', folderKey(dir), 'charts');
}

/** Where the checked workspace in `dir` is kept between builds: beside its charts. */
export function workspaceCacheOf(cacheDir: URL, dir: string): string {
  return join(dirname(chartCacheOf(cacheDir, dir)), 'workspace');
}

/**
 * What the pages of the workspace in `dir` need, from the workspace checked (a `WorkspaceError`
 * when it has errors) and Astro's config. With `reload`, after an edit in `astro dev`, the
 * workspace is read again, never taken from `settings.loaded` or the cache.
 */
export async function loadSite(dir: string, config: AstroConfig, options: ResolvedOptions, settings: OwnSiteSettings, reload = false): Promise<SiteData> {
  const { workspace } = reload ? await checkedWorkspace(dir) : await checkedWorkspace(dir, settings.loaded, workspaceCacheOf(config.cacheDir, dir));
  const repository = workspace.config.repository;
  return {
    root: joinPath(config.base, options.prefix),
    prefix: options.prefix,
    workspace,
    editBase: repository === undefined ? undefined : `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${joinPath(repository.path).replace(/^\//, '')}`,
    chartCache: chartCacheOf(config.cacheDir, dir),
    search: options.search && settings.standalone === undefined,
    builtAt: buildDate(options.buildDate),
    site: config.site,
    standalone: settings.standalone,
  };
}
