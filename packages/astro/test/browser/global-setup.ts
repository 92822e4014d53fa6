import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build-site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built example report, ending in its base path `/reports/`. */
    siteUrl: string;
  }
}

const workspace = fileURLToPath(new URL('../../../../examples/b2b-saas/', import.meta.url));

/**
 * Builds the B2B SaaS example under the base path /reports/ into a temporary folder and serves it
 * for every browser test; the teardown stops the server and deletes the folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'journeykit-browser-'));
  try {
    const out = join(dir, 'site');
    await buildSite({ workspace, out, base: '/reports/', site: 'https://journeys.example.com' });
    const server = await serveStatic(out, '/reports/');
    project.provide('siteUrl', server.url);
    return async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
