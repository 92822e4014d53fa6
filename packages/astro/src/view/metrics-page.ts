import type { Metric } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';
import { lookup } from './lookup.ts';
import type { Link } from './persona-page.ts';

/** What the metrics page shows: a row per metric, by name, with where it measures and its status. */
export interface MetricsPage {
  rows: {
    href: string;
    metric: Metric;
    /** The journey the metric is scoped to; undefined for a metric of the whole workspace. */
    journey: Link | undefined;
  }[];
  thinSample: number;
  builtAt: string;
}

/**
 * The metrics page: every metric by name, with its kind, its journey and where it stands.
 *
 * @example
 * metricsPage(site).rows[0].journey; // { href: '/journeys/onboarding/', text: 'Onboarding' }
 */
export function metricsPage(site: SiteData): MetricsPage {
  const to = links(site);
  const find = lookup(site.workspace);
  return {
    rows: [...site.workspace.metrics]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((metric) => ({
        href: to.metric(metric.id),
        metric,
        journey: metric.scope && { href: to.journey(metric.scope.journey), text: find.journey.get(metric.scope.journey)?.title ?? metric.scope.journey },
      })),
    thinSample: site.workspace.config.thinSample,
    builtAt: site.builtAt,
  };
}
