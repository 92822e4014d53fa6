import { escapeXml, mapStartTags } from './svg-tags.ts';

/**
 * Gives an SVG chart its accessible name and description: `role="img"` on the root, and `<title>`
 * and `<desc>` elements that `aria-labelledby` and `aria-describedby` point at. The ids derive
 * from `chart.id`, so several charts can share a page.
 *
 * @example
 * labelSvg('<svg width="10"></svg>', { id: 'nps', title: 'NPS', description: 'Mostly promoters.' });
 * // '<svg width="10" role="img" aria-labelledby="nps-svg-title" aria-describedby="nps-svg-desc"><title id="nps-svg-title">NPS</title><desc id="nps-svg-desc">Mostly promoters.</desc></svg>'
 */
export function labelSvg(svg: string, chart: { id: string; title: string; description: string }): string {
  // Not `<id>-title`: pages often give that id to the chart's visible caption.
  const ids = { title: `${chart.id}-svg-title`, desc: `${chart.id}-svg-desc` };
  const added: [string, string][] = [
    ['role', 'img'],
    ['aria-labelledby', ids.title],
    ['aria-describedby', ids.desc],
  ];
  const rootEnd = svg.indexOf('>') + 1;
  const root = mapStartTags(svg.slice(0, rootEnd), (tag) => {
    const kept = tag.attributes.filter(([name]) => !added.some(([replaced]) => replaced === name) && name !== 'aria-label');
    return { ...tag, attributes: [...kept, ...added.map(([name, value]): [string, string] => [name, escapeXml(value)])] };
  });
  const elements =
    `<title id="${escapeXml(ids.title)}">${escapeXml(chart.title)}</title>` +
    `<desc id="${escapeXml(ids.desc)}">${escapeXml(chart.description)}</desc>`;
  return root + elements + svg.slice(rootEnd);
}
