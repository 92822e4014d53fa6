// The public surface of @journeykit/astro.

export { journeykit, journeykit as default } from './integration.ts';
export type { JourneykitOptions } from './options.ts';
export type { SiteData } from './site-data.ts';
export { WorkspaceError } from './workspace-error.ts';
export { buildSite, devSite, previewSite, type SiteOptions } from './build-site.ts';
export { exportJourneysHtml, UnknownJourneyError, type JourneyHtmlOptions } from './export-journey.ts';
