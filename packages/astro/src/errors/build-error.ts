import { AstroError } from 'astro/errors';

/**
 * An error a build of the report can stop with: a permanent name, a title (for the docs), and a
 * message and a hint built from what went wrong, in full sentences (what happened and why, then
 * what to do).
 */
export interface BuildErrorDefinition<Args> {
  name: string;
  title: string;
  message(args: Args): string;
  hint(args: Args): string;
}

/** Declares an error of the catalog (see catalog.ts). */
export function defineBuildError<Args>(definition: BuildErrorDefinition<Args>): BuildErrorDefinition<Args> {
  return definition;
}

/**
 * The error of `definition` for `args`, as an Astro error, so Astro shows the message and the hint.
 *
 * @example
 * throw buildError(noWorkspaceForRoute, { route: '/docs/', prefixes: ['/journeys/'] });
 */
export function buildError<Args>(definition: BuildErrorDefinition<Args>, args: Args): AstroError {
  const error = new AstroError(definition.message(args), definition.hint(args));
  error.name = definition.name;
  return error;
}
