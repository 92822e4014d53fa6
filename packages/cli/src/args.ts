import { closest } from '@journeykit/core';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './io.ts';

/** Asked for by `-h` or `--help` after a command: main prints that command's help and exits 0. */
export class HelpRequest extends Error {}

const help = { help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/**
 * Parses a command's arguments with Node's parser: `--help` asks for the command's help; unknown
 * options (named with the ones that exist) and extra positionals are usage errors.
 */
export function parseCommand<const Options extends ParseArgsOptionsConfig>(args: string[], options: Options, maxPositionals = 1) {
  const all = { ...options, ...help };
  // Read leniently first, so that an unknown option is named with the options that do exist.
  const { tokens } = parseArgs({ args, options: all, allowPositionals: true, strict: false, tokens: true });
  const unknown = tokens.find((token) => token.kind === 'option' && !Object.hasOwn(all, token.name));
  if (unknown?.kind === 'option') throw new UsageError(unknownOption(unknown.rawName, all));
  const parsed = parseArgs({ args, options: all, allowPositionals: true, strict: true });
  if ((parsed.values as { help?: boolean }).help === true) throw new HelpRequest();
  if (parsed.positionals.length > maxPositionals) throw new UsageError(`Unexpected argument "${parsed.positionals[maxPositionals]}".`);
  return parsed as ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true }>>;
}

/** `Unknown option "--fromat". Did you mean "--format"? The options are: -f, --format; -h, --help.` */
function unknownOption(rawName: string, options: ParseArgsOptionsConfig): string {
  const names = Object.keys(options).map((name) => `--${name}`);
  const suggestion = rawName.startsWith('--') ? closest(rawName, names) : undefined;
  const listed = Object.entries(options).map(([name, option]) => (option.short === undefined ? `--${name}` : `-${option.short}, --${name}`));
  return `Unknown option "${rawName}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`} The options are: ${listed.join('; ')}.`;
}
