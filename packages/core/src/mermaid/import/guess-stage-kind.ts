import type { StageKind } from '../../schema/stage.ts';

// Words teams use for each usual stage (see the domain notes): the first kind whose word starts a
// word of the section's name wins; anything else is a custom stage.
const words: [StageKind, RegExp][] = [
  ['awareness', /\b(?:aware|discover|attract|reach|learn about|hear)/i],
  ['consideration', /\b(?:consider|evaluat|research|compar|explor|shortlist|trial|try)/i],
  ['purchase', /\b(?:purchas|buy|decid|decision|conver|checkout|order|pay|sign)/i],
  ['onboarding', /\b(?:onboard|set ?up|install|implement|activat|get(?:ting)? started|kick)/i],
  ['retention', /\b(?:retent|retain|use|using|adopt|expan|renew|upsell|support|loyal|engag|deliver|return)/i],
  ['advocacy', /\b(?:advoca|refer|review|recommend|share|promot)/i],
];

/**
 * The usual stage a section's name most likely stands for, or `custom`.
 *
 * @example
 * guessStageKind('Checkout'); // 'purchase'
 * guessStageKind('Go to work'); // 'custom'
 */
export function guessStageKind(name: string): StageKind {
  return words.find(([, pattern]) => pattern.test(name))?.[0] ?? 'custom';
}
