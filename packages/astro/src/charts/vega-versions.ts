import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

let versions: { vega: string; vegaLite: string } | undefined;

/**
 * The installed versions of Vega and Vega-Lite, read from their package.json files: importing
 * them only to ask would load both on the thread that keys charts, a quarter of a second of
 * every build, though a rebuild renders nothing with them.
 */
export function vegaVersions(): { vega: string; vegaLite: string } {
  versions ??= { vega: installedVersion('vega'), vegaLite: installedVersion('vega-lite') };
  return versions;
}

function installedVersion(name: string): string {
  const file = findPackageJSON(name, import.meta.url);
  if (file === undefined) throw new Error(`Cannot find the package.json of ${name}.`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
