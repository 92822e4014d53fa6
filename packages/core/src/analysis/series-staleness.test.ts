import { describe, expect, it } from 'vitest';
import { metricSchema } from '../index.ts';
import { seriesStaleness } from './series-staleness.ts';

const ending = (period: string | undefined) => metricSchema.parse({ id: 'm', name: 'M', kind: 'nps', ...(period && { series: [{ period, value: 1 }] }) });
const asOf = new Date('2026-12-06T20:00:00Z');

describe('seriesStaleness', () => {
  it.each([
    ['2026-12', 0, 'month', false],
    ['2026-10', 2, 'month', false],
    ['2026-09', 3, 'month', true],
    ['2026-Q3', 1, 'quarter', false],
    ['2026-Q1', 3, 'quarter', true],
    ['2026-H1', 1, 'half', false],
    ['2025', 1, 'year', false],
    ['2023', 3, 'year', true],
    ['2026-12-04', 2, 'day', false],
    ['2026-12-03', 3, 'day', true],
    // 2026-12-06 is the Sunday ending ISO week 49.
    ['2026-W49', 0, 'week', false],
    ['2026-W47', 2, 'week', false],
    ['2026-W46', 3, 'week', true],
    ['2025-W52', 49, 'week', true],
  ] as const)('counts %s as %i periods (%s) behind the build of 2026-12-06, stale: %s', (period, behind, unit, stale) => {
    expect(seriesStaleness(ending(period), asOf)).toEqual({ latest: period, behind, unit, stale });
  });

  it('never calls a series without periods stale', () => {
    expect(seriesStaleness(ending(undefined), asOf)).toEqual({ latest: undefined, behind: 0, unit: undefined, stale: false });
  });
});
