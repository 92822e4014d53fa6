// Who renders each chart of a prefetched batch, one Int32 slot per chart in shared memory: the
// worker and the main thread each take a chart with a compare-and-exchange, so exactly one renders it.

/** Nobody has taken the chart yet. */
export const unclaimed = 0;
/** The worker renders it; its answer comes as a message. */
export const byWorker = 1;
/** The main thread renders it, because a page asked for it first. */
export const byCaller = 2;
