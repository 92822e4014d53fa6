import { relative, sep } from 'node:path';
import { formatDiagnostics, type Diagnostic, type Workspace } from '@journeykit/core';
import { loadWorkspace, type LoadedWorkspace } from '@journeykit/core/node';
import { AstroError } from 'astro/errors';
import { loadWorkspaceCached } from './cache/workspace-cache.ts';

/**
 * A workspace with errors, raised as an Astro error so Astro shows it; it carries the diagnostics
 * so the `journeykit` CLI can print them exactly as `journeykit check` does.
 *
 * @example
 * try {
 *   await buildSite({ workspace: 'journeys', out: 'public' });
 * } catch (error) {
 *   if (!(error instanceof WorkspaceError)) throw error;
 *   console.error(formatDiagnostics(error.diagnostics, { texts: error.texts, root: error.root }));
 * }
 */
export class WorkspaceError extends AstroError {
  readonly diagnostics: Diagnostic[];
  readonly texts: Map<string, string>;
  readonly root: string;

  constructor(loaded: LoadedWorkspace, root: string) {
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    super(
      `The Journeykit workspace has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n\n${formatDiagnostics(errors, { texts: loaded.texts, root })}`,
      'Fix the problems shown, or run `journeykit check` on the workspace for the full report.',
    );
    this.diagnostics = loaded.diagnostics;
    this.texts = loaded.texts;
    this.root = root;
  }
}

/**
 * The workspace in `dir` (read unless `loaded` already holds it, and kept in `cacheDir` when
 * given), or a `WorkspaceError` naming the folder as seen from the working folder when it has errors.
 */
export async function checkedWorkspace(dir: string, loaded?: LoadedWorkspace, cacheDir?: string): Promise<{ loaded: LoadedWorkspace; workspace: Workspace }> {
  const result = loaded ?? (cacheDir === undefined ? await loadWorkspace(dir) : await loadWorkspaceCached(dir, cacheDir));
  if (result.value === undefined) throw new WorkspaceError(result, relative(process.cwd(), dir).split(sep).join('/') || '.');
  return { loaded: result, workspace: result.value };
}
