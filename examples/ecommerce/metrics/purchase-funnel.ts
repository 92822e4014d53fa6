import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'purchase-funnel',
  name: 'From ad click to recommendation',
  kind: 'conversion',
  description:
    'Shoppers who went from clicking an ad through every stage of the first purchase to recommending us, within 30 days, out of those who clicked. Counted from the analytics export; cancelled orders do not count.',
  unit: '%',
  target: 4,
  owner: 'ecommerce-product',
  scope: { journey: 'first-purchase' },
  // The journey's stages are the funnel's steps, each reached through the `event` of its touchpoints.
  source: {
    file: 'data/events.csv',
    format: 'events',
    period: 'month',
    columns: { person: 'person_id', timestamp: 'event_time', event: 'event_name' },
    funnel: { windowDays: 30, exclude: ['order_cancelled'] },
  },
});
