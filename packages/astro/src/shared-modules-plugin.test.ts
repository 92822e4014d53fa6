import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import * as renderedCharts from './charts/rendered-charts.ts';
import { sharedModulesPlugin } from './shared-modules-plugin.ts';

interface Resolved {
  id: string;
  external: boolean;
}
type ResolveId = (this: { environment: { name: string }; resolve(source: string, importer?: string): Promise<Resolved | null> }, source: string, importer?: string, options?: object) => Promise<Resolved | null | undefined>;
const resolveId = sharedModulesPlugin.resolveId as unknown as ResolveId;

/** A plugin context of one of Astro's build environments, which resolves paths relative to their importer, as Vite does. */
function context(environment: string) {
  return {
    environment: { name: environment },
    resolve: (source: string, importer?: string) => Promise.resolve(source.startsWith('.') ? { id: fileURLToPath(new URL(source, pathToFileURL(importer!))), external: false } : null),
  };
}
const component = fileURLToPath(new URL('./components/pages/JourneyPage.astro', import.meta.url));
const route = fileURLToPath(new URL('./routes/journey.astro', import.meta.url));

it('has prerendered pages import the modules of this package, and core, as this process runs them', async () => {
  const prerender = context('prerender');
  expect(await resolveId.call(prerender, '../../view/journey-page.ts', component)).toEqual({ id: new URL('./view/journey-page.ts', import.meta.url).href, external: true });
  expect(await resolveId.call(prerender, '@journeykit/core', component)).toEqual({ id: import.meta.resolve('@journeykit/core'), external: true });
  // The instance the integration renders charts in is the one the pages await them from.
  const charts = (await resolveId.call(prerender, '../../charts/rendered-charts.ts', component))!;
  expect(((await import(charts.id)) as typeof renderedCharts).renderedChart).toBe(renderedCharts.renderedChart);
});

it('bundles the routes and the components', async () => {
  const prerender = context('prerender');
  const sitemap = fileURLToPath(new URL('./routes/sitemap.xml.ts', import.meta.url));
  expect(await resolveId.call(prerender, sitemap, '\0virtual:astro:pages')).toBeUndefined();
  expect(await resolveId.call(prerender, sitemap)).toBeUndefined();
  expect(await resolveId.call(prerender, '../components/pages/JourneyPage.astro', route)).toBeUndefined();
});

it("leaves a project's own imports to Vite: its pages keep the versions of core they depend on", async () => {
  const page = '/project/src/pages/index.astro';
  expect(await resolveId.call(context('prerender'), './helpers.ts', page)).toBeUndefined();
  expect(await resolveId.call(context('prerender'), '@journeykit/core', page)).toBeUndefined();
});

it('leaves the modules of other environments to Vite: `astro dev` reloads its own copies after an edit', async () => {
  for (const environment of ['client', 'ssr']) {
    expect(await resolveId.call(context(environment), '../../view/journey-page.ts', component)).toBeUndefined();
    expect(await resolveId.call(context(environment), '@journeykit/core', component)).toBeUndefined();
  }
});
