/// <reference lib="dom" />
// `pnpm --filter @journeykit-sites/docs screenshots`: builds the example sites, opens them in
// Debian's Chromium and saves small screenshots of their key pages into src/assets/gallery/, which
// are committed. The docs build only reads those files, so it never needs a browser.
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { buildGallery } from '../generate/gallery.ts';
import { docsRoot, galleryBuild } from '../generate/paths.ts';
import { galleryShots } from '../generate/gallery-shots.ts';

const executablePath = process.env['JOURNEYKIT_CHROMIUM'] ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const out = resolve(docsRoot, 'src/assets/gallery');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves `.gallery/<name>/` at `/gallery/<name>/`, the addresses the sites were built for. */
function serveGallery(): Promise<{ url: string; close: () => void }> {
  const root = normalize(galleryBuild);
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(pathname).replace(/^\/gallery\//, '/')));
      if (!path.startsWith(root + sep)) return void response.writeHead(403).end();
      if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
      if ((await stat(path).catch(() => undefined)) === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(response);
    })();
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

console.log('Building the example sites…');
await buildGallery('https://journeykit.example');
const server = await serveGallery();
const browser = await chromium.launch({ executablePath, args });
try {
  await mkdir(out, { recursive: true });
  // Small on purpose: the docs show them at their width, and Astro re-encodes them as WebP.
  const page = await browser.newPage({ viewport: { width: 1200, height: 750 }, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
  for (const shot of galleryShots()) {
    await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
    if (shot.at !== undefined) {
      // A little of what comes before stays in view, so the section reads as part of its page.
      await page.locator(shot.at).first().evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 24));
    }
    await page.screenshot({ path: join(out, shot.file), type: 'png' });
    console.log(`Saved src/assets/gallery/${shot.file} (${shot.path})`);
  }
} finally {
  await browser.close();
  server.close();
}
