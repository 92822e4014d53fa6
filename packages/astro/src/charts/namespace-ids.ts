import { mapStartTags } from './svg-tags.ts';

/**
 * Renames every id of an SVG and the references to it (`url(#…)`, `href="#…"`) to
 * `<prefix>-1`, `<prefix>-2`… in order of first use. Vega numbers clip paths and gradients with
 * counters shared by all renders, so its ids would differ between builds and collide between
 * charts on one page.
 *
 * @example
 * namespaceIds('<g clip-path="url(#clip7)"/><clipPath id="clip7"/>', 'funnel');
 * // '<g clip-path="url(#funnel-1)"/><clipPath id="funnel-1"/>'
 */
export function namespaceIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  const rename = (id: string) => {
    const existing = renamed.get(id);
    if (existing !== undefined) return existing;
    const fresh = `${prefix}-${renamed.size + 1}`;
    renamed.set(id, fresh);
    return fresh;
  };
  return mapStartTags(svg, (tag) => ({
    ...tag,
    attributes: tag.attributes.map(([name, value]): [string, string] => {
      if (name === 'id') return [name, rename(value)];
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) return [name, `#${rename(value.slice(1))}`];
      return [name, value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)];
    }),
  }), /\sid="|href="#|url\(#/);
}
