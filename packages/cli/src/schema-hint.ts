import { version } from './version.ts';

/** The editor hint on the first line of a YAML definition: the JSON Schema of its kind of file. */
export function schemaHint(kind: string): string {
  return `# yaml-language-server: $schema=https://unpkg.com/@journeykit/core@${version}/schemas/${kind}.schema.json`;
}
