import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

// Browser tests: build the B2B SaaS example once, serve it, and drive Chromium through it.
// Run with `pnpm test:browser` after `pnpm exec tsc -b` (Astro loads @journeykit/core's build).
// The files end in .e2e.ts so the package's unit test run (vitest.config.ts) does not pick them up.
export default defineConfig({
  ...packageProject('astro-browser', {
    include: ['test/browser/**/*.e2e.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  }),
  root: fileURLToPath(new URL('.', import.meta.url)),
});
