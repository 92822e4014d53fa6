import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'cart-abandonment',
  name: 'Basket abandonment',
  kind: 'custom',
  description: 'Share of baskets with at least one add_to_cart that are not checked out within 24 hours.',
  unit: '%',
  direction: 'lower',
  target: { value: 65, by: '2026-Q4' },
  owner: 'ecommerce-product',
  scope: { journey: 'first-purchase', step: 'adds-to-basket', touchpoint: 'basket' },
  series: [
    { period: '2025-12', value: 70.2, n: 31480 },
    { period: '2026-01', value: 72.5, n: 22160 },
    { period: '2026-02', value: 71.8, n: 20940 },
    { period: '2026-03', value: 70.4, n: 24310 },
    { period: '2026-04', value: 69.1, n: 26780 },
    { period: '2026-05', value: 68.3, n: 27950 },
  ],
});
