import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { touchesBeforeConversion, type PersonJourney } from './touches-before-conversion.ts';

const touch = (time: string, channel = 'web') => ({ time, channel });

const journeys: PersonJourney[] = [
  // 2 touches before 5 March; the one at 5 March is not before it, the one on the 6th comes after.
  { person: 'ana', convertedAt: '2026-03-05', touches: [touch('2026-03-04'), touch('2026-03-01'), touch('2026-03-05'), touch('2026-03-06')] },
  { person: 'bo', touches: [touch('2026-03-02')] }, // did not convert: left out
  { person: 'cy', convertedAt: '2026-03-10', touches: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-09'].map((time) => touch(time, 'email')) },
  { person: 'dee', convertedAt: '2026-03-02', touches: [] },
  { person: 'eve', convertedAt: new Date(Date.UTC(2026, 2, 8)), touches: [touch('2026-03-06'), touch('2026-03-07')] },
];

describe('touchesBeforeConversion', () => {
  it('counts touches strictly before each conversion, for converting people only', () => {
    // Counts: ana 2, cy 4, dee 0, eve 2 → sorted 0, 2, 2, 4. Mean 8 / 4 = 2; median (2 + 2) / 2 = 2.
    expect(touchesBeforeConversion(journeys)).toEqual({
      mean: 2,
      median: 2,
      n: 4,
      thin: true,
      distribution: [
        { touches: 0, people: 1 },
        { touches: 2, people: 2 },
        { touches: 4, people: 1 },
      ],
    });
  });

  it('returns null mean and median, n 0 and a thin flag when nobody converted', () => {
    expect(touchesBeforeConversion([{ person: 'bo', touches: [touch('2026-03-02')] }])).toEqual({
      mean: null,
      median: null,
      n: 0,
      thin: true,
      distribution: [],
    });
  });

  it('rejects a person who appears twice, and invalid times', () => {
    expect(() => touchesBeforeConversion([{ person: 'ana', touches: [] }, { person: 'bo', touches: [] }, { person: 'ana', touches: [] }])).toThrow(
      new RangeError('Person "ana" appears in journeys 0 and 2; merge their touches into one journey per person.'),
    );
    expect(() => touchesBeforeConversion([{ person: 'ana', convertedAt: '5 March', touches: [] }])).toThrow(
      'The conversion time of person "ana" must be a valid Date or an ISO 8601 date',
    );
  });

  it('gives the same result whatever the order of people and touches', () => {
    const reordered = fc
      .shuffledSubarray(journeys, { minLength: journeys.length })
      .chain((people) => fc.tuple(...people.map((journey) => fc.shuffledSubarray([...journey.touches], { minLength: journey.touches.length }).map((touches) => ({ ...journey, touches })))));
    fc.assert(
      fc.property(reordered, (shuffled) => {
        expect(touchesBeforeConversion(shuffled)).toEqual(touchesBeforeConversion(journeys));
      }),
    );
  });
});
