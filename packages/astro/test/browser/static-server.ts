// The browser tests serve the built site with the package's own preview server, as
// `journeykit preview` does: a folder answers with its index.html, a folder without its trailing
// slash is redirected, and anything missing gets the site's 404.html with status 404.
import { serveFolder } from '../../src/preview/serve-folder.ts';

/** A running static server: the address of the site (base path included) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the folder `dir` under `base` (like /reports/) on a free local port. */
export async function serveStatic(dir: string, base: string): Promise<StaticServer> {
  const server = await serveFolder({ dir, base, port: 0, host: '127.0.0.1' });
  return { url: server.url, close: () => server.stop() };
}
