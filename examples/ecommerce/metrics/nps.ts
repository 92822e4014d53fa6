import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'nps',
  name: 'Net Promoter Score',
  kind: 'nps',
  description: 'Asked by email 30 days after the first delivery: how likely are you to recommend Northwind to a friend?',
  target: { value: 45, by: '2026-Q4' },
  owner: 'crm-retention',
  scope: { journey: 'first-purchase', stage: 'advocacy' },
  series: [
    { period: '2025-12', value: 34, n: 612 },
    { period: '2026-01', value: 31, n: 548 },
    { period: '2026-02', value: 33, n: 497 },
    { period: '2026-03', value: 36, n: 531 },
    { period: '2026-04', value: 38, n: 584 },
    { period: '2026-05', value: 39, n: 603 },
  ],
});
