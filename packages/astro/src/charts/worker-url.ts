// Kept apart from the renderer, which pages bundle: only the integration, running unbundled, may
// point at a file beside its own module.

/** The chart worker module, in whichever form this package runs: `.ts` sources or built `.js`. */
export const chartWorkerUrl = new URL(`./chart-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
