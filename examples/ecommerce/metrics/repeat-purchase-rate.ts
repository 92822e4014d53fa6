import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'repeat-purchase-rate',
  name: 'Repeat purchase rate (180 days)',
  kind: 'retention',
  description:
    'Share of first-time customers of the month who place a second order within 180 days. The period is the month of the first order.',
  unit: '%',
  target: { value: 28, by: '2026-Q4' },
  owner: 'crm-retention',
  scope: { journey: 'first-purchase', stage: 'retention' },
  series: [
    { period: '2025-07', value: 22.4, n: 3120 },
    { period: '2025-08', value: 23.0, n: 2980 },
    { period: '2025-09', value: 23.6, n: 3410 },
    { period: '2025-10', value: 24.1, n: 4050 },
    { period: '2025-11', value: 24.8, n: 5230 },
  ],
});
