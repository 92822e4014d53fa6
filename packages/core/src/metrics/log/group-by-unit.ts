import type { EventLog } from './event-log.ts';

/** The events of a log grouped by unit, each unit's in time order, repeats left out. */
export interface UnitGroups {
  /** Indexes into the log's columns: unit u's events are `order[starts[u]]` up to `order[starts[u + 1]]`. */
  order: Uint32Array;
  starts: Uint32Array;
}

/**
 * Groups a log's events by unit with a counting sort (linear, no comparison of names), then puts
 * each unit's events in order of time, then of `rank` (a place per event id, so events at the same
 * time come in an order that does not depend on the rows' order). An event with the same unit,
 * time and name as one before it is a repeat: `repeat` hears of it with both indexes, and it is
 * left out.
 *
 * @example
 * const groups = groupByUnit(log, rankByName(log.events), () => {});
 * for (let u = 0; u < log.units.length; u++) for (let k = groups.starts[u]!; k < groups.starts[u + 1]!; k++) log.event[groups.order[k]!];
 */
export function groupByUnit(log: EventLog, rank: Uint32Array, repeat: (index: number, first: number) => void): UnitGroups {
  const { size, unit, time, event } = log;
  const unitCount = log.units.length;
  const starts = new Uint32Array(unitCount + 1);
  for (let i = 0; i < size; i++) starts[unit[i]! + 1]!++;
  for (let u = 0; u < unitCount; u++) starts[u + 1]! += starts[u]!;
  const next = starts.slice(0, unitCount);
  const order = new Uint32Array(size);
  // Stable: each unit's events keep the log's order, already time order for most exports.
  for (let i = 0; i < size; i++) order[next[unit[i]!]!++] = i;

  const compare = (a: number, b: number) => time[a]! - time[b]! || rank[event[a]!]! - rank[event[b]!]! || a - b;
  let kept = 0;
  for (let u = 0; u < unitCount; u++) {
    const from = starts[u]!;
    const to = starts[u + 1]!;
    for (let k = from + 1; k < to; k++) {
      if (compare(order[k - 1]!, order[k]!) > 0) {
        order.subarray(from, to).sort(compare);
        break;
      }
    }
    starts[u] = kept;
    let first = -1;
    for (let k = from; k < to; k++) {
      const index = order[k]!;
      if (first >= 0 && time[index] === time[first] && event[index] === event[first]) {
        repeat(index, first);
        continue;
      }
      first = index;
      order[kept++] = index;
    }
  }
  starts[unitCount] = kept;
  return { order: order.subarray(0, kept), starts };
}

/**
 * A place for each event id such that events come in order of `key` (smallest first), then of name
 * by code unit, whatever the order they appeared in.
 *
 * @example
 * rankByName(['view', 'add']); // Uint32Array [1, 0]
 */
export function rankByName(events: readonly string[], key: (name: string) => number = () => 0): Uint32Array {
  const keys = events.map(key);
  const ids = events.map((_, id) => id).sort((a, b) => keys[a]! - keys[b]! || (events[a]! < events[b]! ? -1 : events[a]! > events[b]! ? 1 : 0));
  const rank = new Uint32Array(events.length);
  ids.forEach((id, place) => (rank[id] = place));
  return rank;
}
