import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import type { Rule } from '../diagnostics/rule.ts';
import { duplicateEvent, duplicateEvents } from '../diagnostics/rules.ts';
import { maxRowProblems } from './row-problems.ts';

/**
 * Reports rows that repeat an earlier line (events by default): the earliest {@link maxRowProblems}
 * by line, each at its line, then a count of the rest. Repeats may be found in any order; only the
 * earliest are kept.
 *
 * @example
 * const repeats = repeatedRows('data/events.csv', diagnostics);
 * repeats.add(12, 3); // line 12 repeats line 3
 * repeats.finish(); // diagnostics: data/duplicate-event at data/events.csv:12
 */
export function repeatedRows(
  file: string,
  diagnostics: Diagnostic[],
  one: Rule<{ line: number; first: number }> = duplicateEvent,
  many: Rule<{ count: number }> = duplicateEvents,
) {
  const earliest: { line: number; first: number }[] = [];
  let count = 0;
  return {
    add(line: number, first: number): void {
      count++;
      if (earliest.length === maxRowProblems && line >= earliest.at(-1)!.line) return;
      let at = earliest.length;
      while (at > 0 && earliest[at - 1]!.line > line) at--;
      earliest.splice(at, 0, { line, first });
      if (earliest.length > maxRowProblems) earliest.pop();
    },
    finish(): void {
      for (const { line, first } of earliest) diagnostics.push(report(one, { line, first }, { file, line, column: 1 }));
      if (count > maxRowProblems) diagnostics.push(report(many, { count: count - maxRowProblems }, { file, line: 1, column: 1 }));
    },
  };
}
