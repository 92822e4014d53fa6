import { describe, expect, it } from 'vitest';
import { eventLogBuilder } from './event-log.ts';
import { groupByUnit, rankByName } from './group-by-unit.ts';

describe('eventLogBuilder', () => {
  it('lays events out in columns, numbering units and events as they first come, across many chunks', () => {
    const builder = eventLogBuilder();
    const count = 200_000;
    for (let i = 0; i < count; i++) builder.add(`u${i % 7}`, i * 1000, i % 3 === 0 ? 'view' : 'buy', i + 2);
    const log = builder.build();
    expect(log.size).toBe(count);
    expect(log.units).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(log.events).toEqual(['view', 'buy']);
    expect([log.unit[count - 1], log.time[count - 1], log.event[count - 1], log.line[count - 1]]).toEqual([(count - 1) % 7, (count - 1) * 1000, 1, count + 1]);
    expect(log.latest).toBe((count - 1) * 1000);
  });
});

describe('groupByUnit', () => {
  it('groups events by unit in time order, then by rank, and leaves out repeats, naming the first', () => {
    const builder = eventLogBuilder();
    const rows: [string, number, string][] = [['bob', 5, 'view'], ['ann', 9, 'buy'], ['ann', 1, 'view'], ['bob', 5, 'view'], ['ann', 9, 'add'], ['bob', 2, 'buy']];
    rows.forEach(([unit, time, event], index) => builder.add(unit, time, event, index + 2));
    const log = builder.build();
    const repeats: [number, number][] = [];
    const groups = groupByUnit(log, rankByName(log.events), (index, first) => repeats.push([log.line[index]!, log.line[first]!]));
    const of = (u: number) => [...groups.order.subarray(groups.starts[u]!, groups.starts[u + 1]!)].map((i) => `${log.time[i]} ${log.events[log.event[i]!]}`);
    expect(of(0)).toEqual(['2 buy', '5 view']);
    expect(of(1)).toEqual(['1 view', '9 add', '9 buy']);
    expect(repeats).toEqual([[5, 2]]);
  });
});
