import type { AstroInlineConfig } from 'astro';
import type { Plugin } from 'vite';

// Astro asks Vite to pre-bundle the dev toolbar's CommonJS dependencies, and the type sync that
// opens every build starts a dev server that does it. Each build runs in a new root, so nothing
// is ever cached: 200–270 ms of every build, for a toolbar a build never shows.
const noDependencyPrebundling: Plugin = {
  name: 'journeykit:no-dependency-prebundling',
  configResolved(config) {
    for (const options of [config, ...Object.values(config.environments)]) options.optimizeDeps.include = [];
  },
};

/**
 * The Astro settings `journeykit build` adds for speed; none changes a byte of the pages.
 * - Four pages at a time: rendering one page overlaps writing the others. One at a time, the
 *   thread sat idle most of the page phase, waiting for the file system.
 * - No dependency pre-bundling, which only the dev server uses.
 */
export const buildSpeedConfig = {
  build: { concurrency: 4 },
  vite: { plugins: [noDependencyPrebundling] },
} satisfies AstroInlineConfig;
