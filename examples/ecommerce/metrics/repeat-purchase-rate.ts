import { defineMetric } from '@journeykit/core';

export default defineMetric({
  id: 'repeat-purchase-rate',
  name: 'Repeat purchase rate',
  kind: 'retention',
  description:
    'Share of first-time customers of the month who order again the month after. Counted from the analytics export: the cohort is the month of the first order_completed.',
  unit: '%',
  target: { value: 28, by: '2026-Q4' },
  owner: 'crm-retention',
  scope: { journey: 'first-purchase', stage: 'retention' },
  // Cohorts by month of the first order; a later order_completed counts as coming back.
  source: {
    file: 'data/events.csv',
    format: 'events',
    columns: { person: 'person_id', timestamp: 'event_time', event: 'event_name' },
    retention: { start: ['order_completed'], return: ['order_completed'], period: 'month', mode: 'on', offset: 1 },
  },
});
