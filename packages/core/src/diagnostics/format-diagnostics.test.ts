import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from './diagnostic.ts';
import { formatDiagnostics } from './format-diagnostics.ts';
import { splitLines } from './split-lines.ts';

// Counted: the printer must split each file into lines once, not once per diagnostic.
vi.mock('./split-lines.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./split-lines.ts')>();
  return { splitLines: vi.fn(original.splitLines) };
});

const problem = (file: string, line: number, message = 'Bad value.'): Diagnostic => ({ rule: 'schema/invalid-value', severity: 'error', message, file, line, column: 1 });

describe('formatDiagnostics', () => {
  it('splits each file into lines once however many diagnostics point into it', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `key${i}: value`).join('\n');
    const texts = new Map([
      ['journeys/a.yaml', text],
      ['journeys/b.yaml', text],
    ]);
    const diagnostics = Array.from({ length: 5000 }, (_, i) => problem(i % 2 === 0 ? 'journeys/a.yaml' : 'journeys/b.yaml', i + 1));
    vi.mocked(splitLines).mockClear();
    const printed = formatDiagnostics(diagnostics, { texts });
    expect(vi.mocked(splitLines)).toHaveBeenCalledTimes(2);
    expect(printed).toContain('journeys/b.yaml:5000:1 error Bad value. schema/invalid-value\n  4998 | key4997: value\n  4999 | key4998: value\n> 5000 | key4999: value\n');
  });

  it('shows the control characters of definitions instead of sending them to the terminal', () => {
    const text = 'name: "\u001B]0;pwned\u0007\u001B[2J"\ntitle: "a\r::error::forged"\n';
    const diagnostics = [problem('journeys/a.yaml', 1, 'Invalid value "\u001B[31mred\u001B[0m\n::error file=x::forged".'), problem('journeys/a.yaml', 2)];
    const pretty = formatDiagnostics(diagnostics, { texts: new Map([['journeys/a.yaml', text]]) });
    expect(pretty).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(pretty.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(pretty).toContain('journeys/a.yaml:1:1 error Invalid value "␛[31mred␛[0m␊::error file=x::forged". schema/invalid-value');
    expect(pretty).toContain('> 1 | name: "␛]0;pwned␇␛[2J"');
    expect(pretty).toContain('> 2 | title: "a␍::error::forged"');
    const github = formatDiagnostics(diagnostics, { format: 'github' });
    expect(github).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(github.split('\n').filter((line) => line !== '' && !line.startsWith('::error file=journeys/a.yaml,'))).toEqual([]);
  });
});
