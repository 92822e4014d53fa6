// The public surface of @journeykit/astro.

/**
 * An Astro integration that publishes a Journeykit workspace as a static report site, and functions
 * that build, serve and preview that site without an Astro project of your own.
 *
 * @module @journeykit/astro
 */
export { journeykit, journeykit as default } from './integration.ts';
export type { JourneykitOptions } from './options.ts';
export type { SiteData } from './site-data.ts';
export { WorkspaceError } from './workspace-error.ts';
export { OutputFolderError } from '@journeykit/core/node';
export { SiteWriteError } from './site-write-error.ts';
export { buildSite, devSite, previewSite, type SiteOptions } from './build-site.ts';
export type { PreviewServer } from './preview/serve-folder.ts';
export { exportJourneysHtml, UnknownJourneyError, type JourneyHtmlOptions } from './export-journey.ts';
