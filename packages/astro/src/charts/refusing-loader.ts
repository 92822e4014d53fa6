import type { Loader } from 'vega';

/** A Vega loader that loads nothing, with the addresses it was asked for. */
export interface RefusingLoader extends Loader {
  refused: string[];
}

/**
 * Creates a Vega loader that refuses every file, URL, image and link, so a chart can only show the
 * data it carries: a site build never reaches the network or reads files through a spec. Vega
 * only warns when a load fails, so callers check `refused` after rendering.
 *
 * @example
 * const loader = refusingLoader('funnel-trial');
 * await loader.load('https://example.com/data.csv'); // throws
 * loader.refused; // ['https://example.com/data.csv']
 */
export function refusingLoader(chartId: string): RefusingLoader {
  const refused: string[] = [];
  const refuse = (uri: string): never => {
    refused.push(uri);
    throw new Error(refusal(chartId, uri));
  };
  return {
    refused,
    load: async (uri) => refuse(uri),
    sanitize: async (uri) => refuse(uri),
    http: async (uri) => refuse(uri),
    file: async (filename) => refuse(filename),
  };
}

/**
 * The message for a chart that asked for external data or resources.
 *
 * @example
 * refusal('nps', 'data.csv'); // 'Chart "nps" tries to load "data.csv". …'
 */
export function refusal(chartId: string, uri: string): string {
  return `Chart "${chartId}" tries to load "${uri}". Charts are rendered at build time from the data they carry, so nothing is loaded: put the values in the spec (data: { values }) instead of a URL or file.`;
}
