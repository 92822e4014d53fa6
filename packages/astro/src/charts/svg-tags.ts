/** A start tag of an SVG document, with its attributes in order and their values still escaped. */
export interface SvgTag {
  name: string;
  attributes: [name: string, value: string][];
}

// Vega writes every attribute as name="value" with `"`, `<` and `>` escaped, so text content
// never holds a tag and a value never holds a quote: a regular expression reads its output exactly.
/** A start tag as Vega writes it: its name, its attributes and any self-closing slash. */
export const startTag = /<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>/g;
const attribute = /\s+([^\s=/>]+)="([^"]*)"/g;

/**
 * Rewrites every start tag of an SVG string with `change`, leaving text and end tags as they are.
 * With `relevant`, only tags whose attributes match it are parsed and passed to `change`.
 *
 * @example
 * mapStartTags('<svg><rect fill="red"/></svg>', (tag) => ({ ...tag, attributes: tag.attributes.filter(([name]) => name !== 'fill') }));
 * // '<svg><rect/></svg>'
 */
export function mapStartTags(svg: string, change: (tag: SvgTag, index: number) => SvgTag, relevant?: RegExp): string {
  let index = 0;
  return svg.replace(startTag, (whole: string, name: string, list: string, selfClosing: string) => {
    // Most tags of a chart need no change: without a match they are kept as written, unparsed.
    if (relevant !== undefined && !relevant.test(list)) {
      index++;
      return whole;
    }
    const attributes = [...list.matchAll(attribute)].map(([, key = '', value = '']): [string, string] => [key, value]);
    const tag = change({ name, attributes }, index++);
    return `<${tag.name}${tag.attributes.map(([key, value]) => ` ${key}="${value}"`).join('')}${selfClosing}>`;
  });
}

/**
 * Escapes text for an XML attribute value or text node.
 *
 * @example
 * escapeXml('Sales & "CS"'); // 'Sales &amp; &quot;CS&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
