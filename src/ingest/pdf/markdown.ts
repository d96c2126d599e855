// PDF lines → markdown: lines are gathered into blocks (by spacing, size, weight, indentation,
// labels and page breaks), each block is read as a heading, a bullet or a paragraph, and the
// markdown is written with the page of every line kept.

import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';
import { LABELLED_LINE, LeafOrigins, normaliseTree, paragraph, toMarkdown } from '../mdast.js';
import { BULLET_GLYPH, bodySizeOf, mode, NUMBER_LABEL, percentile, type Line, type PageLines } from './layout.js';

type BlockKind = 'heading' | 'paragraph' | 'bullet';

interface Block {
  kind: BlockKind;
  page: number;
  lines: Line[];
  size: number;
  bold: boolean;
  depth?: number;
  text?: string;
}

export function linesToMarkdown(pages: PageLines[]): { markdown: string; pages: number[] } {
  const all = pages.flatMap((p) => p.lines);
  // Body text: the size carrying most characters.
  const bodySize = bodySizeOf(all);
  const bodyLines = all.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  // The left margin: the leftmost x that body lines share (list content is often further in).
  const xs = bodyLines.map((l) => Math.round(l.x0));
  const xCount = new Map<number, number>();
  for (const x of xs) xCount.set(x, (xCount.get(x) ?? 0) + 1);
  const near = (x: number): number => (xCount.get(x - 1) ?? 0) + (xCount.get(x) ?? 0) + (xCount.get(x + 1) ?? 0);
  const left = [...xCount.keys()].filter((x) => near(x) >= Math.min(3, xs.length)).reduce((a, b) => Math.min(a, b), mode(xs));
  const right = percentile(bodyLines.map((l) => l.x1), 0.9);
  const deltas: number[] = [];
  for (const p of pages) {
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1]!;
      const b = p.lines[i]!;
      const d = a.y - b.y;
      if (Math.abs(a.size - bodySize) < 0.6 && Math.abs(b.size - bodySize) < 0.6 && d > 0 && d < bodySize * 2.5) deltas.push(d);
    }
  }
  // The usual distance between lines of one paragraph: the smaller cluster of gaps.
  const spacing = deltas.length ? percentile(deltas, 0.25) : bodySize * 1.2;
  const isLarge = (l: Line): boolean => l.size >= bodySize * 1.12;
  // A line ended early when the next line's first word would have fitted after it.
  const endsEarly = (l: Line, next: Line): boolean => {
    if (isLarge(l)) return false;
    const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
    const firstWord = next.text.split(' ')[0] ?? '';
    return right - l.x1 > (firstWord.length + 1) * charWidth * 1.15 + 2;
  };
  // A bullet, a "42." or any other paragraph label ("1.2 The …", "(ii) …") starts a new block:
  // short numbered paragraphs printed one under another are separate paragraphs, not one.
  const startsItem = (l: Line): boolean => BULLET_GLYPH.test(l.text) || NUMBER_LABEL.test(l.text) || LABELLED_LINE.test(l.text);
  const indented = (l: Line): boolean => l.x0 > left + bodySize * 0.8;

  const blocks: Block[] = [];
  let current: Block | undefined;
  let prev: Line | undefined;
  const open = (l: Line): void => {
    current = { kind: 'paragraph', page: l.page, lines: [l], size: l.size, bold: l.bold };
    blocks.push(current);
  };
  for (const l of all) {
    if (!current || !prev) {
      open(l);
      prev = l;
      continue;
    }
    const sameStyle = Math.abs(l.size - current.size) < 0.6 && l.bold === current.bold;
    const last = current.lines[current.lines.length - 1]!;
    // Indentation: the second line of a block may sit right of a "42." or "•" (hanging indent) or
    // left of an indented first line; after that, every line keeps the same x.
    let xSplit = false;
    if (Math.abs(l.x0 - last.x0) > 1.5) {
      if (current.lines.length === 1) {
        const hanging = startsItem(last) && l.x0 > last.x0;
        const firstLineIndent = !startsItem(last) && last.x0 > l.x0 && last.x0 - l.x0 < bodySize * 3 && Math.abs(l.x0 - left) < 1.5;
        xSplit = !hanging && !firstLineIndent;
      } else {
        xSplit = true;
      }
    }
    let split: boolean;
    if (l.page !== prev.page) {
      // A paragraph cut by the page break goes on when the previous line ran to the margin and the
      // next line does not look like the start of something new. In a hanging-indent block (a
      // numbered item) a line at the inner x goes on; elsewhere a sentence end just before the
      // break, followed by a capital, is taken as a paragraph end — unless the text is justified:
      // there only a paragraph's last line stops short, so a line flush with the lines above it
      // (all ending at one x, which ragged text hardly ever does) says the paragraph goes on.
      const first = current.lines[0]!;
      const hangingContinuation = startsItem(first) && l.x0 > first.x0 + 1.5 && !xSplit;
      const end = prev.x1;
      const justifiedContinuation = current.lines.length >= 2 && current.lines.every((c) => Math.abs(c.x1 - end) < 0.5);
      const endsSentence = /[.:;!?]["'”’)]?$/.test(prev.text) && /^[\p{Lu}\d"“‘(]/u.test(l.text);
      split =
        !sameStyle || isLarge(l) || current.bold || endsEarly(prev, l) || startsItem(l) || xSplit ||
        (!hangingContinuation && !justifiedContinuation && endsSentence);
    } else {
      const gap = prev.y - l.y;
      const expected = spacing * (Math.max(l.size, prev.size) / bodySize);
      split = !sameStyle || gap > expected * 1.3 || gap < 0 || startsItem(l) || xSplit || endsEarly(prev, l);
    }
    if (split) open(l);
    else current.lines.push(l);
    prev = l;
  }

  // Classify.
  const largeSizes = [...new Set(blocks.filter((b) => b.lines.every(isLarge)).map((b) => b.size))].sort((a, b) => b - a);
  for (const b of blocks) {
    const text = joinLines(b.lines);
    b.text = text;
    if (b.lines.every(isLarge) && text.length < 300) {
      b.kind = 'heading';
      b.depth = Math.min(6, largeSizes.indexOf(b.size) + 1);
    } else if (b.bold && b.lines.length <= 2 && text.length < 150 && !/[.;:,]$/.test(text) && !NUMBER_LABEL.test(text)) {
      b.kind = 'heading';
      b.depth = Math.min(6, largeSizes.length + 1);
    } else if (BULLET_GLYPH.test(text)) {
      b.kind = 'bullet';
      b.text = text.replace(BULLET_GLYPH, '');
    } else if (!NUMBER_LABEL.test(text) && indented(b.lines[0]!) && b.lines.every((l) => indented(l))) {
      // Indented, unnumbered: a bullet whose marker was drawn rather than written.
      b.kind = 'bullet';
    }
  }
  resolveHyphens(blocks);

  // Build the tree, each leaf marked with its page.
  const root: Root = { type: 'root', children: [] };
  const pageOf = new LeafOrigins();
  for (const b of blocks) {
    const value = b.text ?? '';
    if (b.kind === 'heading') {
      const h: Heading = { type: 'heading', depth: (b.depth ?? 1) as Heading['depth'], children: [{ type: 'text', value }] };
      root.children.push(pageOf.mark(h, b.page));
    } else if (b.kind === 'bullet') {
      const item: ListItem = { type: 'listItem', spread: false, children: [pageOf.mark(paragraph(value), b.page)] };
      const last = root.children[root.children.length - 1];
      if (last?.type === 'list' && !last.ordered) last.children.push(item);
      else root.children.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else {
      root.children.push(pageOf.mark(paragraph(value) satisfies Paragraph, b.page));
    }
  }
  const tree = normaliseTree(root);
  const markdown = toMarkdown(tree);
  return { markdown, pages: pageOf.byLine(tree, markdown) };
}

const HYPHEN_MARK = '\u0000';

function joinLines(lines: Line[]): string {
  let text = lines[0]?.text ?? '';
  for (const l of lines.slice(1)) {
    if (/\u00ad$/.test(text)) text = text.slice(0, -1) + l.text;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(l.text)) text = text + HYPHEN_MARK + l.text;
    else text = `${text} ${l.text}`;
  }
  return text.replace(/\u00ad/g, '');
}

/** "co-" + "ordinate": keep the hyphen unless the document writes the word without it elsewhere. */
function resolveHyphens(blocks: Block[]): void {
  const words = new Set<string>();
  for (const b of blocks) for (const w of (b.text ?? '').toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []) words.add(w);
  for (const b of blocks) {
    if (!b.text?.includes(HYPHEN_MARK)) continue;
    b.text = b.text.replace(/([\p{L}\p{N}'’-]*)-\u0000([\p{L}\p{N}'’-]*)/gu, (_, before: string, after: string) => {
      const hyphenated = `${before}-${after}`;
      const joined = `${before}${after}`;
      if (!words.has(hyphenated.toLowerCase()) && words.has(joined.toLowerCase())) return joined;
      return hyphenated;
    });
  }
}
