// Where the docs build reads and writes.
import { resolve } from 'node:path';

/** The repository: the CLI runs here, so its output shows paths like `examples/b2b-saas`. */
export const repoRoot = resolve(import.meta.dirname, '../../..');
/** The docs site package. */
export const docsRoot = resolve(import.meta.dirname, '..');
/** Starlight's pages. */
export const docsContent = resolve(docsRoot, 'src/content/docs');
/** The generated pages, in a folder of their own (ignored by git) inside the pages. */
export const referenceContent = resolve(docsContent, 'reference');
/** Data the generated pages and components share, such as the CLI's real output. */
export const generatedData = resolve(docsRoot, 'src/generated');
/** The example workspaces: the gallery and the reference's examples come from them. */
export const examplesRoot = resolve(repoRoot, 'examples');
/** The example sites, built before the docs and copied into them. */
export const galleryBuild = resolve(docsRoot, '.gallery');
