// PDF blocks: consecutive lines → blocks, and what each block is (a heading, a bullet or a
// paragraph). A new block starts at a line-spacing gap, a change of size, weight or indentation,
// a bullet glyph or paragraph label, or after a short line that ends a paragraph; a paragraph cut
// by a page break is joined to its continuation on the next page. A block's text is its lines
// joined, with a hyphen at a line end marked for markdown.ts to keep or drop.

import { BULLET_GLYPH, endsEarly, indented, isLarge, NUMBER_LABEL, startsItem, type Layout, type Line } from './layout.js';

/** Lines that belong together, with the size and weight of the first. */
export interface LineBlock {
  page: number;
  lines: Line[];
  size: number;
  bold: boolean;
}

/** A block as it will be written: its kind, its text and the page it starts on. */
export type Block = { kind: 'heading'; depth: number; page: number; text: string } | { kind: 'bullet' | 'paragraph'; page: number; text: string };

/** Stands, in a block's text, for a hyphen that ended a line ("co-" + "ordinate"). */
export const HYPHEN_MARK = '\u0000';

/** Lines in reading order → blocks. */
export function splitBlocks(lines: Line[], layout: Layout): LineBlock[] {
  const blocks: LineBlock[] = [];
  let current: LineBlock | undefined;
  for (const l of lines) {
    if (current && continuesBlock(current, l, layout)) {
      current.lines.push(l);
    } else {
      current = { page: l.page, lines: [l], size: l.size, bold: l.bold };
      blocks.push(current);
    }
  }
  return blocks;
}

function continuesBlock(block: LineBlock, l: Line, layout: Layout): boolean {
  const prev = block.lines[block.lines.length - 1]!;
  return !(l.page !== prev.page ? endsAtPageBreak(block, l, layout) : endsOnPage(block, l, layout));
}

function sameStyle(block: LineBlock, l: Line): boolean {
  return Math.abs(l.size - block.size) < 0.6 && l.bold === block.bold;
}

/**
 * Indentation: the second line of a block may sit right of a "42." or "•" (hanging indent) or
 * left of an indented first line; after that, every line keeps the same x.
 */
function breaksIndentation(block: LineBlock, l: Line, layout: Layout): boolean {
  const last = block.lines[block.lines.length - 1]!;
  if (!(Math.abs(l.x0 - last.x0) > 1.5)) return false;
  if (block.lines.length !== 1) return true;
  const hanging = startsItem(last) && l.x0 > last.x0;
  const firstLineIndent = !startsItem(last) && last.x0 > l.x0 && last.x0 - l.x0 < layout.bodySize * 3 && Math.abs(l.x0 - layout.left) < 1.5;
  return !hanging && !firstLineIndent;
}

/** Does `l`, on the same page as the block's last line, start a new block? */
function endsOnPage(block: LineBlock, l: Line, layout: Layout): boolean {
  const prev = block.lines[block.lines.length - 1]!;
  const gap = prev.y - l.y;
  const expected = layout.spacing * (Math.max(l.size, prev.size) / layout.bodySize);
  return !sameStyle(block, l) || gap > expected * 1.3 || gap < 0 || startsItem(l) || breaksIndentation(block, l, layout) || endsEarly(prev, l, layout);
}

/**
 * Does `l`, the first line of a new page, start a new block? A paragraph cut by the page break
 * goes on when the previous line ran to the margin and the next line does not look like the start
 * of something new. In a hanging-indent block (a numbered item) a line at the inner x goes on;
 * elsewhere a sentence end just before the break, followed by a capital, is taken as a paragraph
 * end — unless the text is justified: there only a paragraph's last line stops short, so a line
 * flush with the lines above it (all ending at one x, which ragged text hardly ever does) says the
 * paragraph goes on.
 */
function endsAtPageBreak(block: LineBlock, l: Line, layout: Layout): boolean {
  const prev = block.lines[block.lines.length - 1]!;
  const first = block.lines[0]!;
  const xSplit = breaksIndentation(block, l, layout);
  const hangingContinuation = startsItem(first) && l.x0 > first.x0 + 1.5 && !xSplit;
  const end = prev.x1;
  const justifiedContinuation = block.lines.length >= 2 && block.lines.every((c) => Math.abs(c.x1 - end) < 0.5);
  const endsSentence = /[.:;!?]["'”’)]?$/.test(prev.text) && /^[\p{Lu}\d"“‘(]/u.test(l.text);
  return (
    !sameStyle(block, l) || isLarge(l, layout) || block.bold || endsEarly(prev, l, layout) || startsItem(l) || xSplit ||
    (!hangingContinuation && !justifiedContinuation && endsSentence)
  );
}

/** Each block read as a heading, a bullet or a paragraph. */
export function readBlocks(blocks: LineBlock[], layout: Layout): Block[] {
  const allLarge = (b: LineBlock): boolean => b.lines.every((l) => isLarge(l, layout));
  // The sizes of blocks set wholly in large type, largest first: heading levels 1, 2, …
  const largeSizes = [...new Set(blocks.filter(allLarge).map((b) => b.size))].sort((a, b) => b - a);
  return blocks.map((b): Block => {
    const text = joinLines(b.lines);
    const page = b.page;
    if (allLarge(b) && text.length < 300) return { kind: 'heading', depth: Math.min(6, largeSizes.indexOf(b.size) + 1), page, text };
    // Short, all bold and not a sentence or a numbered paragraph: a heading at body size, a level
    // below the smallest larger size.
    if (b.bold && b.lines.length <= 2 && text.length < 150 && !/[.;:,]$/.test(text) && !NUMBER_LABEL.test(text)) {
      return { kind: 'heading', depth: Math.min(6, largeSizes.length + 1), page, text };
    }
    if (BULLET_GLYPH.test(text)) return { kind: 'bullet', page, text: text.replace(BULLET_GLYPH, '') };
    // Indented, unnumbered: a bullet whose marker was drawn rather than written.
    if (!NUMBER_LABEL.test(text) && indented(b.lines[0]!, layout) && b.lines.every((l) => indented(l, layout))) return { kind: 'bullet', page, text };
    return { kind: 'paragraph', page, text };
  });
}

/** A block's lines as one text: a soft hyphen at a line end dropped, a hyphen marked. */
function joinLines(lines: Line[]): string {
  let text = lines[0]?.text ?? '';
  for (const l of lines.slice(1)) {
    if (/\u00ad$/.test(text)) text = text.slice(0, -1) + l.text;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(l.text)) text = text + HYPHEN_MARK + l.text;
    else text = `${text} ${l.text}`;
  }
  return text.replace(/\u00ad/g, '');
}
