import { nameTable } from './name-table.ts';

/**
 * One event of an analytics export: who (the counting unit), when (epoch milliseconds) and what.
 *
 * @example
 * const event: FunnelEvent = { unit: 'ann', time: Date.parse('2026-03-01T10:00:00Z'), event: 'checkout_started' };
 */
export interface FunnelEvent {
  unit: string;
  time: number;
  event: string;
}

/**
 * An event log held in columns: each event is a unit id, a time, an event id and its line, a few
 * bytes instead of an object, so logs of tens of millions of rows fit in memory. Units and event
 * names are numbered in the order they first appear.
 */
export interface EventLog {
  size: number;
  /** Unit names by id. */
  units: readonly string[];
  /** Event names by id. */
  events: readonly string[];
  unit: Uint32Array;
  /** Epoch milliseconds. */
  time: Float64Array;
  event: Uint32Array;
  /** Where each event was read: a line of the file, or its place in a list. */
  line: Uint32Array;
  /** The latest time in the log; −Infinity when it is empty. */
  latest: number;
}

/** Takes events one at a time and lays them out as an {@link EventLog}. */
export interface EventLogBuilder {
  add(unit: string, time: number, event: string, line: number): void;
  /** The log of every event added; the builder is spent. */
  build(): EventLog;
}

// Columns grow in chunks and are joined once at the end: no copy of the whole column on each growth,
// and at most one spare chunk per column.
const chunkSize = 1 << 16;
const fewNames = 16;

/**
 * Starts an event log.
 *
 * @example
 * const builder = eventLogBuilder();
 * builder.add('ann', Date.UTC(2026, 0, 5), 'view', 2);
 * builder.build().units; // ['ann']
 */
export function eventLogBuilder(): EventLogBuilder {
  const units: string[] = [];
  const events: string[] = [];
  const unitIds = nameTable(units);
  const eventIds = nameTable(events);
  const unit = column(Uint32Array);
  const time = column(Float64Array);
  const event = column(Uint32Array);
  const line = column(Uint32Array);
  let latest = Number.NEGATIVE_INFINITY;
  // Logs name few kinds of events: comparing with each is faster than hashing a new string.
  const eventId = (name: string) => {
    if (events.length <= fewNames) for (let id = 0; id < events.length; id++) if (events[id] === name) return id;
    return eventIds.id(name);
  };
  return {
    add(unitName, millis, eventName, lineNumber) {
      unit.push(unitIds.id(unitName));
      time.push(millis);
      event.push(eventId(eventName));
      line.push(lineNumber);
      if (millis > latest) latest = millis;
    },
    build() {
      return { size: unit.size(), units, events, unit: unit.join(), time: time.join(), event: event.join(), line: line.join(), latest };
    },
  };
}

/**
 * The log of events given as objects, numbered from 1 in their order.
 *
 * @example
 * eventLogOf([{ unit: 'ann', time: 0, event: 'view' }]).size; // 1
 */
export function eventLogOf(events: Iterable<FunnelEvent>): EventLog {
  const builder = eventLogBuilder();
  let index = 0;
  for (const { unit, time, event } of events) builder.add(unit, time, event, ++index);
  return builder.build();
}

function column<T extends Uint32Array | Float64Array>(Type: new (length: number) => T) {
  const full: T[] = [];
  let current = new Type(chunkSize);
  let fill = 0;
  return {
    push(value: number): void {
      if (fill === chunkSize) {
        full.push(current);
        current = new Type(chunkSize);
        fill = 0;
      }
      current[fill++] = value;
    },
    size: () => full.length * chunkSize + fill,
    join(): T {
      const joined = new Type(full.length * chunkSize + fill);
      full.forEach((chunk, index) => joined.set(chunk, index * chunkSize));
      joined.set(current.subarray(0, fill), full.length * chunkSize);
      full.length = 0;
      return joined;
    },
  };
}
