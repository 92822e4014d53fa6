import type { BlueprintLane, Touchpoint } from './touchpoint.ts';

/**
 * The blueprint lane a touchpoint sits in: the lane it declares, else `customer` for an indirect
 * touchpoint (the company takes no part in it) and `frontstage` for a direct one (the customer sees
 * the company act).
 *
 * @example
 * touchpointLane({ type: 'direct', lane: 'backstage' }); // 'backstage'
 * touchpointLane({ type: 'indirect' }); // 'customer'
 * touchpointLane({ type: 'direct' }); // 'frontstage'
 */
export function touchpointLane(touchpoint: Pick<Touchpoint, 'type' | 'lane'>): BlueprintLane {
  return touchpoint.lane ?? (touchpoint.type === 'indirect' ? 'customer' : 'frontstage');
}
