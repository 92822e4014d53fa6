import type { ResolvedConfig } from 'vite';
import { expect, it } from 'vitest';
import { carried, releaseSites } from './published-sites.ts';
import type { SiteData } from './site-data.ts';
import { dataModuleId, dataPlugin } from './vite-plugin.ts';

it('serves the sites to `astro dev` as a module without a source map, which would repeat all of their text', () => {
  const site = { root: '/', prefix: '/', search: false, title: 'Ünïcode </script>' } as unknown as SiteData;
  const plugin = dataPlugin(() => site);
  // Plain functions here, not Vite's object hooks.
  const hooks = plugin as unknown as { configResolved(config: Pick<ResolvedConfig, 'plugins' | 'command'>): void; resolveId(this: { environment: { name: string } }, id: string): string | undefined; load(id: string): unknown };
  hooks.configResolved({ plugins: [plugin] as ResolvedConfig['plugins'], command: 'serve' });
  const id = hooks.resolveId.call({ environment: { name: 'ssr' } }, dataModuleId)!;
  expect(hooks.load(id)).toEqual({ code: `export const sites = JSON.parse(${JSON.stringify(JSON.stringify([site]))});`, map: { mappings: '' } });
});

it('has a build read the sites this process holds from a module it does not bundle', async () => {
  const { site } = carried({ root: '/', prefix: '/', search: false, editBase: undefined, title: 'Ünïcode </script>' } as unknown as SiteData);
  const plugin = dataPlugin(() => site);
  const hooks = plugin as unknown as { configResolved(config: Pick<ResolvedConfig, 'plugins' | 'command'>): void; resolveId(this: { environment: { name: string } }, id: string): unknown };
  hooks.configResolved({ plugins: [plugin] as ResolvedConfig['plugins'], command: 'build' });
  // Pages of a server build rendered on demand run long after this process: they get the JSON module.
  expect(hooks.resolveId.call({ environment: { name: 'ssr' } }, dataModuleId)).toBe(`\0${dataModuleId}`);
  const resolved = hooks.resolveId.call({ environment: { name: 'prerender' } }, dataModuleId) as { id: string; external: boolean };
  expect(resolved).toEqual({ id: new URL('./published-sites.ts', import.meta.url).href, external: true });
  const published = (await import(resolved.id)) as typeof import('./published-sites.ts');
  expect(published.sites).toEqual([site]);
  expect(published.sites[0]).toBe(site);
  releaseSites();
  expect(published.sites).toEqual([]);
});

it('carries a site as the data module of astro dev does, through JSON: a copy, without what JSON leaves out', () => {
  const site = { root: '/', prefix: '/', editBase: undefined, builtAt: '2026-12-06', when: new Date('2026-12-06T00:00:00Z') } as unknown as SiteData;
  const { site: copy, json } = carried(site);
  expect(copy).not.toBe(site);
  expect(copy).toStrictEqual({ root: '/', prefix: '/', builtAt: '2026-12-06', when: '2026-12-06T00:00:00.000Z' });
  expect(JSON.parse(json)).toStrictEqual(copy);
});
