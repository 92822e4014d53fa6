// `pnpm docs`: builds the docs with Astro and fails when anything printed a warning, so the docs
// stay free of them. The log is shown as it comes; the warnings are listed again at the end.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { warningsIn } from '../generate/warnings.ts';
import { docsRoot } from '../generate/paths.ts';

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = resolve(dirname(astroPackage), 'bin/astro.mjs');

/**
 * The environment of a production build, whoever runs it: a test runner sets NODE_ENV and Vite's
 * own variables (MODE, DEV, …), which would make Starlight publish draft pages (the 404 is one).
 */
function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

const started = performance.now();
const child = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  cwd: docsRoot,
  env: productionEnv(),
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (chunk: Buffer) => {
  log += chunk.toString();
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
  log += chunk.toString();
  process.stderr.write(chunk);
});
const code = await new Promise<number>((done) => child.on('close', (exit) => done(exit ?? 1)));
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (code !== 0) {
  console.error(`\nThe docs build failed (exit code ${code}) after ${seconds} s.`);
  process.exit(code);
}
const warnings = warningsIn(log);
if (warnings.length > 0) {
  console.error(`\nThe docs build printed ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, and must print none:\n${warnings.map((line) => `  ${line.trim()}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nBuilt the docs in ${seconds} s with no warnings: sites/docs/dist. Browse them with: pnpm --filter @journeykit-sites/docs preview`);
