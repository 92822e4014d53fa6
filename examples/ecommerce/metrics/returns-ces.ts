import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'returns-ces',
  name: 'Returns effort (CES)',
  kind: 'ces',
  description: 'After a refund or exchange: how easy was it to return your item? 1 is very difficult, 7 very easy.',
  method: 'mean',
  scale: { min: 1, max: 7 },
  goodEnd: 'high',
  target: { value: 5.8, by: '2026-Q4', note: 'QR code returns and faster refunds should add about half a point.' },
  owner: 'customer-service',
  scope: { journey: 'returns' },
  series: [
    { period: '2025-12', value: 4.7, n: 286 },
    { period: '2026-01', value: 4.5, n: 412 },
    { period: '2026-02', value: 4.8, n: 247 },
    { period: '2026-03', value: 5.0, n: 231 },
    { period: '2026-04', value: 5.1, n: 259 },
    { period: '2026-05', value: 5.3, n: 274 },
  ],
});
