// Text inside a Mermaid journey diagram. Mermaid turns `#35;` into "#" (its entity codes, applied to
// the whole diagram before parsing), which is how the characters its grammar reserves are written:
// `#` starts a comment, `;` is invalid, `:` and `,` separate fields, `%%` starts a comment, `}`
// closes a multi-line accDescr, and leading or trailing spaces are trimmed. A journey diagram draws
// `<br>` in titles, sections and tasks as those four characters, so line breaks there are folded
// into spaces; the exporter keeps the text as written in its `%% journeykit:` comments.

/** Where a text goes in a diagram; each place reserves different characters. */
export type MermaidTextPlace = 'title' | 'section' | 'task' | 'actor' | 'accessible';

// Reserved everywhere: # ; : % < > { }, and control characters but for line feeds.
const reserved = /[#;:%<>{}\u0000-\u0009\u000b-\u001f\u007f]/g;
const entity = (char: string) => `#${char.codePointAt(0)};`;

/** Lines that start with these words are statements, not tasks; Mermaid matches them in any case. */
const keywords = /^(?:journey|title|section|acctitle|accdescr)/i;

/**
 * The text on one line, as a drawn diagram can show it: each line break becomes a space.
 *
 * @example
 * foldLines('Pays\nby card'); // 'Pays by card'
 */
export function foldLines(text: string): string {
  return text.replaceAll('\n', ' ');
}

/**
 * Escapes text so that Mermaid shows it as written at the given place: reserved characters and
 * leading or trailing whitespace become entity codes (`#35;`), line breaks become spaces (or `#10;`
 * in accessible titles and descriptions, which are not drawn), commas are escaped in actor names,
 * and a task that starts with a keyword gets its first letter escaped.
 *
 * @example
 * escapeMermaidText('Pay: 3 steps; done #1', 'task'); // 'Pay#58; 3 steps#59; done #35;1'
 */
export function escapeMermaidText(text: string, place: MermaidTextPlace): string {
  let escaped = text.replace(reserved, entity);
  if (place === 'actor') escaped = escaped.replaceAll(',', '#44;');
  escaped = place === 'accessible' ? escaped.replaceAll('\n', '#10;') : foldLines(escaped);
  escaped = escaped.replace(/^\s+/u, (spaces) => [...spaces].map(entity).join('')).replace(/\s+$/u, (spaces) => [...spaces].map(entity).join(''));
  if (place === 'task' && keywords.test(escaped)) escaped = entity(escaped[0]!) + escaped.slice(1);
  return escaped;
}

// The named entity codes worth reading back; Mermaid passes any name on to the browser as `&name;`.
const named: Record<string, string> = {
  amp: '&',
  apos: '\'',
  colon: ':',
  comma: ',',
  gt: '>',
  lbrace: '{',
  lcub: '{',
  lt: '<',
  nbsp: '\u00a0',
  num: '#',
  percnt: '%',
  quot: '"',
  rbrace: '}',
  rcub: '}',
  semi: ';',
};

/**
 * Reads text written in a Mermaid diagram back: `<br>` in any of its spellings becomes a line break,
 * then entity codes (`#35;`, `#quot;`) become their characters. Unknown names stay as written.
 *
 * @example
 * unescapeMermaidText('Pay#58; 3 steps<br/>done #35;1'); // 'Pay: 3 steps\ndone #1'
 */
export function unescapeMermaidText(text: string): string {
  return text.replace(/<br\s*\/?>/gi, '\n').replace(/#(\w+);/g, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}
