import hyphen from 'hyphen/en-us/index.js';

/**
 * Text with soft hyphens (U+00AD) where its English words may break. A map column is narrow,
 * especially on paper: a word wider than its column then breaks at a syllable, with a hyphen,
 * instead of anywhere; browsers show a soft hyphen only where a line breaks, as they would with
 * `hyphens: auto` where they have the dictionaries. Words of eight letters or more get them: on
 * paper a column holds about ten. The map is left out of search, so the index never holds them.
 */
export const softHyphens = (text: string): string => hyphen.hyphenateSync(text, { hyphenChar: '\u00AD', minWordLength: 8 });
