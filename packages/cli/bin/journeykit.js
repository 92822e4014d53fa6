#!/usr/bin/env node
// Plain JavaScript so package managers can link the command before the TypeScript is built.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
