import { installedVersion } from '../installed-version.ts';

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
