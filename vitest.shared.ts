import { configDefaults, defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The Vitest project of a package: tests run on its sources through the `@journeykit/source`
 * condition, in Vite and in the Node workers alike.
 */
export function packageProject(name: string, test: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { conditions: ['@journeykit/source'] },
    ssr: { resolve: { conditions: ['@journeykit/source'] } },
    test: {
      name,
      // Node imports TypeScript definitions itself (see import-definition.ts); with the source
      // condition, definitions that import @journeykit/core get its source, not a build. The
      // site's charts and published sites modules are imported by Node too, as the pages Astro
      // builds import them: both must get the one instance (see shared-modules-plugin.ts, vite-plugin.ts).
      server: { deps: { external: [/load\/import-definition\.ts$/, /charts\/rendered-charts\.ts$/, /src\/published-sites\.ts$/] } },
      execArgv: ['--conditions=@journeykit/source'],
      exclude: configDefaults.exclude,
      ...test,
    },
  });
}
