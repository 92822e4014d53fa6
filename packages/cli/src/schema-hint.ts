import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** The version of @journeykit/core this CLI runs with: the schemas it checks against. */
export const coreVersion = (createRequire(import.meta.url)('@journeykit/core/package.json') as { version: string }).version;

/** The published address of a kind's JSON Schema, for repositories that do not install Journeykit. */
export function publishedSchema(kind: string): string {
  return `https://unpkg.com/@journeykit/core@${coreVersion}/schemas/${kind}.schema.json`;
}

/** The `schemas` folder of the @journeykit/core installed for a folder: in its node_modules or a parent's. */
export function installedSchemas(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const schemas = join(dir, 'node_modules', '@journeykit', 'core', 'schemas');
    if (existsSync(schemas)) return schemas;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The editor hint on the first line of a YAML definition, for a file at `path` in the workspace at
 * `workspace`: the JSON Schema of its kind, by a path relative to the file into the installed
 * @journeykit/core, which works offline and matches the installed version; else its published
 * address, for the version of core this CLI runs.
 */
export function schemaHints(workspace: string): (kind: string, path: string) => string {
  const schemas = installedSchemas(workspace);
  return (kind, path) => {
    const target = schemas === undefined ? publishedSchema(kind) : relative(dirname(join(workspace, path)), join(schemas, `${kind}.schema.json`)).split(sep).join('/');
    return `# yaml-language-server: $schema=${target}`;
  };
}
