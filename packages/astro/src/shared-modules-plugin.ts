import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The package's sources, which its routes and components import. */
const sources = new URL('../src/', import.meta.url).href;
/** Where this process runs the package's modules from: the sources themselves, or their build. */
const running = new URL('./', import.meta.url);
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const core = '@journeykit/core';
// Not import.meta.resolve, which Vite's module runner, running this plugin in tests, does not offer.
const { resolve } = createRequire(import.meta.url);

/**
 * Makes the pages a build prerenders import this package's modules and `@journeykit/core` as this
 * process runs them, instead of bundling copies of their own. The pages render in this process,
 * so they share one instance with the integration: the charts the integration started rendering
 * are the ones the pages await. And of this package Astro bundles only the routes and components,
 * not the modules Node loads itself, most of them loaded already. Only imports from this package's
 * own files are redirected: a project's pages keep the versions they depend on. In `astro dev` the
 * pages keep their own copies, which Vite reloads after an edit.
 */
export const sharedModulesPlugin: Plugin = {
  name: 'journeykit:shared-modules',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    // Only what this package's own files import: not a project's imports, nor Astro's of the
    // routes, which are the build's entries and import virtual modules Node cannot load.
    if (this.environment.name !== 'prerender' || importer === undefined || !pathToFileURL(importer).href.startsWith(sources)) return undefined;
    if (source === core || source.startsWith(`${core}/`)) return { id: pathToFileURL(resolve(source)).href, external: true };
    if (!source.endsWith('.ts')) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const url = resolved !== null && !resolved.external ? pathToFileURL(resolved.id).href : '';
    if (!url.startsWith(sources)) return resolved;
    return { id: new URL(url.slice(sources.length).replace(/\.ts$/, extension), running).href, external: true };
  },
};
