import { expect, test } from 'vitest';
import { parseUsage } from '../generate/cli-usage.ts';

// Commands other branches add must show up in the reference whatever their shape: several words,
// a summary on its own lines, wrapped option descriptions, exit codes of their own.
const usage = `Usage: journeykit <command> [options]

Commands:
  check [dir]   Check the workspace in dir (default: the current folder).
                --format pretty|json|github   How to print problems (default: pretty).
  import mermaid <file>
                Turn a Mermaid journey diagram into a journey definition,
                written next to the others.
                --out <folder>   Where to write it (default: journeys/); never overwrites a
                                 file.
  preview       Serve a built site: --out <folder> (default: dist), --port <n>.

Options:
  -h, --help     Show this help.

Exit codes: 0 no errors, 1 errors found, 2 the command was used wrongly.
import mermaid: 0 written, 1 the diagram has errors, 2 wrong usage.
`;

test('reads every command with its arguments, summary and options', () => {
  const { commands } = parseUsage(usage);
  expect(commands.map((command) => [command.name, command.args])).toEqual([
    ['check', '[dir]'],
    ['import mermaid', '<file>'],
    ['preview', ''],
  ]);
  const [check, mermaid, preview] = commands;
  expect(check?.options).toEqual([{ flag: '--format', syntax: '--format pretty|json|github', description: 'How to print problems (default: pretty).' }]);
  expect(mermaid?.summary).toBe('Turn a Mermaid journey diagram into a journey definition, written next to the others.');
  expect(mermaid?.options).toEqual([{ flag: '--out', syntax: '--out <folder>', description: 'Where to write it (default: journeys/); never overwrites a file.' }]);
  expect(preview?.options.map((option) => [option.syntax, option.description])).toEqual([
    ['--out <folder>', 'Default: dist.'],
    ['--port <n>', ''],
  ]);
});

test('reads the exit codes, and those of a command that has its own', () => {
  const parsed = parseUsage(usage);
  expect(parsed.exitCodes).toEqual([
    { code: 0, meaning: 'no errors' },
    { code: 1, meaning: 'errors found' },
    { code: 2, meaning: 'the command was used wrongly' },
  ]);
  expect(parsed.commands[1]?.exitCodes?.map((exit) => exit.code)).toEqual([0, 1, 2]);
  expect(parsed.commands[0]?.exitCodes).toBeUndefined();
  expect(parsed.globalOptions).toEqual([{ flag: '--help', syntax: '-h, --help', description: 'Show this help.' }]);
});

test('reads no flag out of a hyphenated word in a description', () => {
  const parsed = parseUsage(`Usage: journeykit <command> [options]

Commands:
  sql [dir]     Print the SQL.
                --half-life <days> For attribution: the time-decay half-life (default: 7).

Options:
  -h, --help     Show this help.
`);
  expect(parsed.commands[0]?.options.map((option) => option.flag)).toEqual(['--half-life']);
});
