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
  // Computed from the survey tool's export: one row per answer, grouped by month.
  source: {
    file: 'data/csat-responses.csv',
    format: 'responses',
    period: 'month',
    columns: { date: 'submitted_at', score: 'satisfaction', id: 'response_id' },
  },
});
