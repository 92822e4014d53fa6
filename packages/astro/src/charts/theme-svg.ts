import { mapStartTags } from './svg-tags.ts';

const colourAttributes = new Set(['fill', 'stroke', 'stop-color']);

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
  return mapStartTags(svg, (tag) => {
    const declarations: string[] = [];
    const kept = tag.attributes.filter(([name, value]) => {
      const replacement = colourAttributes.has(name) ? css.get(value.toLowerCase()) : undefined;
      if (replacement !== undefined) declarations.push(`${name}: ${replacement}`);
      return replacement === undefined;
    });
    if (declarations.length === 0) return tag;
    const style = kept.find(([name]) => name === 'style');
    const merged = [style?.[1].trim().replace(/;$/, ''), ...declarations].filter(Boolean).join('; ');
    const attributes: [string, string][] = style === undefined
      ? [...kept, ['style', merged]]
      : kept.map(([name, value]) => [name, name === 'style' ? merged : value]);
    return { ...tag, attributes };
  }, /\s(?:fill|stroke|stop-color)="/);
}
