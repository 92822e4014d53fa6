import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewSite } from '../build-site.ts';
import type { PreviewServer } from './serve-folder.ts';

const site = mkdtempSync(join(tmpdir(), 'journeykit-preview-'));
let server: PreviewServer;

beforeAll(async () => {
  mkdirSync(join(site, 'journeys/signup'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(site, 'journeys/signup/index.html'), '<h1>Sign-up</h1>');
  writeFileSync(join(site, '404.html'), '<h1>Not found</h1>');
  writeFileSync(join(tmpdir(), 'journeykit-preview-secret.txt'), 'secret');
  server = await previewSite({ out: site, base: '/cx/', port: 0, logLevel: 'silent' });
});

afterAll(async () => {
  await server.stop();
  rmSync(site, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'journeykit-preview-secret.txt'), { force: true });
});

const get = async (path: string) => {
  const response = await fetch(`http://localhost:${server.port}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text(), location: response.headers.get('location') };
};

describe('previewSite', () => {
  it('serves the pages of the site under its base path, as a static host does', async () => {
    expect(await get('/cx/')).toEqual({ status: 200, body: '<h1>Home</h1>', location: null });
    expect(await get('/cx/journeys/signup/')).toEqual({ status: 200, body: '<h1>Sign-up</h1>', location: null });
    expect(await get('/cx/journeys/signup')).toEqual({ status: 301, body: '', location: '/cx/journeys/signup/' });
    expect(await get('/cx')).toEqual({ status: 301, body: '', location: '/cx/' });
  });

  it.each([
    ['a truncated escape', '/cx/%E0%A4%A'],
    ['an escaped slash', '/cx/..%2f'],
    ['escaped slashes out of the site', '/cx/..%2f..%2fjourneykit-preview-secret.txt'],
    ['escaped dots out of the site', '/cx/%2e%2e/journeykit-preview-secret.txt'],
    ['an invalid escape', '/cx/journeys/%ZZ'],
    ['a NUL', '/cx/%00'],
    ['a path too long for the file system', `/cx/${'a'.repeat(5000)}`],
    ['a path outside the base', '/elsewhere/'],
  ])('answers %s with the 404 page', async (_what, path) => {
    expect(await get(path)).toEqual({ status: 404, body: '<h1>Not found</h1>', location: null });
  });
});
