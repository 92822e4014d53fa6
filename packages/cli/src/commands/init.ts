import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { configFileNames } from '@journeykit/core';
import { parseCommand } from '../args.ts';
import { starterFiles } from '../init/starter-files.ts';
import { schemaHints } from '../schema-hint.ts';
import { exit, type Io } from '../io.ts';

/** `journeykit init [dir]`: writes a small, valid, commented workspace; never overwrites a file. */
export async function init(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommand(args, {});
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const shown = relative(io.cwd, dir) || '.';
  const existingConfig = configFileNames.find((name) => existsSync(join(dir, name)));
  const files = starterFiles(schemaHints(dir));
  const taken = existingConfig ?? Object.keys(files).find((path) => existsSync(join(dir, path)));
  if (taken !== undefined) {
    io.stderr.write(`journeykit: ${join(shown, taken)} already exists, so ${shown} is not a new workspace. Nothing was written.\n`);
    return exit.problems;
  }
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text, { flag: 'wx' });
  }
  io.stdout.write(
    `Created a Journeykit workspace in ${shown}:\n${Object.keys(files).map((path) => `  ${path}`).join('\n')}\n\n` +
      `Next: edit journeys/first-purchase.yaml, then run \`journeykit check ${shown}\`.\n`,
  );
  return exit.ok;
}
