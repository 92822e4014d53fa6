import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

// Every cell counts as three characters wide: delimiter rows read `---`, and no cell is padded
// to the widest of its column, which long cells would make unreadable.
const cellWidth = () => 3;

/** Writes an mdast tree as GitHub Flavored Markdown: `-` bullets, `_` emphasis, fenced code and compact tables. */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    extensions: [gfmToMarkdown({ stringLength: cellWidth })],
  });
}
