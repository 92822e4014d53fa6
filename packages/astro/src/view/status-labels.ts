import type { TargetStatus } from '@journeykit/core';

/** A metric's status against its target, in words, as its badges show it. */
export const statusLabels: Record<TargetStatus, string> = { met: 'On target', missed: 'Off target', 'no-target': 'No target', 'no-data': 'No data' };
