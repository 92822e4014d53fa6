import { expect, it } from 'vitest';
import * as astro from './index.ts';

it('exports exactly this public API', () => {
  expect(Object.keys(astro).sort()).toEqual(['WorkspaceError', 'buildSite', 'default', 'devSite', 'journeykit', 'previewSite']);
});
