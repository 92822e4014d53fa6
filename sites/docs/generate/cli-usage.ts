// Reads the CLI's own `--help` text into commands, options and exit codes, so the reference lists
// whatever commands the CLI has, including ones added after this was written.

/** An option as the usage text shows it: `--out <folder>` and what it does. */
export interface UsageOption {
  /** The flag, like `--out`. */
  flag: string;
  /** The flag as written, with its value, like `--out <folder>`. */
  syntax: string;
  description: string;
}

/** A command of the usage text. */
export interface UsageCommand {
  /** Its name, one word or more, like `check` or `import mermaid`. */
  name: string;
  /** Its arguments as written, like `[dir]`. */
  args: string;
  summary: string;
  /** Its lines of the usage text, verbatim. */
  text: string;
  options: UsageOption[];
  /** Its own exit codes, when the usage text gives them (`diff: 0 no changes, …`); else the global ones apply. */
  exitCodes?: ExitCode[];
}

/** An exit code and what it means. */
export interface ExitCode {
  code: number;
  meaning: string;
}

/** The whole usage text, read. */
export interface Usage {
  synopsis: string;
  commands: UsageCommand[];
  globalOptions: UsageOption[];
  exitCodes: ExitCode[];
}

// A flag starts a word: the "-decay" of "time-decay" is not one.
const flagPattern = /(?<![\w-])(--?[a-zA-Z][\w-]*)((?: |=)(?:<[^>]+>|\/\S*\/|[a-z]+(?:\|[a-z]+)+))?/g;

/** Splits a usage text into its sections: a header line `Name:` at the margin, then indented lines. */
function sections(usage: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of usage.split('\n')) {
    const header = /^([A-Z][\w ]*):\s*(.*)$/.exec(line);
    if (header !== null) {
      current = header[2] === '' ? [] : [header[2]!];
      result.set(header[1]!.toLowerCase(), current);
    } else if (line.trim() !== '') {
      current?.push(line);
    }
  }
  return result;
}

/** Options written one per line: `  --out <folder>   Where to write it.` or `  -h, --help  Show this help.` */
function optionLine(line: string): UsageOption | undefined {
  const match = /^\s*((?:-{1,2}[\w-]+(?:[ =]\S+)?)(?:,\s*-{1,2}[\w-]+(?:[ =]\S+)?)*)\s{2,}(\S.*)$/.exec(line);
  if (match === null) return undefined;
  const flags = [...match[1]!.matchAll(flagPattern)];
  const long = flags.find((flag) => flag[1]!.startsWith('--')) ?? flags[0]!;
  return { flag: long[1]!, syntax: match[1]!, description: match[2]!.trim() };
}

/** Flags only mentioned, as in `--port <n>, --host, --base`; `(default: …)` right after one is kept. */
function mentionedOptions(text: string): UsageOption[] {
  return [...text.matchAll(new RegExp(`${flagPattern.source}(\\s*\\((?:default|required)[^)]*\\))?`, 'g'))].map((match) => ({
    flag: match[1]!,
    syntax: `${match[1]}${match[2] ?? ''}`,
    // "(default: dist)" becomes "Default: dist."
    description: (match[3] ?? '').trim().replace(/^\((.)(.*)\)$/, (_, first: string, rest: string) => `${first.toUpperCase()}${rest}.`),
  }));
}

function commandOf(lines: string[]): UsageCommand {
  const [first, ...rest] = lines as [string, ...string[]];
  const [head = '', firstSummary = ''] = first.trim().split(/\s{2,}/, 2);
  const words = head.split(/\s+/);
  const split = words.findIndex((word) => /^[[<-]/.test(word));
  const name = (split === -1 ? words : words.slice(0, split)).join(' ');
  const args = split === -1 ? '' : words.slice(split).join(' ');
  const options: UsageOption[] = [];
  const add = (option: UsageOption): UsageOption => {
    const known = options.find((existing) => existing.flag === option.flag);
    if (known === undefined) options.push(option);
    else if (known.description === '') known.description = option.description;
    return known ?? option;
  };
  // Lines under a command: its summary when it did not fit beside the name, options one per line,
  // lists of options, and the continued descriptions of options.
  const summary = firstSummary === '' ? [] : [firstSummary];
  let last: UsageOption | undefined;
  for (const line of rest) {
    const text = line.trim();
    if (text.startsWith('-')) {
      const option = optionLine(line);
      if (option !== undefined) last = add(option);
      else {
        mentionedOptions(text).forEach(add);
        last = undefined;
      }
    } else if (last !== undefined) {
      last.description = `${last.description} ${text}`;
    } else {
      summary.push(text);
    }
  }
  const summaryText = summary.join(' ');
  mentionedOptions(summaryText).forEach(add);
  return { name, args, summary: summaryText, text: lines.join('\n'), options };
}

/** Exit codes written as `0 no errors, 1 errors found, 2 …`. */
function exitCodesOf(text: string): ExitCode[] {
  return text
    .trim()
    .replace(/\.$/, '')
    .split(/,\s*(?=\d+\s)/)
    .map((part) => /^(\d+)\s+(.*)$/.exec(part.trim()))
    .filter((match) => match !== null)
    .map((match) => ({ code: Number(match[1]), meaning: match[2]! }));
}

/** Reads a usage text, as `journeykit --help` prints it. */
export function parseUsage(usage: string): Usage {
  const parts = sections(usage);
  const commandLines = parts.get('commands') ?? [];
  const indent = Math.min(...commandLines.map((line) => /^\s*/.exec(line)![0].length));
  const commands: string[][] = [];
  for (const line of commandLines) {
    if (/^\s*/.exec(line)![0].length === indent) commands.push([line]);
    else commands.at(-1)?.push(line);
  }
  const parsed = commands.map(commandOf);
  // An option described once (like --base under `build`) explains the same option only named elsewhere.
  const described = parsed.flatMap((command) => command.options).filter((option) => option.description !== '');
  for (const option of parsed.flatMap((command) => command.options)) {
    if (option.description !== '') continue;
    const same = described.find((other) => other.flag === option.flag);
    if (same === undefined) continue;
    option.description = same.description;
    if (option.syntax === option.flag) option.syntax = same.syntax;
  }
  // The first line of exit codes applies to every command; lines like `diff: 0 no changes, …` to one.
  const exitLines: string[] = [];
  for (const line of parts.get('exit codes') ?? []) {
    const own = /^\s*([a-z][\w -]*):\s*(.*)$/.exec(line);
    const command = own === null ? undefined : parsed.find((candidate) => candidate.name === own[1]);
    if (command !== undefined) command.exitCodes = exitCodesOf(own![2]!);
    else if (exitLines.length === 0 || own === null) exitLines.push(line);
  }
  return {
    synopsis: (parts.get('usage') ?? []).join(' ').trim(),
    commands: parsed,
    globalOptions: (parts.get('options') ?? []).map(optionLine).filter((option) => option !== undefined),
    exitCodes: exitCodesOf(exitLines.join(' ')),
  };
}
