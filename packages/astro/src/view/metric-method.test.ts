import { ces, metricSchema } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { metricMethodInWords } from './metric-method.ts';

const cesMetric = (scale: { min: number; max: number }, goodEnd: 'high' | 'low') =>
  metricSchema.parse({ id: 'effort', name: 'Effort', kind: 'ces', method: 'share', scale, goodEnd });

describe('metricMethodInWords', () => {
  it.each([
    [{ min: 1, max: 5 }, 'the share of answers of 4 to 5 on a scale of 1 to 5'],
    [{ min: 1, max: 3 }, 'the share of answers of 3 on a scale of 1 to 3'],
  ] as const)('names the satisfied answers of a CSAT on %o as core counts them', (scale, words) => {
    const metric = metricSchema.parse({ id: 'satisfaction', name: 'Satisfaction', kind: 'csat', method: 'share', scale });
    expect(metricMethodInWords(metric)).toContain(words);
  });

  it.each([
    [{ min: 1, max: 7 }, 'high', '5 to 7'],
    [{ min: 1, max: 7 }, 'low', '1 to 3'],
    [{ min: 1, max: 5 }, 'high', '4 to 5'],
  ] as const)('names the easy answers of a CES on %o with %s good as core counts them', (scale, goodEnd, words) => {
    expect(metricMethodInWords(cesMetric(scale, goodEnd))).toContain(`(${words})`);
    const [from, to] = words.split(' to ').map(Number) as [number, number];
    const answers = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
    const easy = answers.filter((answer) => answer >= from && answer <= to).length;
    expect(ces(answers, { scale, method: 'share', goodEnd }).value).toBeCloseTo((100 * easy) / answers.length);
  });

  it('says a funnel from an event log is the overall conversion of each cohort, as its headline number is', () => {
    const metric = metricSchema.parse({
      id: 'funnel', name: 'Funnel', kind: 'conversion',
      source: { file: 'data/events.csv', format: 'events', period: 'week', funnel: { windowDays: 30, order: 'strict', exclude: ['order_cancelled'] } },
    });
    expect(metricMethodInWords(metric)).toBe(
      'Funnel conversion from the event log: of the people who entered the funnel in a week (an event of its first step), the share who went on through every step within 30 days, in order, with no other event between, as a percentage; the week they entered in is their cohort. The steps are the journey\'s stages, each reached through the events of its touchpoints. An attempt with "order_cancelled" before it completes does not count. The funnel below gives the conversion from step to step.',
    );
  });

  it('names the declared steps of a funnel, with their events', () => {
    const metric = metricSchema.parse({
      id: 'funnel', name: 'Funnel', kind: 'conversion',
      source: { file: 'data/events.csv', format: 'events', funnel: { steps: [{ name: 'Viewed', events: ['view'] }, { name: 'Bought', events: ['buy', 'quick_buy'] }, { name: 'App', events: ['app'], optional: true }] } },
    });
    expect(metricMethodInWords(metric)).toContain('The steps are Viewed ("view") → Bought ("buy" or "quick_buy") → App ("app", optional). The funnel below');
  });
});
