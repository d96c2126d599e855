// PDF: pdfjs-dist text content → lines → blocks → markdown, with the page of every block kept.
//
// - lines: text items on the same baseline, left to right, spaces put back where the gap says so;
// - running headers and footers: lines in the top or bottom band of the page that repeat (digits
//   ignored) on most pages, and bare page numbers there, are dropped;
// - headings: lines larger than the body text (levels by size, largest first), or short all-bold
//   blocks at body size (the level below the smallest larger size);
// - blocks: a new block at a line-spacing gap, a change of size, weight or indentation, a
//   bullet glyph, a "42." label, or after a short line that ends a paragraph; a paragraph cut by
//   a page break is joined to its continuation on the next page;
// - "co-" + "ordinate" across a line break is rejoined (hyphen kept unless the document spells
//   the word without it elsewhere); a soft hyphen at a line end is dropped.

import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';
import type { Ingested } from './types.js';
import { inflateSync } from 'node:zlib';
import { cannotRead, InputError } from './errors.js';
import { limit, overLimit } from '../limits.js';
import { LABELLED_LINE, LeafOrigins, normaliseTree, paragraph, toMarkdown } from './mdast.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
}

interface PageLines {
  page: number;
  height: number;
  width: number;
  lines: Line[];
}

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

// Bullet glyphs, including the Symbol/Wingdings private-use code points Word writes. Dashes are
// left out: a line opening with a dash is more often a continuation than a bullet.
const BULLET_GLYPH = /^[•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*(?=\S)/u;
const NUMBER_LABEL = /^\d{1,4}\.\s+\S/;
const PAGE_NUMBER = /^(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const BOLD_FONT = /bold|black|heavy|semibold|demi|extrabold|ultrabold|,b\b|-b\b/i;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export async function readPdf(source: string, bytes: Uint8Array): Promise<Ingested> {
  const pages = await extractLines(source, bytes);
  const totalChars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.replace(/\s/g, '').length, 0), 0);
  if (totalChars === 0) throw cannotRead(source, 'no text layer — run OCR first');
  removeRunningHeadersAndFooters(pages);
  const lines = pages.flatMap((p) => p.lines);
  if (lines.length === 0) throw cannotRead(source, 'no text layer — run OCR first');
  const { markdown, pages: pageOfLine } = linesToMarkdown(pages);
  return { markdown, format: 'pdf', source, pages: pageOfLine };
}

