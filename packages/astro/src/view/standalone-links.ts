/**
 * Rewrites the links of a page built under the base path `marker` for reading on its own: each
 * `href="<marker>…"` points into the published report at `published` when its address is known,
 * and is dropped otherwise, leaving the words as plain text. Text from definitions cannot be
 * mistaken for a link: Astro escapes its quotes, and the pattern needs a real `href="`.
 *
 * @example
 * standaloneLinks('<a href="/x/teams/sales/">Sales</a>', '/x/', 'https://cx.example.com/');
 * // '<a href="https://cx.example.com/teams/sales/">Sales</a>'
 */
export function standaloneLinks(html: string, marker: string, published: string | undefined): string {
  const link = new RegExp(` href="${marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^"]*)"`, 'g');
  return html.replace(link, (_match, path: string) => (published === undefined ? '' : ` href="${new URL(path, published).href}"`));
}
