import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: build the B2B SaaS example once, serve it, and drive Chromium through it.
// Run with `pnpm test:browser` after `pnpm exec tsc -b` (Astro loads @journeykit/core's build).
// The files end in .e2e.ts so the package's unit test run (vitest.config.ts) does not pick them up.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['@journeykit/source'] },
  ssr: { resolve: { conditions: ['@journeykit/source'] } },
  test: {
    name: 'astro-browser',
    include: ['test/browser/**/*.e2e.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    // Node imports TypeScript definitions itself (see import-definition.ts), as in vitest.config.ts.
    server: { deps: { external: [/load\/import-definition\.ts$/] } },
    execArgv: ['--conditions=@journeykit/source'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
