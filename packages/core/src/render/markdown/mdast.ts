import type { BlockContent, Heading, Html, List, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, Text } from 'mdast';

// Small builders of mdast nodes, so that the sections of a report read as what they say.

/** Inline content: a plain string (its line breaks become spaces), or nodes. */
export type Inline = string | PhrasingContent | readonly PhrasingContent[];

/** A text node. Line breaks inside are kept: callers decide how a break shows. */
export const text = (value: string): Text => ({ type: 'text', value });

/** Inline content as nodes; line breaks in plain strings become spaces, since they would end a heading or a table row. */
export function inline(content: Inline): PhrasingContent[] {
  if (typeof content === 'string') return [text(content.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '))];
  return Array.isArray(content) ? [...(content as readonly PhrasingContent[])] : [content as PhrasingContent];
}

export const strong = (content: Inline): Strong => ({ type: 'strong', children: inline(content) });
export const emphasis = (content: Inline): PhrasingContent => ({ type: 'emphasis', children: inline(content) });
export const paragraph = (...content: Inline[]): Paragraph => ({ type: 'paragraph', children: content.flatMap(inline) });
export const heading = (depth: Heading['depth'], content: Inline): Heading => ({ type: 'heading', depth, children: inline(content) });

/** A paragraph of prose written by an author, its line breaks kept as soft breaks. */
export const prose = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value.replace(/\r\n?|[\u2028\u2029]/g, '\n'))] });

/** `**Label:** value`, the way reports give a fact. */
export const fact = (label: string, value: Inline): PhrasingContent[] => [strong(`${label}:`), text(' '), ...inline(value)];

/** A fact per label whose list has entries, the entries joined with "; "; empty lists are left out. */
export const listFacts = (pairs: readonly (readonly [label: string, entries: readonly string[] | undefined])[]): PhrasingContent[][] =>
  pairs.flatMap(([label, entries]) => (entries === undefined || entries.length === 0 ? [] : [fact(label, entries.join('; '))]));

/** A tight bulleted list, an item per entry. */
export function list(items: readonly Inline[]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })) };
}

const br: Html = { type: 'html', value: '<br>' };

/** Entries of a table cell, one per line: GFM cells cannot hold lists, GitHub shows `<br>` as a break. */
export function lines(entries: readonly Inline[]): PhrasingContent[] {
  return entries.flatMap((entry, i) => (i === 0 ? inline(entry) : [br, ...inline(entry)]));
}

/** A GFM table with a header row; every cell is inline content. */
export function table(header: readonly string[], rows: readonly (readonly Inline[])[]): Table {
  const row = (cells: readonly Inline[]) => ({ type: 'tableRow' as const, children: cells.map((cell): TableCell => ({ type: 'tableCell', children: inline(cell) })) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** A fenced code block, like the `mermaid` block GitHub draws. */
export const code = (lang: string, value: string): RootContent => ({ type: 'code', lang, value: value.replace(/\n$/, '') });

/** A quotation. */
export const quote = (value: string): BlockContent => ({ type: 'blockquote', children: [prose(value)] });

/** A document of blocks; undefined entries are left out, so sections can be optional. */
export const root = (children: readonly (RootContent | readonly RootContent[] | undefined)[]): Root => ({
  type: 'root',
  children: children.flatMap((child) => (child === undefined ? [] : Array.isArray(child) ? [...child] : [child as RootContent])),
});
