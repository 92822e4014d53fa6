// The CLI reference, generated from the CLI's own usage text and from real runs of it.
import type { CliRun } from './run-cli.ts';
import type { Usage, UsageCommand } from './cli-usage.ts';
import { code, generatedNote, inlineCode, page, table } from './markdown.ts';

/** A run as a console session: the command line, then what it printed. */
export function session(run: CliRun): string {
  return code('console', `$ ${run.run}\n${run.output.replace(/\n$/, '')}`, run.exit === 0 ? '' : `title=${JSON.stringify(`exit code ${run.exit}`)}`);
}

/** The command a run belongs to: the longest command name its arguments start with. */
export function commandOf(run: CliRun, commands: readonly UsageCommand[]): UsageCommand | undefined {
  const words = run.run.trim().split(/\s+/).slice(1).join(' ');
  return [...commands]
    .sort((a, b) => b.name.length - a.name.length)
    .find((command) => words === command.name || words.startsWith(`${command.name} `));
}

function commandSection(command: UsageCommand, usage: Usage, runs: CliRun[]): string {
  const options = command.options.length === 0
    ? 'No options.'
    : table(['Option', 'Meaning'], command.options.map((option) => [inlineCode(option.syntax), option.description || '—']));
  const exits = table(['Exit code', 'Meaning'], (command.exitCodes ?? usage.exitCodes).map(({ code: exit, meaning }) => [inlineCode(String(exit)), meaning]));
  return [
    `## ${inlineCode(`journeykit ${command.name}`)}`,
    command.summary,
    code('text', `journeykit ${command.name}${command.args === '' ? '' : ` ${command.args}`}`),
    '### Options',
    options,
    '### Exit codes',
    exits,
    ...(runs.length === 0 ? [] : ['### Real output', 'Printed by the CLI when these docs were built:', ...runs.map(session)]),
  ].join('\n\n');
}

/** The CLI reference page: the usage text, then a section per command with its real output. */
export function cliPage(usageText: string, usage: Usage, runs: CliRun[]): string {
  if (usage.commands.length === 0) throw new Error(`Found no commands in the output of "journeykit --help": has its format changed? It printed:\n${usageText}`);
  const byCommand = new Map(usage.commands.map((command) => [command, [] as CliRun[]]));
  const general: CliRun[] = [];
  for (const run of runs) {
    const command = commandOf(run, usage.commands);
    if (command === undefined) general.push(run);
    else byCommand.get(command)!.push(run);
  }
  return page(
    { title: 'Command line', description: 'Every journeykit command, its options and exit codes, with real output.', editUrl: false, sidebar: { order: 10 } },
    [
      generatedNote('the output of journeykit --help and real runs of the CLI'),
      `The ${inlineCode('journeykit')} command checks workspaces and builds their report sites. Install it in a project with ${inlineCode('npm install --save-dev journeykit')} and run it with ${inlineCode('npx journeykit')}, or from a script of your ${inlineCode('package.json')}.`,
      code('text', usageText.replace(/\n$/, ''), 'title="journeykit --help"'),
      '## Global options',
      table(['Option', 'Meaning'], usage.globalOptions.map((option) => [inlineCode(option.syntax), option.description])),
      '## Exit codes',
      'Commands end with one of these, so scripts and CI can act on the result; a command with codes of its own lists them in its section.',
      table(['Exit code', 'Meaning'], usage.exitCodes.map(({ code: exit, meaning }) => [inlineCode(String(exit)), meaning])),
      ...(general.length === 0 ? [] : general.map(session)),
      ...usage.commands.map((command) => commandSection(command, usage, byCommand.get(command)!)),
    ].join('\n\n'),
  );
}
