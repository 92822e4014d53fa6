// The root typedoc.json stays the one place for TypeDoc settings; the docs take them from it,
// except where the pages go (starlight-typedoc writes them into the content collection).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** The root TypeDoc settings, with their paths made absolute, for starlight-typedoc. */
export function rootTypeDocOptions() {
  const { $schema, out, tsconfig, entryPoints, plugin = [], ...options } = JSON.parse(readFileSync(resolve(root, 'typedoc.json'), 'utf8'));
  return {
    entryPoints: (entryPoints as string[]).map((entry) => resolve(root, entry)),
    tsconfig: resolve(root, tsconfig as string),
    typeDoc: { ...options, plugin: (plugin as string[]).map((path) => (path.startsWith('.') ? resolve(root, path) : path)) },
  };
}
