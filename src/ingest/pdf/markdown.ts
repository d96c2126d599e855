// PDF lines → markdown: the document's layout is measured, its lines gathered into blocks and
// each block read (blocks.ts), hyphens at line ends kept or dropped by how the document spells
// the word elsewhere, and the markdown written with the page of every line kept, so that changes
// found in a PDF are cited by page.

import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';
import { LeafOrigins, normaliseTree, paragraph, toMarkdown } from '../mdast.js';
import { HYPHEN_MARK, readBlocks, splitBlocks, type Block } from './blocks.js';
import { measureLayout, type PageLines } from './layout.js';

/** The markdown of the pages' lines; pages[i] is the page of markdown line i + 1. */
export function linesToMarkdown(pages: PageLines[]): { markdown: string; pages: number[] } {
  const layout = measureLayout(pages);
  const blocks = readBlocks(splitBlocks(pages.flatMap((p) => p.lines), layout), layout);
  return writeMarkdown(resolveHyphens(blocks));
}

/** "co-" + "ordinate": keep the hyphen unless the document writes the word without it elsewhere. */
function resolveHyphens(blocks: Block[]): Block[] {
  const words = new Set<string>();
  for (const b of blocks) for (const w of b.text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []) words.add(w);
  return blocks.map((b) => {
    if (!b.text.includes(HYPHEN_MARK)) return b;
    const text = b.text.replace(/([\p{L}\p{N}'’-]*)-\u0000([\p{L}\p{N}'’-]*)/gu, (_, before: string, after: string) => {
      const hyphenated = `${before}-${after}`;
      const joined = `${before}${after}`;
      if (!words.has(hyphenated.toLowerCase()) && words.has(joined.toLowerCase())) return joined;
      return hyphenated;
    });
    return { ...b, text };
  });
}

/**
 * Blocks → the markdown tree, each leaf marked with its page, then serialised; each markdown line
 * gets the page of its leaf block, a blank line the next block's. Consecutive bullets are one list.
 */
function writeMarkdown(blocks: Block[]): { markdown: string; pages: number[] } {
  const root: Root = { type: 'root', children: [] };
  const pageOf = new LeafOrigins();
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const h: Heading = { type: 'heading', depth: b.depth as Heading['depth'], children: [{ type: 'text', value: b.text }] };
      root.children.push(pageOf.mark(h, b.page));
    } else if (b.kind === 'bullet') {
      const item: ListItem = { type: 'listItem', spread: false, children: [pageOf.mark(paragraph(b.text), b.page)] };
      const last = root.children[root.children.length - 1];
      if (last?.type === 'list' && !last.ordered) last.children.push(item);
      else root.children.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else {
      root.children.push(pageOf.mark(paragraph(b.text) satisfies Paragraph, b.page));
    }
  }
  const tree = normaliseTree(root);
  const markdown = toMarkdown(tree);
  return { markdown, pages: pageOf.byLine(tree, markdown) };
}
