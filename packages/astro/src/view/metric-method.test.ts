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
});
