import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

/** The version of an installed package, read from its package.json without importing it. */
export function installedVersion(name: string): string {
  const file = findPackageJSON(name, import.meta.url);
  if (file === undefined) throw new Error(`Cannot find the package.json of ${name}.`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
