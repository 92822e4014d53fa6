import type { Workspace } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { oncePerWorkspace } from './once-per-workspace.ts';

describe('oncePerWorkspace', () => {
  it('computes once for each workspace object, and again for another', () => {
    const seen: Workspace[] = [];
    const journeys = oncePerWorkspace((workspace) => (seen.push(workspace), [...workspace.journeys]));
    const one = { journeys: [] } as unknown as Workspace;
    const other = { journeys: [] } as unknown as Workspace;
    expect(journeys(one)).toBe(journeys(one));
    expect(journeys(other)).not.toBe(journeys(one));
    expect(seen).toEqual([one, other]);
  });

  it('remembers an undefined result too', () => {
    let runs = 0;
    const nothing = oncePerWorkspace(() => void runs++);
    const workspace = { journeys: [] } as unknown as Workspace;
    nothing(workspace);
    nothing(workspace);
    expect(runs).toBe(1);
  });
});
