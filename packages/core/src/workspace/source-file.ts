/**
 * A file of a workspace as the checker sees it.
 *
 * @example
 * const file: SourceFile = { path: 'personas/sam.yaml', text: 'id: sam\nname: Sam' };
 */
export interface SourceFile {
  /** Path relative to the workspace root, with `/` separators, like `journeys/onboarding.yaml`. */
  path: string;
  /** The file's text: parsed for YAML and JSON, and used for positions and code frames. */
  text: string;
  /** For TypeScript definitions: the module's default export, already evaluated by the loader. */
  data?: unknown;
}

/** The extensions of definition files. */
export const definitionExtensions = ['.yaml', '.yml', '.json', '.ts'] as const;

/** Files that may sit in definition folders without being definitions. */
export const ignoredExtensions = ['.md'] as const;

/** The extension of a path, lower-cased, with its dot. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}
