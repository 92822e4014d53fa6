import * as vega from 'vega';

// Both exist in vega 6 (from vega-statistics and vega-scenegraph) but are missing from its typings.
interface VegaGlobals {
  setRandom(random: () => number): void;
  randomLCG(seed: number): () => number;
  resetSVGDefIds(): void;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Vega work one task at a time, each starting with the same random seed and id counters.
 * Vega keeps its random source and SVG id counters in module state, so renders that interleave
 * could change each other's output; in a queue, every render is reproducible.
 *
 * @example
 * const svg = await reproducibly(() => view.toSVG());
 */
export function reproducibly<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(() => {
    resetVega();
    return task();
  });
  queue = run.catch(() => undefined);
  return run;
}

function resetVega(): void {
  const globals = vega as unknown as Partial<VegaGlobals>;
  if (typeof globals.setRandom !== 'function' || typeof globals.randomLCG !== 'function' || typeof globals.resetSVGDefIds !== 'function') {
    throw new Error(
      `Vega ${vega.version} no longer exports setRandom, randomLCG or resetSVGDefIds, which Journeykit needs to render charts reproducibly. Install the vega version @journeykit/astro declares.`,
    );
  }
  globals.setRandom(globals.randomLCG(1));
  globals.resetSVGDefIds();
}
