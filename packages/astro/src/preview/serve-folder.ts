import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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
};

/**
 * A running server of a built site.
 *
 * @example
 * const server: PreviewServer = await previewSite({ out: 'public' });
 * await server.stop();
 */
export interface PreviewServer {
  /** The host it listens on. */
  host: string;
  /** The port it listens on. */
  port: number;
  /** The site's address, base path included. */
  url: string;
  /** Resolves when the server has stopped. */
  closed(): Promise<void>;
  /** Stops the server. */
  stop(): Promise<void>;
}

/**
 * The file a request path names inside `root` (a folder answers with its index.html), or
 * undefined when it names none: a path that cannot be decoded, leads outside, holds a NUL or is
 * too long for the file system is simply not a page of the site.
 */
async function fileFor(root: string, base: string, pathname: string): Promise<{ file: string; folder: boolean } | undefined> {
  if (!pathname.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return { file: path, folder: false };
  if (!info?.isDirectory()) return undefined;
  const index = join(path, 'index.html');
  return (await stat(index).catch(() => undefined))?.isFile() ? { file: index, folder: true } : undefined;
}

function send(response: ServerResponse, status: number, file: string, method: string | undefined): void {
  response.writeHead(status, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
  if (method === 'HEAD') response.end();
  else createReadStream(file).on('error', () => response.destroy()).pipe(response);
}

/** Answers a request as a static host would: the file, a redirect to a folder's slash, or the site's 404 page. */
async function answer(root: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (`${pathname}/` === base) {
    response.writeHead(301, { location: base }).end();
    return;
  }
  const found = await fileFor(root, base, pathname);
  if (found === undefined) {
    const notFound = join(root, '404.html');
    if ((await stat(notFound).catch(() => undefined))?.isFile()) send(response, 404, notFound, request.method);
    else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  } else if (found.folder && !pathname.endsWith('/')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
  } else {
    send(response, 200, found.file, request.method);
  }
}

/**
 * Serves the built site in `dir` under `base` (like /journeys/), as a static host would. A request
 * path that names no file of the site, however malformed, gets the site's 404 page; an error of
 * the server's own is a bare 500 that shows nothing of how it happened.
 *
 * @example
 * const server = await serveFolder({ dir: 'public', base: '/', port: 4321, host: 'localhost' });
 */
export async function serveFolder(options: { dir: string; base: string; port: number; host: string }): Promise<PreviewServer> {
  const root = normalize(options.dir);
  const server = createServer((request, response) => {
    answer(root, options.base, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Internal server error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const closed = new Promise<void>((resolve) => server.once('close', resolve));
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    host: options.host,
    port,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}${options.base}`,
    closed: () => closed,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await closed;
    },
  };
}
