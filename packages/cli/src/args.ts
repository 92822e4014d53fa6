import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './io.ts';

/** Parses a command's arguments with Node's parser: unknown options and extra positionals are usage errors. */
export function parseCommand<const Options extends ParseArgsOptionsConfig>(args: string[], options: Options, maxPositionals = 1) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  if (parsed.positionals.length > maxPositionals) throw new UsageError(`Unexpected argument "${parsed.positionals[maxPositionals]}".`);
  return parsed;
}
