import { startTag } from './svg-tags.ts';

const style = /\sstyle="([^"]*)"/;

/**
 * Replaces placeholder colours in an SVG with the CSS values they stand for, moving each into the
 * element's `style` attribute: browsers ignore `var()` in presentation attributes like `fill`.
 * An existing `style` is kept and extended; colours not in `colors` stay as they are.
 *
 * @example
 * themeSvg('<rect fill="#4c78a8"/>', { '#4c78a8': 'var(--jk-chart-1, #4c78a8)' });
 * // '<rect style="fill: var(--jk-chart-1, #4c78a8)"/>'
 */
export function themeSvg(svg: string, colors: Readonly<Record<string, string>>): string {
  const css = new Map(Object.entries(colors).map(([hex, value]) => [hex.toLowerCase(), value]));
  if (css.size === 0) return svg;
  // Only the attributes that hold a placeholder are taken out: most tags of a chart have none and
  // are kept as written.
  const hexes = [...css.keys()].map((hex) => hex.replace(/[^\w#]/g, '\\$&')).join('|');
  const themed = new RegExp(`\\s(fill|stroke|stop-color)="((?i:${hexes}))"`, 'g');
  return svg.replace(startTag, (tag) => {
    const declarations: string[] = [];
    const kept = tag.replace(themed, (_, name: string, hex: string) => {
      declarations.push(`${name}: ${css.get(hex.toLowerCase())}`);
      return '';
    });
    if (declarations.length === 0) return tag;
    const existing = style.exec(kept);
    if (existing !== null) {
      const merged = [existing[1]!.trim().replace(/;$/, ''), ...declarations].filter(Boolean).join('; ');
      return kept.replace(style, () => ` style="${merged}"`);
    }
    const end = kept.endsWith('/>') ? kept.length - 2 : kept.length - 1;
    return `${kept.slice(0, end)} style="${declarations.join('; ')}"${kept.slice(end)}`;
  });
}
