import type { ResolvedConfig } from 'vite';
import { expect, it } from 'vitest';
import type { SiteData } from './site-data.ts';
import { dataModuleId, dataPlugin } from './vite-plugin.ts';

it('serves the sites as a module without a source map, which would repeat all of their text', () => {
  const site = { root: '/', prefix: '/', search: false, title: 'Ünïcode </script>' } as unknown as SiteData;
  const plugin = dataPlugin(() => site);
  // Plain functions here, not Vite's object hooks.
  const hooks = plugin as unknown as { configResolved(config: Pick<ResolvedConfig, 'plugins'>): void; resolveId(id: string): string | undefined; load(id: string): unknown };
  hooks.configResolved({ plugins: [plugin] as ResolvedConfig['plugins'] });
  const id = hooks.resolveId(dataModuleId)!;
  expect(hooks.load(id)).toEqual({ code: `export const sites = JSON.parse(${JSON.stringify(JSON.stringify([site]))});`, map: { mappings: '' } });
});
