import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module the pages get their charts from, as this process runs it: sources or build. */
const running = new URL(`./charts/rendered-charts${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
/** The same module as the pages' sources import it: the routes are always the package's sources. */
const imported = fileURLToPath(new URL('../src/charts/rendered-charts.ts', import.meta.url));

/**
 * Makes the pages of a build import the charts module from where the integration runs instead of
 * bundling a copy: the integration starts rendering the charts in that module, and the pages await
 * them there. In `astro dev` nothing renders ahead, and the pages' own copy renders each chart.
 */
export const chartsPlugin: Plugin = {
  name: 'journeykit:charts',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/rendered-charts.ts')) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    // Each instance of the integration adds this plugin: the first may have resolved it already.
    return resolved?.id === imported || resolved?.id === running.href ? { id: running.href, external: true } : undefined;
  },
};
