import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `name`, when it is close enough to be a likely typo.
 * Defaults to no suggestion when nothing is within a third of the name's length.
 *
 * @example
 * closest('onbaording', ['onboarding', 'renewal']); // 'onboarding'
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
