/** An `exports` map, or one of its targets: a path, conditions, or null for "not exported". */
export type Exports = string | null | { [key: string]: Exports };

/** The fields of a package.json that the release checks read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  engines?: Record<string, string>;
  bin?: string | Record<string, string>;
  exports?: Exports;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The dependency fields a published package resolves at run time. */
export const runtimeDependencyFields = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
