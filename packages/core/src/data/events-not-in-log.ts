import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { eventsNotFound, funnelStepNotInLog } from '../diagnostics/rules.ts';
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

/**
 * An error for each declared funnel step (`source.funnel.steps`) none of whose events the log
 * holds, unless the step is optional, at the step's events in the metric's definition file
 * (`definition`; located from the path by the loader), with the log's closest event name. Without it, a misspelt event would make every step after it zero.
 *
 * @example
 * stepsNotInLog([{ name: 'Pay', events: ['chekout'], optional: false }], ['checkout'], 'metrics/funnel.yaml', 'data/events.csv');
 * // [metric/funnel-step-not-in-log: … Did you mean "checkout"?]
 */
export function stepsNotInLog(
  steps: readonly { name: string; events: readonly string[]; optional: boolean; where?: Readonly<Record<string, string | readonly string[]>> | undefined }[],
  logEvents: readonly string[],
  definition: string,
  file: string,
  // A step filtering on properties is in the log only when a row of its events matches the filter.
  reached: (index: number) => boolean = () => true,
): Diagnostic[] {
  const present = new Set(logEvents);
  const names = [...present];
  return steps.flatMap((step, index) => {
    if (step.optional) return [];
    if (step.events.some((event) => present.has(event))) {
      if (reached(index)) return [];
      // The events are there, but no row of them matches the step's filter: say so, at the filter.
      return [report(funnelStepNotInLog, { step: step.name, events: step.events, file, suggestion: undefined, filter: filterText(step.where ?? {}) }, { file: definition, path: ['source', 'funnel', 'steps', index, 'where'] })];
    }
    const suggestion = step.events.map((event) => closest(event, names)).find((found) => found !== undefined);
    return [report(funnelStepNotInLog, { step: step.name, events: step.events, file, suggestion }, { file: definition, path: ['source', 'funnel', 'steps', index, 'events'] })];
  });
}

/** A step's filter as a sentence: `plan is "business" or "enterprise" and country is "FR"`. */
function filterText(where: Readonly<Record<string, string | readonly string[]>>): string {
  return Object.entries(where)
    .map(([property, values]) => `${property} is ${(typeof values === 'string' ? [values] : values).map((value) => `"${value}"`).join(' or ')}`)
    .join(' and ');
}
