import hyphen from 'hyphen/en-us/index.js';

/** Words shorter than this get no soft hyphens: on paper a map column holds about ten letters. */
const minWordLength = 8;

// What the hyphenator takes for a letter: anything but white space and ASCII or general
// punctuation (digits included), the apostrophe excepted.
const letter = String.raw`[^\s!-&(-@[-\`{-~\u2013-\u203C]`;
/** A word the hyphenator would break: a run of letters at least `minWordLength` long. */
const longWord = new RegExp(`${letter}{${minWordLength},}`, 'g');
/** Where the hyphenator sees an HTML tag, inside which it breaks nothing. */
const tag = new RegExp(`<(?:/|${letter})`);

const hyphenate = (text: string): string => hyphen.hyphenateSync(text, { hyphenChar: '\u00AD', minWordLength });

/**
 * Text with soft hyphens (U+00AD) where its English words may break. A map column is narrow,
 * especially on paper: a word wider than its column then breaks at a syllable, with a hyphen,
 * instead of anywhere; browsers show a soft hyphen only where a line breaks, as they would with
 * `hyphens: auto` where they have the dictionaries. The map is left out of search, so the index
 * never holds them.
 *
 * The hyphenator reads a text a character at a time, and every label of every map comes here:
 * it is given the long words alone, which it breaks just as it does within their text.
 */
export const softHyphens = (text: string): string => (tag.test(text) ? hyphenate(text) : text.replace(longWord, hyphenate));
