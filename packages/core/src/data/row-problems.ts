import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { badRow, skippedRow } from '../diagnostics/rules.ts';
import type { Metric } from '../schema/metric.ts';

/** More problems than this in one file are counted, not listed. */
export const maxRowProblems = 50;

/**
 * Reports rows of a data file that cannot be read: errors, or warnings when the source skips bad
 * rows; past {@link maxRowProblems}, only counted, and summed up by `finish()`.
 */
export function rowProblems(source: NonNullable<Metric['source']>, file: string, diagnostics: Diagnostic[]) {
  const rule = source.badRows === 'skip' ? skippedRow : badRow;
  let count = 0;
  return {
    report(reason: string, line: number): void {
      if (++count <= maxRowProblems) diagnostics.push(report(rule, { reason: `Line ${line}: ${reason}` }, { file, line, column: 1 }));
    },
    finish(): void {
      if (count > maxRowProblems) {
        diagnostics.push(report(rule, { reason: `${count - maxRowProblems} more rows could not be read, besides the ${maxRowProblems} shown` }, { file, line: 1, column: 1 }));
      }
    },
  };
}
