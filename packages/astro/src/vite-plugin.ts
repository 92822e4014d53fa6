import type { Plugin } from 'vite';
import { publishSites } from './published-sites.ts';
import type { SiteData } from './site-data.ts';

/** The module pages import their data from. */
export const dataModuleId = 'virtual:journeykit/data';
const resolvedId = `\0${dataModuleId}`;
const name = 'journeykit:data';
/** The module a build's pages read the sites from, as this process runs it: sources or build. */
const published = new URL(`./published-sites${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** What each instance's plugin offers its peers: the site it publishes, as it is now. */
interface DataApi {
  site(): SiteData;
}

/**
 * Serves the published workspaces to the pages as `virtual:journeykit/data`. Every instance of the
 * integration adds one such plugin; the first in the Vite config serves the sites of all of them,
 * so nothing outlives one Astro run. The pages a build prerenders read `published-sites.ts` as this
 * process runs it, holding the sites already in memory, which each integration `carried`. Others
 * read a module of their JSON: in `astro dev`, where Vite loads it again after each edit, and pages
 * of a server build rendered on demand, long after this process. `invalidate()` makes the browser
 * reload with fresh data; `indexesSearch()` says whether this instance is the one to index the
 * site for search.
 */
export function dataPlugin(site: () => SiteData): Plugin<DataApi> & { invalidate(): void; indexesSearch(): boolean } {
  let peers: Plugin<DataApi>[] = [];
  let building = false;
  let invalidate = () => {};
  const plugin: Plugin<DataApi> & { invalidate(): void; indexesSearch(): boolean } = {
    name,
    api: { site },
    configResolved(config) {
      peers = config.plugins.filter((p): p is Plugin<DataApi> => p.name === name);
      building = config.command === 'build';
      if (building && peers[0] === plugin) publishSites(peers.map((peer) => peer.api!.site()));
    },
    resolveId(id) {
      if (id !== dataModuleId || peers[0] !== plugin) return undefined;
      return building && this.environment.name === 'prerender' ? { id: published.href, external: true } : resolvedId;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const sites = peers.map((peer) => peer.api!.site());
      // JSON.parse of a string literal is the fastest way for JavaScript engines to read large data.
      // No source map: there is no source to map to, and the one Vite would otherwise make, holding
      // the whole text again, is encoded into the module and decoded by Node on every reload in dev.
      return { code: `export const sites = JSON.parse(${JSON.stringify(JSON.stringify(sites))});`, map: { mappings: '' } };
    },
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
    // Pagefind indexes the whole site, once: by the first instance whose workspace wants search.
    indexesSearch: () => peers.find((peer) => peer.api!.site().search) === plugin,
  };
  return plugin;
}
