// The packed-tarball test: packs the published packages, checks what they hold, installs them in
// a scratch project outside the repository as a user would, then uses them there: the library,
// its types, the CLI and an ordinary Astro site with the integration. `pnpm test:packed` builds
// first. Keeps the scratch folder when a step fails, or with --keep, and says where it is.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndCheck } from './release/pack-and-check.ts';
import { pnpm, run } from './release/run.ts';
import { scratchEnv, writeScratchProject } from './release/scratch-project.ts';
import { ownTypeErrors } from './release/type-errors.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'journeykit-packed-'));
assert.ok(relative(root, scratch).startsWith('..'), `The scratch folder ${scratch} must be outside the repository.`);
const tarballs = join(scratch, 'tarballs');
const project = join(scratch, 'project');
const env = scratchEnv(root);
const started = performance.now();
let passed = 0;

/** Runs one step, timed; says which failed. */
async function step(name: string, body: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await body();
  passed += 1;
  console.log(`ok ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

/** Runs a command of the scratch project, on this script's Node. */
function inProject(command: string, args: readonly string[]) {
  return run(command, args, { cwd: project, env });
}

function page(path: string): string {
  const file = join(project, path);
  assert.ok(existsSync(file), `${file} was not built.`);
  return readFileSync(file, 'utf8');
}

try {
  let packed: Awaited<ReturnType<typeof packAndCheck>> = [];
  await step('pack the packages and check their contents', async () => {
    await mkdir(tarballs);
    packed = await packAndCheck(root, tarballs, (line) => console.log(`  ${line}`));
  });

  await step('install the tarballs, Astro and TypeScript from the registry in a scratch project', async () => {
    await mkdir(project);
    await writeScratchProject(root, project, packed);
    const { command, prefix } = pnpm();
    // No lockfile to freeze: under CI=true pnpm would insist on one.
    await inProject(command, [...prefix, 'install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
  });

  await step('import @journeykit/core and @journeykit/core/node, and load a TypeScript workspace', async () => {
    const { stdout } = await inProject(process.execPath, ['library.ts']);
    assert.match(stdout, /^nps 20; 2 journeys loaded/);
  });

  await step("type-check a TypeScript file against the installed declarations, with the project's tsc", async () => {
    // skipLibCheck is off so our declarations are checked too; only their errors and ours count.
    const tsc = ['node_modules/typescript/bin/tsc', '-p', '.', '--pretty', 'false', '--listFiles'];
    const { stdout } = await run(process.execPath, tsc, { cwd: project, env, mayFail: true });
    const errors = ownTypeErrors(stdout);
    assert.deepEqual(errors, [], `tsc found errors:\n${errors.join('\n')}`);
    for (const types of ['@journeykit/core/dist/index.d.ts', '@journeykit/core/dist/node.d.ts', '@journeykit/astro/dist/index.d.ts', 'journeykit/dist/main.d.ts']) {
      assert.ok(stdout.includes(`/node_modules/${types}\n`), `tsc did not read ${types}: the types did not resolve.`);
    }
  });

  await step('journeykit --version and check', async () => {
    const version = packed.find((pkg) => pkg.manifest.name === 'journeykit')!.manifest.version;
    assert.equal((await inProject(join(project, 'node_modules/.bin/journeykit'), ['--version'])).stdout.trim(), version);
    const { stdout } = await inProject(join(project, 'node_modules/.bin/journeykit'), ['check', 'workspaces/b2b-saas']);
    assert.match(stdout, /workspaces\/b2b-saas: 2 journeys/);
  });

  await step('journeykit build', async () => {
    await inProject(join(project, 'node_modules/.bin/journeykit'), ['build', 'workspaces/b2b-saas', '--out', 'report']);
    assert.match(page('report/index.html'), /<html/);
  });

  await step('astro build of a site with the @journeykit/astro integration', async () => {
    await inProject(join(project, 'node_modules/.bin/astro'), ['build']);
    assert.match(page('dist/index.html'), /<h1>Our site<\/h1>/);
    assert.match(page('dist/journeys/index.html'), /Northwind Outfitters/);
    // The package's stylesheet, its components and its search index come along.
    assert.match(page('dist/journeys/journeys/first-purchase/index.html'), /<link rel="stylesheet"|<style/);
    assert.ok(existsSync(join(project, 'dist/pagefind/pagefind.js')), 'The site has no search index.');
  });

  console.log(`\nThe packed packages work, in ${((performance.now() - started) / 1000).toFixed(0)} s.\n${passed} passed, 0 failed`);
  if (!process.argv.includes('--keep')) await rm(scratch, { recursive: true, force: true });
  else console.log(`The scratch project is in ${project}.`);
} catch (error) {
  console.error(`\nnot ok: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`\nThe tarballs and the scratch project are in ${scratch}.\n${passed} passed, 1 failed`);
  process.exitCode = 1;
}
