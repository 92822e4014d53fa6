#!/usr/bin/env node
// Plain JavaScript so package managers can link the command before the TypeScript is built.
// The package imports itself by name: Node picks dist/, or src/ under --conditions=@journeykit/source.
import { main } from 'journeykit';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
