import type { ParseResult } from 'papaparse';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvSyntax } from '../diagnostics/rules.ts';
import { countNewlines } from '../text/count-newlines.ts';
import { positionAt } from '../text/position.ts';
import { fieldStart, quoteProblem, spacedQuote, type CsvProblem } from './csv-problems.ts';

/** Takes the rows of a CSV file: the header line's column names, then each row with the line it starts on. */
export interface RowSink {
  /** Takes the header line's column names, trimmed; returns false when the rows are of no use. */
  header(columns: readonly string[]): boolean;
  /** Takes one row's fields, as read, with the line of the file it starts on. */
  add(fields: readonly string[], line: number): void;
}

/**
 * Hands the rows papaparse reads from a file, one parsed stretch of text at a time, to a sink,
 * each with the line it starts on; returns the first problem that makes the file unreadable.
 * Blank lines are skipped, and every row must have as many fields as the header line.
 *
 * @example
 * const rows = csvRows('data/nps.csv', collector, false);
 * const text = 'period,score\n2026-01,9\n';
 * rows.take(text, text.length, Papa.parse(text, { delimiter: ',' })); // collector.add(['2026-01', '9'], 2)
 */
export function csvRows(file: string, sink: RowSink, bom: boolean) {
  let line = 1;
  let columns = -1; // Fields of the header line, once read.
  let usable = false;

  /** The diagnostic for a problem at an offset of `text`, a text that starts on line `start`. */
  const diagnosticAt = ({ reason, offset }: CsvProblem, text: string, start = line): Diagnostic => {
    const position = positionAt(text, offset);
    const at = start + position.line - 1;
    // The code frame's text keeps the byte order mark papaparse never saw.
    return report(csvSyntax, { reason }, { file, line: at, column: position.column + (bom && at === 1 ? 1 : 0) });
  };

  return {
    /** The line the next row starts on. */
    get line(): number {
      return line;
    },

    diagnosticAt,

    /**
     * Takes the rows papaparse read from `text`, which starts where the previous rows ended and
     * whose first `consumed` characters they span.
     */
    take(text: string, consumed: number, results: ParseResult<string[]>): Diagnostic | undefined {
      const rows = results.data;
      if (rows.length === 0) return undefined;
      const start = line;
      const newline = results.meta.linebreak;
      // Lines are counted as the code frames count them, by \n: a row ending in a lone \r starts none.
      const perRow = newline === '\r' ? 0 : 1;
      const quote = text.indexOf('"');
      const quoted = quote !== -1 && quote < consumed;
      // Only a quoted field can hold a line break, and when the rows hold no more line breaks
      // than their own ends, each row is one line: the fields need no look.
      const terminated = rows.length - (text.endsWith(newline, consumed) ? 0 : 1);
      const oneLineEach = (!quoted && newline === '\n') || countNewlines(text, 0, consumed) === terminated * perRow;
      // A quote error of the last, unfinished row comes again once the row is whole.
      const error = results.errors.find((e) => e.row !== undefined && e.row < rows.length);
      const rowStart = () => (line === start ? 0 : nthLineStart(text, line - start));
      for (let i = 0; i < rows.length; i++) {
        const fields = rows[i]!;
        if (i === error?.row) {
          const problem = quoteProblem(text, error);
          if (problem !== undefined) return diagnosticAt(problem, text, start);
        }
        let lines = perRow;
        if (!oneLineEach) for (const field of fields) lines += countNewlines(field);
        if (fields.length === 1 && fields[0]!.trim() === '') {
          line += lines;
          continue;
        }
        const spaced = quoted ? spacedQuote(text, rowStart, fields) : -1;
        if (spaced !== -1) {
          return diagnosticAt({ reason: 'a space comes before the quote that opens this field, so the field is not read as quoted: remove the space', offset: spaced }, text, start);
        }
        if (columns === -1) {
          columns = fields.length;
          usable = sink.header(fields.map((name) => name.trim()));
        } else if (fields.length !== columns) {
          const extra = fields.length > columns;
          const offset = extra ? fieldStart(text, rowStart(), fields, columns) : rowStart();
          const reason = `the row has ${fields.length} fields where the header line has ${columns}${extra ? ': a value holding a comma must be quoted' : ''}`;
          return diagnosticAt({ reason, offset }, text, start);
        } else if (usable) {
          sink.add(fields, line);
        }
        line += lines;
      }
      return undefined;
    },
  };
}

/** The offset just past the nth line feed of a text. */
function nthLineStart(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  return at;
}
