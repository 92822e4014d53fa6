import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'delivery-csat',
  name: 'Post-delivery CSAT',
  kind: 'csat',
  description: 'Survey in the post-purchase email: how satisfied are you with your order and its delivery?',
  method: 'share',
  scale: { min: 1, max: 5 },
  positive: [4, 5],
  unit: '%',
  target: 90,
  owner: 'logistics',
  scope: { journey: 'first-purchase', stage: 'first-use' },
  series: [
    { period: '2025-12', value: 82.6, n: 1342 },
    { period: '2026-01', value: 84.1, n: 968 },
    { period: '2026-02', value: 85.3, n: 901 },
    { period: '2026-03', value: 84.7, n: 1055 },
    { period: '2026-04', value: 86.9, n: 1187 },
    { period: '2026-05', value: 87.8, n: 1236 },
  ],
});
