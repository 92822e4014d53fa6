/**
 * Control characters, and the Unicode controls that reorder text on screen: a terminal would act
 * on them (colours, cursor moves, a title, a line that CI reads as a workflow command) instead of
 * showing them.
 */
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a definition or data file, safe to print to a terminal: each control character is
 * shown as one visible character (its Unicode "control picture", like ␛ for ESC and ␊ for a line
 * feed, else �), so nothing is acted on and columns under it still line up. Characters in `keep`
 * are left as they are.
 *
 * @example
 * visibleControls('Checkout\u001B[2J'); // 'Checkout␛[2J'
 * visibleControls('a\nb', '\n'); // 'a\nb'
 */
export function visibleControls(text: string, keep = ''): string {
  return text.replace(controls, (character) => {
    if (keep.includes(character)) return character;
    const code = character.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}
