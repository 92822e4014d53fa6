import { describe, expect, it } from 'vitest';
import { endedProcessId } from '../test/ended-process.ts';
import { asideOfRunningProcess, pathAside } from './path-aside.ts';

describe('asideOfRunningProcess', () => {
  it('tells a path aside of a running process from one of a process that ended', () => {
    const mine = pathAside('/cache/entry').split('/').pop()!;
    expect(asideOfRunningProcess(mine)).toBe(true);
    expect(asideOfRunningProcess(mine.replace(`.${process.pid}.`, `.${endedProcessId()}.`))).toBe(false);
  });

  it('is false for any other name', () => {
    for (const name of ['entry', 'entry.json', `entry.${process.pid}`, `entry.${process.pid}.partial.json`]) expect(asideOfRunningProcess(name)).toBe(false);
  });
});
