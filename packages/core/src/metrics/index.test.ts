import { expect, it } from 'vitest';
import * as metrics from './index.ts';

// Pins the metrics' public API: a change here is a change for every user of the package.
it('exports exactly these metric functions and constants', () => {
  expect(Object.keys(metrics).sort()).toEqual([
    'attribution',
    'attributionModels',
    'ces',
    'churnRate',
    'cohortRetention',
    'conversionRate',
    'csat',
    'defaultThinSample',
    'easyAnswers',
    'funnel',
    'funnelFromEvents',
    'nps',
    'npsMargin',
    'npsMarginOfError95',
    'retentionRate',
    'sampleOf',
    'timeToConvert',
    'topBoxes',
    'touchesBeforeConversion',
  ]);
});
