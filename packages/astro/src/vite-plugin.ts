import type { Plugin } from 'vite';
import type { SiteData } from './site-data.ts';

/** The module pages import their data from. */
export const dataModuleId = 'virtual:journeykit/data';
const resolvedId = `\0${dataModuleId}`;

/**
 * Serves every published workspace to the pages as `virtual:journeykit/data`. `load()` is asked
 * again after `invalidate()`, so edited definitions reach the browser without a restart.
 */
export function dataPlugin(sites: () => readonly SiteData[]): Plugin & { invalidate(): void } {
  let invalidate = () => {};
  return {
    name: 'journeykit:data',
    resolveId: (id) => (id === dataModuleId ? resolvedId : undefined),
    // JSON.parse of a string literal is the fastest way for JavaScript engines to read large data.
    load: (id) => (id === resolvedId ? `export const sites = JSON.parse(${JSON.stringify(JSON.stringify(sites()))});` : undefined),
    configureServer(server) {
      invalidate = () => {
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(resolvedId);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
    },
    invalidate: () => invalidate(),
  };
}
