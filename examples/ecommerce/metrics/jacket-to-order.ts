import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'jacket-to-order',
  name: 'From jacket page to order',
  kind: 'conversion',
  description:
    'Shoppers who went from a jacket page through the size guide and basket to a completed order within 7 days, out of those who viewed a jacket. Counted from the analytics export, step by step; cancelled orders do not count.',
  unit: '%',
  target: 30,
  owner: 'ecommerce-product',
  scope: { journey: 'first-purchase', stage: 'consideration' },
  // The steps are events, not the journey's stages: choosing a jacket is three steps here.
  source: {
    file: 'data/events.csv',
    format: 'events',
    period: 'month',
    columns: { person: 'person_id', timestamp: 'event_time', event: 'event_name' },
    funnel: {
      windowDays: 7,
      exclude: ['order_cancelled'],
      steps: [
        { name: 'Viewed a jacket', events: ['product_viewed'] },
        { name: 'Opened the size guide', events: ['size_guide_opened'] },
        { name: 'Added to basket', events: ['add_to_cart'] },
        { name: 'Started checkout', events: ['checkout_started'] },
        { name: 'Ordered', events: ['order_completed'] },
      ],
    },
  },
});
