/**
 * Where a statement's text ends, as Mermaid lexes it: at a `#` that does not start an entity code
 * (`#35;`, which Mermaid decodes before it parses), since that starts a comment, or at a `;`, which
 * Mermaid's journey grammar does not accept (`semicolon` is then its index).
 */
export function statementEnd(text: string): { end: number; semicolon: number | undefined } {
  const entity = /#\w+;/y;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === ';') return { end: i, semicolon: i };
    if (char !== '#') continue;
    entity.lastIndex = i;
    if (!entity.test(text)) return { end: i, semicolon: undefined };
    i = entity.lastIndex - 1;
  }
  return { end: text.length, semicolon: undefined };
}
