import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension; Pagefind's index files are binary. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** A running static server: the address of the site (base path included) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isFile()) return path;
  if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  return undefined;
}

function send(response: ServerResponse, status: number, path: string, method: string | undefined): void {
  response.writeHead(status, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  if (method === 'HEAD') response.end();
  else createReadStream(path).on('error', (error) => response.destroy(error)).pipe(response);
}

/**
 * Serves the folder `dir` under `base` (like /reports/) on a free local port, as a static host
 * would: a folder answers with its index.html, a folder without its trailing slash is redirected,
 * and anything missing gets the site's 404.html with status 404.
 */
export async function serveStatic(dir: string, base: string): Promise<StaticServer> {
  const root = normalize(dir);
  const notFound = join(root, '404.html');
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (`${pathname}/` === base) {
        response.writeHead(301, { location: base }).end();
        return;
      }
      let relative: string | undefined;
      try {
        relative = pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
      } catch {
        relative = undefined;
      }
      const path = relative === undefined ? undefined : normalize(join(root, relative));
      const inside = path !== undefined && (path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));
      const file = inside ? await fileAt(path) : undefined;
      if (file === undefined) {
        send(response, 404, notFound, request.method);
      } else if (file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('index.html')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
      } else {
        send(response, 200, file, request.method);
      }
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
