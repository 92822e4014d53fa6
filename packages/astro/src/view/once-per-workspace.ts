import type { Workspace } from '@journeykit/core';

/**
 * `compute`, run once per workspace object and remembered while that object lives: pages of one
 * build share their workspace, so what each page would work out again is worked out once.
 *
 * @example
 * const journeyIds = oncePerWorkspace((workspace) => new Set(workspace.journeys.map((j) => j.id)));
 * journeyIds(workspace) === journeyIds(workspace); // true
 */
export function oncePerWorkspace<T>(compute: (workspace: Workspace) => T): (workspace: Workspace) => T {
  const computed = new WeakMap<Workspace, T>();
  return (workspace) => {
    if (!computed.has(workspace)) computed.set(workspace, compute(workspace));
    return computed.get(workspace)!;
  };
}
