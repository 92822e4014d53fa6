import { expect, it } from 'vitest';
import * as astro from './index.ts';

it('exports exactly this public API', () => {
  expect(Object.keys(astro).sort()).toEqual(['OutputFolderError', 'SiteWriteError', 'UnknownJourneyError', 'WorkspaceError', 'buildSite', 'default', 'devSite', 'exportJourneysHtml', 'journeykit', 'previewSite']);
});
