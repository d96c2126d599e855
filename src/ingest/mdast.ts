// Shared by the readers that build a markdown tree (text, HTML, DOCX, PDF): the tidying that
// makes every format look alike to the comparison, and one serialiser for all of them.

import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** A numbered paragraph: "42. The social worker…" (the number is the paragraph label). */
export const NUMBERED = /^(\d{1,4})\.\s+(?=\S)/;

/**
 * A line that opens with a paragraph label other than "42. ": "1.2 The …", "3.1. The …", "(ii) …",
 * "(a) …", "(A) …", "b) …", "2) …". In text and PDF such a line starts a new paragraph, even where
 * the reader would otherwise join it to the line above. A dotted number must be followed by a
 * capital or an opening quote, so a wrapped line that starts "1.5 million" is not taken for a
 * label; brackets hold only a short label (one or two small letters, a small roman number, one
 * capital, up to three digits), so "(see above)" or "(LA)" is wording.
 */
export const LABELLED_LINE = /^(?:\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[\p{Lu}"“‘'(])|\((?:[ivxlc]{1,6}|[a-z]{1,2}|[A-Z]|\d{1,3})\)\s+(?=\S)|(?:[a-zA-Z]|\d{1,3})\)\s+(?=\S))/u;

/** A line that is only a paragraph label, its wording on the lines after: "(a)", "7.1", "42.", "b)". */
export const BARE_LABEL = /^(?:\d{1,4}\.|\d{1,3}(?:\.\d{1,3})+\.?|\((?:[ivxlc]{1,6}|[a-z]{1,2}|[A-Z]|\d{1,3})\)|(?:[a-zA-Z]|\d{1,3})\))$/u;

/** Markdown as the comparison reads it: `-` bullets, `#` headings, GFM tables, no hard wrapping. */
export function toMarkdown(root: Root): string {
  const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, {
    bullet: '-',
    bulletOrdered: '.',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
    setext: false,
    tightDefinitions: true,
  });
  const out = processor.stringify(root);
  return out.endsWith('\n') ? out : `${out}\n`;
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [text(value)] };
}

/** An ordered list item carrying one numbered paragraph. */
export function numberedList(start: number, children: Paragraph[]): List {
  return {
    type: 'list',
    ordered: true,
    start,
    spread: true,
    children: children.map((p): ListItem => ({ type: 'listItem', spread: false, children: [p] })),
  };
}

function isParent(node: Nodes): node is Extract<Nodes, { children: unknown[] }> {
  return 'children' in node && Array.isArray((node as { children?: unknown }).children);
}

/** Whitespace inside phrasing collapsed, hard breaks turned into spaces, images dropped. */
function tidyPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'break') {
      out.push(text(' '));
    } else if (child.type === 'image' || child.type === 'imageReference') {
      continue;
    } else if (child.type === 'text') {
      out.push({ ...child, value: child.value.replace(/\s+/g, ' ') });
    } else if ('children' in child) {
      out.push({ ...child, children: tidyPhrasing(child.children as PhrasingContent[]) } as PhrasingContent);
    } else {
      out.push(child);
    }
  }
  // Merge adjacent text nodes and trim the ends.
  const merged: PhrasingContent[] = [];
  for (const child of out) {
    const last = merged[merged.length - 1];
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else merged.push(child);
  }
  const first = merged[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return merged.filter((c) => !(c.type === 'text' && c.value === ''));
}

function isEmptyParagraph(p: Paragraph): boolean {
  return p.children.length === 0 || p.children.every((c) => c.type === 'text' && c.value.trim() === '');
}

/** If the paragraph opens with "42. ", take the number off and return it. */
function takeNumber(p: Paragraph): number | undefined {
  const first = p.children[0];
  if (first?.type !== 'text') return undefined;
  const m = NUMBERED.exec(first.value);
  if (!m) return undefined;
  first.value = first.value.slice(m[0].length);
  return Number(m[1]);
}

/**
 * Make a tree read like the comparison expects:
 * - paragraphs opening with "42. " become ordered-list items that start at 42
 *   (runs of consecutive numbers share one list);
 * - line breaks inside paragraphs become spaces (one paragraph per line);
 * - images and empty paragraphs go.
 */
export function normaliseTree<T extends Root>(root: T): T {
  tidy(root);
  return root;
}

function tidy(node: Nodes): void {
  if (!isParent(node)) return;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'link' || node.type === 'delete') {
    node.children = tidyPhrasing(node.children as PhrasingContent[]) as typeof node.children;
    return;
  }
  for (const child of node.children as Nodes[]) tidy(child);
  if (node.type === 'table') {
    // A table without a header row (Word, plain <tr><td>) gets an empty one from rehype-remark: drop it.
    const first = node.children[0];
    const emptyRow = first && first.children.every((cell) => cell.children.every((c) => c.type === 'text' && c.value.trim() === ''));
    if (emptyRow && node.children.length > 1) node.children.shift();
  }
  if (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem') {
    node.children = labelRuns(node.children as RootContent[]) as typeof node.children;
  }
}

function labelRuns(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (child.type === 'paragraph' && isEmptyParagraph(child)) continue;
    if (child.type === 'paragraph') {
      const n = takeNumber(child);
      if (n !== undefined) {
        const prev = out[out.length - 1];
        if (prev?.type === 'list' && prev.ordered && (prev.start ?? 1) + prev.children.length === n && prev.children.every((i) => i.children.length === 1)) {
          prev.children.push({ type: 'listItem', spread: false, children: [child] });
          prev.spread = true;
        } else {
          out.push(numberedList(n, [child]));
        }
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

const isLeafBlock = (node: Nodes): boolean => node.type === 'heading' || node.type === 'paragraph' || node.type === 'table';

/**
 * Where each block of a reader's markdown came from (a page of a PDF, a line of a text file),
 * carried from the tree the reader builds to the lines of the markdown it serialises. A reader
 * marks its leaf blocks (headings, paragraphs, tables) as it builds them; after normaliseTree and
 * toMarkdown, `byLine` gives the origin of every markdown line: the leaf blocks of the markdown,
 * parsed again, are the tree's leaf blocks in the same order. Blank lines and list markers take
 * the origin of the block that follows (or, at the end, precedes) them.
 */
export class LeafOrigins {
  private readonly origins = new WeakMap<object, number>();

  mark<T extends Nodes>(node: T, origin: number): T {
    this.origins.set(node, origin);
    return node;
  }

  byLine(root: Root, markdown: string): number[] {
    const values: number[] = [];
    let last: number | undefined;
    visit(root, (node) => {
      if (!isLeafBlock(node)) return undefined;
      last = this.origins.get(node) ?? last;
      values.push(last ?? 1);
      return SKIP;
    });
    const lineCount = markdown.endsWith('\n') ? markdown.split('\n').length - 1 : markdown.split('\n').length;
    const out = new Array<number | undefined>(lineCount).fill(undefined);
    let k = 0;
    visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), (node) => {
      if (!isLeafBlock(node)) return undefined;
      const value = values[Math.min(k++, values.length - 1)];
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (value !== undefined && start !== undefined && end !== undefined) for (let i = start; i <= end; i++) out[i - 1] = value;
      return SKIP;
    });
    let next: number | undefined;
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i] === undefined) out[i] = next;
      else next = out[i];
    }
    let previous = values[0] ?? 1;
    return out.map((v) => (v === undefined ? previous : (previous = v)));
  }
}
