import { join } from 'node:path';
import { expect, it } from 'vitest';
import { devSite } from './build-site.ts';

it('turns off Astro telemetry and its update check before a dev server starts', async () => {
  delete process.env['ASTRO_TELEMETRY_DISABLED'];
  delete process.env['ASTRO_DISABLE_UPDATE_CHECK'];
  // A workspace that does not exist stops the server before it listens; the settings come first.
  await expect(devSite({ workspace: join(import.meta.dirname, 'no-such-workspace'), port: 1, logLevel: 'silent' })).rejects.toThrow();
  expect(process.env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  expect(process.env['ASTRO_DISABLE_UPDATE_CHECK']).toBe('true');
});
