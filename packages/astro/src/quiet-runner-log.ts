import type { Plugin } from 'vite';

/**
 * Leaves out the line each of Vite's server-side module runners logs when it connects to the dev
 * server ("[vite] connected."): Astro runs one per server environment, so the line came twice,
 * and it tells nothing a user can act on, as no browser is what connected. Runners log through
 * their environment's logger, which names the environment: a browser's messages never do.
 * For `devSite`, which owns its Astro project; an integration leaves a user's own log alone.
 *
 * @example
 * dev({ root, vite: { plugins: [quietRunnerConnections()] } });
 */
export function quietRunnerConnections(): Plugin {
  return {
    name: 'journeykit:quiet-runner-connections',
    apply: 'serve',
    configResolved({ logger }) {
      const info = logger.info.bind(logger);
      logger.info = (message, options) => {
        if (message === 'connected.' && options?.environment !== undefined) return;
        info(message, options);
      };
    },
  };
}
