import { builtinModules } from 'node:module';

// `import x from 'y'`, `import 'y'`, `export * from 'y'`, `import { a, type B } from 'y'`; not
// `import type` or `export type`, which never reach the runtime.
const staticImport = /(?:^|[\s;}])(?:import|export)(?!\s+type[\s{*])(?:\s*[^'"`;()]*?\sfrom)?\s*['"]([^'"\s]+)['"]/g;
const dynamicImport = /\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/g;

/**
 * The module specifiers a JavaScript, TypeScript or Astro file imports at run time, in order,
 * each once. A regular expression is enough for code we compile or write ourselves.
 */
export function runtimeImports(source: string): string[] {
  const found = [...source.matchAll(staticImport), ...source.matchAll(dynamicImport)].map((match) => match[1]!);
  return [...new Set(found)];
}

/**
 * The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a
 * relative path, a Node built-in or a virtual module (`virtual:…`, Astro's `astro:…`).
 */
export function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || /^[a-z]+:/.test(specifier) || builtinModules.includes(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
