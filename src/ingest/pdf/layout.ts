// PDF layout: text items → lines (items on one baseline, left to right, with the spaces the gaps
// stand for); the measures of the document's text that lines are judged by (body size, left
// margin, right edge, line spacing); and what a line is: larger than the body, indented, the
// start of a list item, or ended early. pdf.js gives positioned text, not paragraphs, so every
// later step (margins, blocks, headings) works from these measures.

import { LABELLED_LINE } from '../mdast.js';

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
}

export interface PageLines {
  page: number;
  height: number;
  width: number;
  lines: Line[];
}

// Bullet glyphs, including the Symbol/Wingdings private-use code points Word writes. Dashes are
// left out: a line opening with a dash is more often a continuation than a bullet.
export const BULLET_GLYPH = /^[•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*(?=\S)/u;
export const NUMBER_LABEL = /^\d{1,4}\.\s+\S/;

/** One page's items → its lines, top to bottom. */
export function groupLines(page: number, items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const ref = group?.[0];
    if (group && ref && Math.abs(ref.y - item.y) < 0.5 * Math.max(ref.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    let text = '';
    let end = -Infinity;
    let chars = 0;
    let boldChars = 0;
    const sizes = new Map<number, number>();
    for (const item of group) {
      const gap = item.x - end;
      if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > 0.15 * item.size) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
      const n = item.str.replace(/\s/g, '').length;
      chars += n;
      if (item.bold) boldChars += n;
      const s = Math.round(item.size * 2) / 2;
      sizes.set(s, (sizes.get(s) ?? 0) + n);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const size = [...sizes].sort((p, q) => q[1] - p[1])[0]?.[0] ?? group[0]!.size;
    const first = group.find((i) => i.str.trim() !== '') ?? group[0]!;
    lines.push({ page, text, x0: first.x, x1: end, y: group[0]!.y, size, bold: chars > 0 && boldChars / chars > 0.8 });
  }
  return lines;
}

/** The font size carrying most of the text. */
export function bodySizeOf(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}

/** The measures of a document's text that its lines are judged by. */
export interface Layout {
  /** The font size carrying most of the text. */
  bodySize: number;
  /** The left margin: the leftmost x that body lines share (list content is often further in). */
  left: number;
  /** Where full body lines end (the 90th percentile of their right ends). */
  right: number;
  /** The usual distance between lines of one paragraph: the smaller cluster of gaps. */
  spacing: number;
}

export function measureLayout(pages: PageLines[]): Layout {
  const all = pages.flatMap((p) => p.lines);
  const bodySize = bodySizeOf(all);
  const bodyLines = all.filter((l) => Math.abs(l.size - bodySize) < 0.6);
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
  const spacing = deltas.length ? percentile(deltas, 0.25) : bodySize * 1.2;
  return { bodySize, left, right, spacing };
}

/** Larger than body text: heading type. */
export function isLarge(l: Line, layout: Layout): boolean {
  return l.size >= layout.bodySize * 1.12;
}

/** A line ended early when the next line's first word would have fitted after it. */
export function endsEarly(l: Line, next: Line, layout: Layout): boolean {
  if (isLarge(l, layout)) return false;
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  const firstWord = next.text.split(' ')[0] ?? '';
  return layout.right - l.x1 > (firstWord.length + 1) * charWidth * 1.15 + 2;
}

/**
 * A bullet, a "42." or any other paragraph label ("1.2 The …", "(ii) …") starts a new block:
 * short numbered paragraphs printed one under another are separate paragraphs, not one.
 */
export function startsItem(l: Line): boolean {
  return BULLET_GLYPH.test(l.text) || NUMBER_LABEL.test(l.text) || LABELLED_LINE.test(l.text);
}

/** Set in from the left margin by more than most of an em. */
export function indented(l: Line, layout: Layout): boolean {
  return l.x0 > layout.left + layout.bodySize * 0.8;
}
