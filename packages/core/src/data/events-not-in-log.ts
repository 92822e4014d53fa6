import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { eventsNotFound } from '../diagnostics/rules.ts';
import { closest } from '../text/closest.ts';

/**
 * A warning for each group of events a metric counts on (a funnel stage, a cohort's start) of
 * which no event appears in the log, with the log's closest name: a misspelt event name would
 * otherwise only show as an empty funnel step or cohort table.
 *
 * @example
 * eventsNotInLog([['the stage "Buy"', ['buy']]], ['view', 'Buy'], 'data/events.csv');
 * // [data/events-not-found: No event of the stage "Buy" appears in the file: … Did you mean "Buy"?]
 */
export function eventsNotInLog(lookedFor: readonly (readonly [string, readonly string[]])[], logEvents: readonly string[], file: string): Diagnostic[] {
  const present = new Set(logEvents);
  return lookedFor.flatMap(([what, names]) => {
    if (names.some((name) => present.has(name))) return [];
    const suggestion = names.map((name) => closest(name, logEvents)).find((found) => found !== undefined);
    return [report(eventsNotFound, { what, events: names, suggestion }, { file, line: 1, column: 1 })];
  });
}
