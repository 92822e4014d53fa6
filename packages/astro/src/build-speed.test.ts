import { resolveConfig } from 'vite';
import { expect, it } from 'vitest';
import { buildSpeedConfig } from './build-speed.ts';

it('leaves Vite no dependency to pre-bundle, in any environment', async () => {
  const config = await resolveConfig({ configFile: false, logLevel: 'silent', optimizeDeps: { include: ['astro > aria-query'] }, plugins: buildSpeedConfig.vite.plugins }, 'serve');
  expect(config.optimizeDeps.include).toEqual([]);
  for (const environment of Object.values(config.environments)) expect(environment.optimizeDeps.include).toEqual([]);
});
