// A checked workspace from the texts of its files, for tests that need one of their own.
import { checkWorkspace, type Workspace } from '@journeykit/core';

/** The workspace of `files` (path → text); throws with the problems when it does not check. */
export function workspaceOf(files: Record<string, string>): Workspace {
  const { value, diagnostics } = checkWorkspace(Object.entries(files).map(([path, text]) => ({ path, text })));
  if (value === undefined) throw new Error(diagnostics.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`).join('\n'));
  return value;
}
