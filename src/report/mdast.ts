// Markdown is built as an mdast tree and serialised by mdast-util-to-markdown
// (with GFM tables), which escapes document text so it renders as the words
// themselves: pipes, asterisks, brackets and raw HTML included.
import type { Root, RootContent, PhrasingContent, Table, TableCell } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

export function serialise(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', rule: '-' });
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });

export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [{ type: 'tableRow', children: header.map((h) => cell([text(h)])) }, ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map(cell) }))],
  };
}
