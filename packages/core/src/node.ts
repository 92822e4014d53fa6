// The Node-only surface of @journeykit/core: reading workspaces from disk and writing output.

/**
 * Reading workspaces from disk, and writing output so that no reader sees half of it: the
 * Node-only part of `@journeykit/core`.
 *
 * @module @journeykit/core/node
 */
export { loadWorkspace, type LoadedWorkspace, type LoadOptions } from './load/load-workspace.ts';
export { readWorkspace, maxFileSize, type ReadFile } from './load/read-workspace.ts';
export { fileStatusIn, isInside } from './load/file-status.ts';
export { importDefinition } from './load/import-definition.ts';
export { typescriptLocator } from './load/locate-typescript.ts';
export { checkOutputFolder, OutputFolderError, siteOutput, exportOutput, type OutputKind } from './output/output-folder.ts';
export { pathAside, removeAbandonedAsides } from './output/path-aside.ts';
export { moveIntoPlace, writeAtomically, type OutputEntry } from './output/write-atomically.ts';
