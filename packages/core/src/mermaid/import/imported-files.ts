import { stringify } from 'yaml';
import type { MermaidImport } from './import-mermaid.ts';
import { definitionPath } from './definition-path.ts';

/**
 * How the files of an import begin.
 *
 * @example
 * const options: ImportedFilesOptions = { source: 'day.mmd', schemaHint: (kind) => `# yaml-language-server: $schema=../schemas/${kind}.schema.json` };
 */
export interface ImportedFilesOptions {
  /** The diagram's file, named in a comment at the top of each file. */
  source?: string;
  /** The comment line pointing editors at the JSON Schema of a kind of file, if any, for a file at `path` in the workspace. */
  schemaHint?: (kind: 'journey' | 'persona', path: string) => string;
}

/**
 * A definition file to write into the workspace: its path relative to the workspace, and its text.
 *
 * @example
 * const file: ImportedFile = { path: 'journeys/my-day.yaml', text: 'id: my-day\n…' };
 */
export interface ImportedFile {
  path: string;
  text: string;
}

/**
 * The YAML files of an import: the journey in `journeys/<id>.yaml`, each new persona in
 * `personas/<id>.yaml`, in that order, each starting with comments that say where it came from.
 *
 * @example
 * importedFiles(value, { source: 'day.mmd' }).map((file) => file.path); // ['journeys/my-day.yaml', 'personas/me.yaml']
 */
export function importedFiles(imported: MermaidImport, options: ImportedFilesOptions = {}): ImportedFile[] {
  const from = options.source === undefined ? 'a Mermaid journey diagram' : options.source.replace(/[\r\n]+/g, ' ');
  const file = (kind: 'journey' | 'persona', id: string, note: string, data: unknown): ImportedFile => {
    const path = definitionPath(kind, id);
    const header = [options.schemaHint?.(kind, path), `# ${note}`].filter((line) => line !== undefined);
    return { path, text: `${header.join('\n')}\n${stringify(data, { lineWidth: 100 })}` };
  };
  return [
    file('journey', imported.journey.id, `Imported from ${from} by journeykit import mermaid.`, imported.journey),
    ...imported.personas.map((persona) =>
      file('persona', persona.id, `Made by journeykit import mermaid for the actor "${persona.name}" of ${from}: describe the persona here.`, persona),
    ),
  ];
}
