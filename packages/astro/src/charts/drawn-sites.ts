import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { contentCache, contentKey } from '../cache/content-cache.ts';
import { chartFormat } from './rendered-charts.ts';

/** Bumped on any change to what an entry means. */
const entryFormat = 'drawn-site 1';

/** Entries unused for this long are removed when one is kept. */
const kept = 30 * 24 * 60 * 60 * 1000;

/** Whether a build drew every chart of a site: one carried as `json` (see `carried`), charts kept in `chartCache`. */
export interface DrawnSite {
  /**
   * Whether a build of this very site ended with each of its charts in the cache: then there is
   * nothing to render ahead, and looking would key every chart of the site once more.
   */
  readonly drawn: boolean;
  /** Notes that this build ended with each of the site's charts in the cache. */
  keep(): void;
}

/**
 * What the chart cache beside `chartCache` says of the site carried as `json`. Only a hint: a
 * page still keys and reads its own charts, and draws one gone from the cache, so a site noted as
 * drawn whose charts were pruned since only has them drawn as its pages ask.
 *
 * @example
 * const charts = drawnSite(site.chartCache, json);
 * if (!charts.drawn) renderCharts(siteCharts(site).map(drawnChart), site.chartCache);
 * // … once the pages are written:
 * charts.keep();
 */
export function drawnSite(chartCache: string, json: string): DrawnSite {
  const cache = contentCache(join(dirname(chartCache), 'drawn-sites'), '');
  // Digested first: keying the text itself would copy a site of thousands of journeys once more.
  const key = contentKey(entryFormat, { charts: chartFormat(), site: createHash('sha256').update(json).digest('hex') });
  // Read, not only looked for: reading marks an entry as used, so pruning keeps it.
  const drawn = cache.read(key) !== undefined;
  return {
    drawn,
    keep() {
      if (drawn) return;
      cache.write(key, '');
      cache.prune(kept);
    },
  };
}
