import { describe, expect, it } from 'vitest';
import { buildDate } from './build-date.ts';

const today = () => new Date('2026-12-06T20:15:00Z');

describe('buildDate', () => {
  it('takes the option first, then SOURCE_DATE_EPOCH, then today', () => {
    expect(buildDate('2026-01-31', { SOURCE_DATE_EPOCH: '1765065600' }, today)).toBe('2026-01-31');
    expect(buildDate(undefined, { SOURCE_DATE_EPOCH: '1765065600' }, today)).toBe('2025-12-07');
    expect(buildDate(undefined, {}, today)).toBe('2026-12-06');
    expect(buildDate(undefined, { SOURCE_DATE_EPOCH: '' }, today)).toBe('2026-12-06');
  });

  it('says what SOURCE_DATE_EPOCH must be when it is not a number of seconds', () => {
    expect(() => buildDate(undefined, { SOURCE_DATE_EPOCH: '2026-12-06' }, today)).toThrow(
      'SOURCE_DATE_EPOCH is "2026-12-06", but it must be a whole number of seconds since 1970-01-01 UTC, like 1765065600.',
    );
  });
});
