import { show } from './check.ts';
import { meanOf, quantile } from './quantile.ts';
import { sampleOf, type Sample, type SampleOptions } from './sample.ts';
import { toMillis, type Instant } from './time.ts';
import { touchesBefore, type Touch } from './touch.ts';

/**
 * One person's touches and, if they converted, when.
 *
 * @example
 * const journey: PersonJourney = { person: 'ana', convertedAt: '2026-03-05', touches: [{ time: '2026-03-01', channel: 'email' }] };
 */
export interface PersonJourney {
  person: string;
  touches: readonly Touch[];
  convertedAt?: Instant;
}

/**
 * How many touches converting people had before converting; `n` counts converting people.
 *
 * @example
 * const { median, distribution }: TouchesBeforeConversionResult = touchesBeforeConversion(journeys);
 */
export interface TouchesBeforeConversionResult extends Sample {
  /** Mean touches per converting person; null when nobody converted. */
  mean: number | null;
  /** Median touches per converting person (halfway between the middle two for an even count); null when nobody converted. */
  median: number | null;
  /** How many people converted after each number of touches, fewest touches first; only numbers someone had. */
  distribution: { touches: number; people: number }[];
}

/**
 * How many touches people had before converting: for each person with a conversion, the touches
 * strictly before its time, summarised as mean, median and distribution. People who did not convert
 * are left out. This is the real-data answer to the "about seven touches" rule of thumb.
 *
 * @throws {RangeError} When a person appears twice or a time is invalid.
 * @example
 * touchesBeforeConversion([
 *   { person: 'ana', convertedAt: '2026-03-05', touches: [{ time: '2026-03-01', channel: 'email' }, { time: '2026-03-04', channel: 'web' }] },
 *   { person: 'bo', touches: [{ time: '2026-03-02', channel: 'web' }] },
 * ]);
 * // { mean: 2, median: 2, n: 1, thin: true, distribution: [{ touches: 2, people: 1 }] }
 */
export function touchesBeforeConversion(
  journeys: readonly PersonJourney[],
  options: SampleOptions = {},
): TouchesBeforeConversionResult {
  checkUniquePeople(journeys);
  const counts = journeys
    .flatMap(({ person, touches, convertedAt }) => {
      if (convertedAt === undefined) return [];
      const where = `person ${show(person)}`;
      return [touchesBefore(touches, toMillis(convertedAt, `The conversion time of ${where}`), where).length];
    })
    .sort((a, b) => a - b);
  return {
    mean: meanOf(counts),
    median: quantile(counts, 0.5),
    ...sampleOf(counts.length, options),
    distribution: distributionOf(counts),
  };
}

function distributionOf(sortedCounts: readonly number[]): TouchesBeforeConversionResult['distribution'] {
  const people = new Map<number, number>();
  for (const touches of sortedCounts) people.set(touches, (people.get(touches) ?? 0) + 1);
  return [...people].map(([touches, count]) => ({ touches, people: count }));
}

function checkUniquePeople(journeys: readonly PersonJourney[]): void {
  const seen = new Map<string, number>();
  journeys.forEach(({ person }, index) => {
    const first = seen.get(person);
    if (first !== undefined) {
      throw new RangeError(
        `Person ${show(person)} appears in journeys ${first} and ${index}; merge their touches into one journey per person.`,
      );
    }
    seen.set(person, index);
  });
}
