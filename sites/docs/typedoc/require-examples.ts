// A TypeDoc plugin: every export of the packages has a summary and an `@example`, read from
// TypeDoc's own model of the code. Each one missing is a warning, which the API docs build (with
// treatWarningsAsErrors) and the docs build (which allows no warnings) turn into a failure.
import { Converter, ReflectionKind, type Application, type Comment, type DeclarationReflection, type ProjectReflection } from 'typedoc';

/** An export that lacks part of its documentation. */
export interface UndocumentedExport {
  /** The module (entry point) it is exported from, like `@journeykit/core`. */
  module: string;
  name: string;
  missing: ('summary' | 'example')[];
}

/** The comment that documents an export: its own, or its first signature's (functions). */
function commentOf(reflection: DeclarationReflection): Comment | undefined {
  return reflection.comment ?? reflection.signatures?.find((signature) => signature.comment !== undefined)?.comment;
}

const hasText = (parts: readonly { text: string }[]) => parts.some((part) => part.text.trim() !== '');

/**
 * The exports of a project that lack a summary or an `@example`. Re-exports under another name
 * (like `default`) share their target's documentation; the members of an exported namespace are
 * documented by the namespace (`rules` is the catalog of rules, each with its own title).
 */
export function undocumentedExports(project: ProjectReflection): UndocumentedExport[] {
  const modules = project.children?.every((child) => child.kindOf(ReflectionKind.Module)) === true ? project.children : [project];
  return modules.flatMap((module) =>
    (module.children ?? []).flatMap((reflection) => {
      if (reflection.kindOf(ReflectionKind.Reference)) return [];
      const comment = commentOf(reflection);
      const missing: UndocumentedExport['missing'] = [];
      if (comment === undefined || !hasText(comment.summary)) missing.push('summary');
      const example = comment?.getTag('@example');
      if (example === undefined || !hasText(example.content)) missing.push('example');
      return missing.length === 0 ? [] : [{ module: module.name, name: reflection.name, missing }];
    }),
  );
}

/** How the plugin words a missing part, so the fix is obvious. */
export function warningFor(problem: UndocumentedExport): string {
  const parts = problem.missing.map((part) => (part === 'summary' ? 'a summary (the first paragraph of its JSDoc)' : 'an @example'));
  return `${problem.module}: the export "${problem.name}" lacks ${parts.join(' and ')}. Every export is documented with both.`;
}

/** Registers the check with TypeDoc; TypeDoc calls this when it loads the plugin. */
export function load(app: Application): void {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const problem of undocumentedExports(context.project)) app.logger.warn(warningFor(problem));
  });
}
