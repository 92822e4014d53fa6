import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@journeykit/source'] },
  ssr: { resolve: { conditions: ['@journeykit/source'] } },
  test: {
    // Node imports TypeScript definitions itself (see import-definition.ts); with the source
    // condition, definitions that import @journeykit/core get its source, not a build.
    server: { deps: { external: [/load\/import-definition\.ts$/] } },
    execArgv: ['--conditions=@journeykit/source'],
    name: 'cli',
    // Site builds take seconds each.
    testTimeout: 120_000,
  },
});
