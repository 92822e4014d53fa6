import hyphen from 'hyphen/en-us/index.js';

/**
 * Text with soft hyphens (U+00AD) where its English words may break. A map column is narrow,
 * especially on paper: a word wider than its column then breaks at a syllable, with a hyphen,
 * instead of anywhere; browsers show a soft hyphen only where a line breaks. The map is left out
 * of search, so the index never holds the hyphenated words.
 */
export const softHyphens = (text: string): string => hyphen.hyphenateSync(text, { hyphenChar: '\u00AD', minWordLength: 7 });
