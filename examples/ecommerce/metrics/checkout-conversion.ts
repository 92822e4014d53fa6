import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'checkout-conversion',
  name: 'Checkout conversion',
  kind: 'conversion',
  description: 'Sessions with order_completed divided by sessions with checkout_started, in the same session.',
  unit: '%',
  direction: 'higher',
  target: { value: 65, by: '2026-Q4', note: 'Expected once delivery costs show before checkout.' },
  owner: 'ecommerce-product',
  scope: { journey: 'first-purchase', stage: 'purchase', touchpoint: 'checkout' },
  series: [
    { period: '2025-12', value: 58.4, n: 14210 },
    { period: '2026-01', value: 57.1, n: 8930 },
    { period: '2026-02', value: 57.9, n: 8410 },
    { period: '2026-03', value: 59.3, n: 10120 },
    { period: '2026-04', value: 60.6, n: 11540 },
    { period: '2026-05', value: 61.2, n: 12380 },
  ],
});
