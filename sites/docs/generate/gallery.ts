// The gallery: each example workspace's report site, built by the CLI as users build theirs, and
// published inside the docs under gallery/<name>/.
import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleWorkspaces } from './examples.ts';
import { galleryBuild, repoRoot } from './paths.ts';
import { runCli } from './run-cli.ts';

/** Where an example's site is served, under the docs' root. */
export const galleryPath = (name: string) => `/gallery/${name}/`;

/**
 * Builds every example's site into `.gallery/<name>/`, two at a time (each in its own process, as
 * the CLI builds them); resolves with how long each took.
 */
export async function buildGallery(site: string): Promise<{ name: string; seconds: number }[]> {
  // Sites of examples removed since the last build must not linger in the gallery.
  await rm(galleryBuild, { recursive: true, force: true });
  const queue = exampleWorkspaces();
  const built: { name: string; seconds: number }[] = [];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const started = performance.now();
      const args = ['build', `examples/${name}`, '--out', join(galleryBuild, name), '--base', galleryPath(name), '--site', site];
      const { exit, output } = await runCli(args, repoRoot);
      if (exit !== 0) throw new Error(`The gallery site of examples/${name} failed to build (exit code ${exit}):\n${output}`);
      built.push({ name, seconds: (performance.now() - started) / 1000 });
    }
  };
  await Promise.all([worker(), worker()]);
  return built.sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether a link into the gallery points at a page of a built example site. */
export function galleryPageExists(link: string): boolean {
  const path = link.split(/[?#]/)[0]!.replace(/^\/gallery\//, '');
  const file = join(galleryBuild, path);
  return existsSync(path.endsWith('/') || path === '' ? join(file, 'index.html') : file);
}

/** Copies the built example sites into the docs output, under gallery/. */
export async function copyGallery(outDir: string): Promise<void> {
  for (const name of exampleWorkspaces()) {
    const from = join(galleryBuild, name);
    if (!existsSync(from)) throw new Error(`The gallery site of examples/${name} is missing from ${from}.`);
    const to = join(outDir, 'gallery', name);
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true });
  }
}
