import { cp, readFile, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import type { Manifest } from './manifest.ts';
import type { Packed } from './pack.ts';

/**
 * Writes a project outside the repository that depends on the packed tarballs as a user's would,
 * plus Astro, TypeScript and Node's types at the versions the repository uses; copies the files
 * of scripts/packed-project and the example workspaces into it.
 */
export async function writeScratchProject(root: string, dir: string, packed: readonly Packed[]): Promise<void> {
  const rootManifest = await manifest(join(root, 'package.json'));
  const cli = await manifest(join(root, 'packages/cli/package.json'));
  const tarballs = Object.fromEntries(packed.map((pkg) => [pkg.manifest.name, `file:${pkg.tarball}`]));
  const project = {
    name: 'journeykit-packed-test',
    private: true,
    type: 'module',
    dependencies: { ...tarballs, astro: cli.dependencies?.['astro'] },
    devDependencies: { typescript: rootManifest.devDependencies?.['typescript'], '@types/node': rootManifest.devDependencies?.['@types/node'] },
    // The packages depend on each other by version; those versions are the tarballs, not the registry's.
    pnpm: { overrides: tarballs, onlyBuiltDependencies: ['esbuild'] },
  };
  await cp(join(root, 'scripts/packed-project'), dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
  for (const example of ['b2b-saas', 'ecommerce']) {
    const from = join(root, 'examples', example);
    // Only the workspace: its package.json and tsconfig.json belong to this repository.
    await cp(from, join(dir, 'workspaces', example), {
      recursive: true,
      filter: (path) => !['node_modules', 'package.json', 'tsconfig.json'].includes(relative(from, path).split(/[\\/]/)[0]!),
    });
  }
}

// What `pnpm run` tells a script about the repository's package and run; the user's own settings
// (npm_config_registry, a proxy, a CA file) stay.
const runVariables = /^(npm_package_|npm_lifecycle_|npm_command$|npm_execpath$|npm_node_execpath$|npm_config_(user_agent|reporter|frozen_lockfile)$|pnpm_script_src_dir$|pnpm_package_name$)/i;

/**
 * The environment for commands in the scratch project: this script's Node first on the PATH,
 * nothing of the repository's (its node_modules/.bin, the variables of `pnpm run`), no telemetry.
 */
export function scratchEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!runVariables.test(key)) env[key] = value;
  }
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((entry) => entry !== '' && relative(root, resolve(entry)).startsWith('..'));
  env['PATH'] = [dirname(process.execPath), ...path].join(delimiter);
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return env;
}

async function manifest(path: string): Promise<Manifest> {
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}
