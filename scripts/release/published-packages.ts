import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './manifest.ts';

/** A package of the workspace: its folder and its package.json. */
export interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

/**
 * The packages this repository publishes: every package under `packages/` that is not private.
 * Examples and sites are private and never published.
 */
export function publishedPackages(root: string): WorkspacePackage[] {
  const folder = join(root, 'packages');
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
    .filter(({ manifest }) => manifest.private !== true);
}
