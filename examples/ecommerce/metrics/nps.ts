import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'nps',
  name: 'Net Promoter Score',
  kind: 'nps',
  description: 'Asked by email 30 days after the first delivery: how likely are you to recommend Northwind to a friend?',
  target: { value: 45, by: '2026-Q4' },
  owner: 'crm-retention',
  scope: { journey: 'first-purchase', stage: 'advocacy' },
  // Computed from the survey tool's export: one row per answer, grouped by month.
  source: {
    file: 'data/nps-responses.csv',
    format: 'responses',
    period: 'month',
    columns: { date: 'submitted_at', score: 'likelihood_to_recommend', id: 'response_id' },
  },
});
