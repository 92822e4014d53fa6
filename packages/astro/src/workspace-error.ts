import { formatDiagnostics, type Diagnostic } from '@journeykit/core';
import type { LoadedWorkspace } from '@journeykit/core/node';
import { AstroError } from 'astro/errors';

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