async function extractLines(source: string, bytes: Uint8Array): Promise<PageLines[]> {
  checkStreams(source, bytes);
  const pdfjs = await loadPdfJs();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw cannotRead(source, 'the PDF is encrypted (password protected); remove the password first', error);
    if (name === 'InvalidPDFException' || name === 'FormatError') throw cannotRead(source, 'corrupt or invalid PDF', error);
    throw cannotRead(source, `corrupt or unreadable PDF (${errorLine(error)})`, error);
  }
  const maxPages = limit('pdfPages');
  if (doc.numPages > maxPages) {
    await doc.destroy().catch(() => undefined);
    throw cannotRead(source, `${doc.numPages} pages, ${overLimit('pdfPages', maxPages)}`);
  }
  const maxText = limit('pdfTextBytes');
  const maxPageText = limit('pdfPageTextBytes');
  let totalText = 0;
  try {
    const out: PageLines[] = [];
    const fontBold = new Map<string, boolean>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      let pageText = 0;
      let fontsLoaded = false;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Horizontal text only: rotated watermarks and margin notes are not guidance text.
        if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01 || (a ?? 0) <= 0) continue;
        const size = Math.hypot(b ?? 0, d ?? 0) || raw.height;
        if (!(size > 0)) continue;
        let bold = fontBold.get(raw.fontName);
        if (bold === undefined) {
          if (!fontsLoaded) {
            // The real font names (with "Bold") are known once the page's fonts are loaded.
            await page.getOperatorList();
            fontsLoaded = true;
          }
          let name = '';
          try {
            const font = page.commonObjs.get(raw.fontName) as { name?: string; bold?: boolean } | undefined;
            name = font?.name ?? '';
            bold = font?.bold === true || BOLD_FONT.test(name);
          } catch {
            bold = false;
          }
          fontBold.set(raw.fontName, bold);
        }
        items.push({ str: raw.str, x: e ?? 0, y: f ?? 0, width: raw.width, size, bold });
        pageText += raw.str.length;
        if (pageText > maxPageText) throw cannotRead(source, `page ${n} has ${overLimit('pdfPageTextBytes', maxPageText)}`);
      }
      totalText += pageText;
      if (totalText > maxText) throw cannotRead(source, `by page ${n}, ${overLimit('pdfTextBytes', maxText)}`);
      out.push({ page: n, height: viewport.height, width: viewport.width, lines: groupLines(n, items) });
      page.cleanup();
    }
    return out;
  } catch (error) {
    if (error instanceof InputError) throw error; // a limit, already one line
    throw cannotRead(source, `corrupt or unreadable PDF (${errorLine(error)})`, error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * A PDF's compressed streams are inflated by pdf.js in memory, whole: a 1 MB file can hold
 * a content stream that inflates to gigabytes. Before pdf.js sees the file, inflate every
 * Flate stream found between "stream" and "endstream" with zlib's output bounded by the
 * pdfStreamBytes limit; one that goes past it ends the read with one line. Streams that are
 * not Flate data (images, encrypted streams) fail to inflate and are left to pdf.js.
 */
function checkStreams(source: string, bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const max = limit('pdfStreamBytes');
  for (let at = buffer.indexOf('stream'); at !== -1; at = buffer.indexOf('stream', at + 6)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf('endstream', start);
    if (end === -1) break;
    try {
      inflateSync(buffer.subarray(start, end), { maxOutputLength: max });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw cannotRead(source, `a compressed stream unpacks to ${overLimit('pdfStreamBytes', max)}`);
    }
    at = end;
  }
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 160) || 'unknown error';
}

function groupLines(page: number, items: Item[]): Line[] {
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

/**
 * Lines that sit in the page margins: walking in from the top (and the bottom) edge, at most two
 * lines within the outer 15 % of the page, ended by a clear gap (more than 1.5 body-text ems of
 * white space between the lines) or by a step from small type up to body type before the body text.
 */
function marginLines(p: PageLines, bodySize: number): Set<Line> {
  const out = new Set<Line>();
  const clearance = (upper: Line, lower: Line): number => upper.y - lower.y - 0.8 * lower.size - 0.2 * upper.size;
  const small = (l: Line): boolean => l.size < bodySize * 0.85;
  const fromEdge = (ordered: Line[], inBand: (l: Line) => boolean, top: boolean): void => {
    const taken: Line[] = [];
    for (let i = 0; i < ordered.length && i < 2; i++) {
      const line = ordered[i]!;
      if (!inBand(line)) return;
      taken.push(line);
      const next = ordered[i + 1];
      // On a small page with narrow margins and large body type, the first body line lies within
      // 1.5 ems of the header (and inside the 15 % band). A header in small type is still set
      // apart by its size, so the change of size ends the margin as surely as white space does.
      // Only a candidate, never removed for that alone: it must still repeat on most pages.
      const sizeStep = next !== undefined && small(line) && !small(next);
      if (!next || sizeStep || (top ? clearance(line, next) : clearance(next, line)) > 1.5 * bodySize) {
        for (const l of taken) out.add(l);
        return;
      }
    }
  };
  const byY = [...p.lines].sort((a, b) => b.y - a.y);
  fromEdge(byY, (l) => l.y > p.height * 0.85, true);
  fromEdge([...byY].reverse(), (l) => l.y < p.height * 0.15, false);
  return out;
}

/** The font size carrying most of the text. */
function bodySizeOf(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/** Drop margin lines that repeat on most pages (digits ignored), and page numbers there. */
function removeRunningHeadersAndFooters(pages: PageLines[]): void {
  const bodySize = bodySizeOf(pages.flatMap((p) => p.lines));
  const margins = new Map(pages.map((p) => [p, marginLines(p, bodySize)] as const));
  // One page: nothing can repeat, so a header is a margin line at the top in smaller type than the body.
  const single = pages.length === 1 ? pages[0] : undefined;
  if (single) {
    const margin = margins.get(single)!;
    single.lines = single.lines.filter((l) => !(margin.has(l) && l.y > single.height * 0.85 && l.size < bodySize * 0.85));
  }
  const key = (l: Line): string => `${Math.round(l.y / 4)}|${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set([...margins.get(p)!].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Half the pages, but three pages are enough in a long document (chapter titles as running heads).
  const threshold = Math.max(2, Math.min(Math.ceil(pages.length * 0.5), 3));
  for (const p of pages) {
    const margin = margins.get(p)!;
    p.lines = p.lines.filter((l) => {
      if (!margin.has(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return pages.length < 2 || (counts.get(key(l)) ?? 0) < threshold;
    });
  }
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

function linesToMarkdown(pages: PageLines[]): { markdown: string; pages: number[] } {
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

/** pages[i] = page of markdown line i + 1: each leaf block's lines get its page; blank lines the next block's. */

