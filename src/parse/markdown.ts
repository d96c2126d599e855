// Markdown → mdast with the one pipeline every part of wtdiff (and the bench's
// parse floor) uses: remark-parse + remark-gfm (tables, strikethrough, footnotes).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
