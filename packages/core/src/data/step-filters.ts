import type { FunnelStepDefinition } from '../metrics/event-funnel-options.ts';

/** A funnel step that may keep only the events whose properties have given values. */
export interface FilteredStep extends FunnelStepDefinition {
  /** Property → accepted values (any of them); every property must match. */
  where?: Readonly<Record<string, string | readonly string[]>> | undefined;
}

// Joins an event's name to which step filters its row matched: never in a name read from a file
// (fields are trimmed text), and it sorts before every other character, so the log's order of
// same-time events is by name first, as the SQL orders them.
const separator = '\u0000';

/**
 * How a log tells apart the rows of a filtered step's events: each such row's event is kept as its
 * name and one 0/1 per filtered step (whether the row matches its `where`), so the log stores a
 * few more event names, never the property values.
 *
 * @example
 * const filters = stepFilters([{ label: 'Upgraded', events: ['plan_changed'], where: { plan: 'business' } }]);
 * filters.key('plan_changed', (property) => 'business'); // 'plan_changed\u00001'
 */
export function stepFilters(steps: readonly FilteredStep[]) {
  const filtered = steps.filter((step) => step.where !== undefined && Object.keys(step.where).length > 0);
  const accepted = filtered.map((step) => Object.entries(step.where!).map(([property, values]) => [property, new Set(typeof values === 'string' ? [values] : values)] as const));
  const concerned = new Set(filtered.flatMap((step) => step.events));
  /** The properties some step filters on: the only ones worth reading. */
  const properties = [...new Set(accepted.flatMap((conditions) => conditions.map(([property]) => property)))];
  return {
    properties,
    /** The log's name for an event of a row whose properties `valueOf` gives. */
    key(event: string, valueOf: (property: string) => string): string {
      if (!concerned.has(event)) return event;
      const bits = filtered.map((step, j) => (step.events.includes(event) && accepted[j]!.every(([property, values]) => values.has(valueOf(property))) ? '1' : '0')).join('');
      return bits.includes('1') ? `${event}${separator}${bits}` : event;
    },
    /** The steps over the log's names: a filtered step's events are the names of the rows matching its filter. */
    expand(steps: readonly FilteredStep[], logEvents: readonly string[]): FunnelStepDefinition[] {
      return steps.map((step) => {
        const j = filtered.indexOf(step);
        const events = logEvents.filter((name) => {
          const [event, bits] = name.split(separator) as [string, string | undefined];
          return step.events.includes(event) && (j < 0 || bits?.[j] === '1');
        });
        return { label: step.label, events };
      });
    },
    /** The event's name without what its row matched. */
    nameOf: (key: string) => key.split(separator, 1)[0]!,
  };
}
