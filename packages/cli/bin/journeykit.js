#!/usr/bin/env node
// Plain JavaScript so package managers can link the command before the TypeScript is built.
// The package imports itself by name: Node picks dist/, or src/ under --conditions=@journeykit/source.
import module from 'node:module';

// As `astro` does: code compiled in one run is kept on disk for the next, so Astro, Vite and Vega
// load faster; not in CI, where no later run reads it. Enabled before anything else is imported.
if (!process.env.CI) {
  module.enableCompileCache();
  // `dev` and `preview` run until stopped, and the cache is otherwise written on exit.
  setTimeout(() => module.flushCompileCache(), 10_000).unref();
}

const { main } = await import('journeykit');

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
