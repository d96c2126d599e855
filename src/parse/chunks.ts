// Large documents are parsed in pieces cut at top-level headings. remark's
// parse time grows faster than linearly with the input (micromark's edit map
// copies its token list), and a whole edition's mdast is large: pieces of a few
// tens of kilobytes parse faster and keep memory flat. A heading line at the
// start of a line begins a new block in CommonMark except inside fenced code
// and HTML blocks, so cuts are made only outside both: an HTML block runs to its
// end marker ("-->", "</script>" …) or, for other tags, to the next blank line.
// Documents with link or footnote definitions, which reach across the whole
// document, are never cut.
import type { ParsedBlock, ParsedDocument, ParsedSection } from '../types.js';

export interface Chunk {
  text: string;
  /** Offset of the chunk's first character in the whole document. */
  offset: number;
  /** Lines before the chunk (0 for the first). */
  lineOffset: number;
}

/**
 * Aim for pieces of about this many characters. Measured on the 1x bench pair (cold
 * process, both files): 24,000 → ≈1.09 s of parsing, 12,000 → ≈0.94 s, 6,000 → ≈0.86 s,
 * 3,000 → no better; the whole command 1.85 s → 1.73 s (medians of 7).
 */
const TARGET = 6_000;
// Cuts only at unindented headings: an indented one may belong to a list item. A column-0 heading
// line always starts a new block outside fences and HTML blocks (it ends any list or quote).
const HEADING = /^#{1,3}(?:[ \t]|$)/;
// A fence, at the top level or after list markers or quote markers ("- ```", "> ```"), so that
// fences inside list items pair up too. Only a bare fence (no info string) closes one.
// (Whitespace only after a marker: one way to match, no backtracking blow-up on long lines.)
const FENCE = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|>)[ \t]*)*(`{3,}|~{3,})(.*)$/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
// A piece that grows this long without a heading is cut before a paragraph instead: after a
// blank line, an unindented line starting with a letter opens a new block at the top level
// (a blank line ends any list item, quote or table; fences and HTML blocks are tracked).
// Without it a document of paragraphs and no headings is one piece, and remark takes ~21 s
// and ~3 GB for 195,000 paragraphs.
const PARAGRAPH_CUT = 4 * TARGET;
const PARAGRAPH_START = /^[\p{L}"“‘(]/u;
/** CommonMark's HTML blocks that end at a marker: start, end. */
const HTML_UNTIL_MARKER: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Any other tag at the start of a line may open an HTML block that runs to a blank line (more than CommonMark's, never less). */
const HTML_UNTIL_BLANK = /^ {0,3}<\/?[A-Za-z]/;

export function splitIntoChunks(text: string, target = TARGET): Chunk[] {
  if (text.length < target * 2 || DEFINITION.test(text)) return [{ text, offset: 0, lineOffset: 0 }];
  const chunks: Chunk[] = [];
  let fence: string | null = null;
  // Inside an HTML block: the marker that ends it, or 'blank' for a blank line.
  let html: RegExp | 'blank' | null = null;
  let start = 0;
  let startLine = 0;
  let line = 0;
  let afterBlank = false;
  for (let pos = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const content = text.slice(pos, nl < 0 ? text.length : nl);
    const f = FENCE.exec(content);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && f[2]!.trim() === '') fence = null;
    } else if (html) {
      if (html === 'blank' ? content.trim() === '' : html.test(content)) html = null;
    } else if (f) {
      fence = f[1]!;
    } else if ((HEADING.test(content) && cutsAtHeading(content, pos - start, target)) || (pos - start >= PARAGRAPH_CUT && afterBlank && PARAGRAPH_START.test(content))) {
      chunks.push({ text: text.slice(start, pos), offset: start, lineOffset: startLine });
      start = pos;
      startLine = line;
    } else {
      html = htmlBlockStart(content);
    }
    afterBlank = content.trim() === '';
    pos = end;
  }
  chunks.push({ text: text.slice(start), offset: start, lineOffset: startLine });
  return chunks;
}

/**
 * Whether a piece `length` characters long ends before this heading line. Cuts are chosen by the
 * heading's own words where they can be (an "anchor": half of all heading lines, by a hash of the
 * line), not by the length alone: then an edit early in a document moves at most the cut after
 * it, and the pieces after that are cut where the other edition's were, byte for byte, so they
 * are parsed once for both (pieces.ts). A cut by length alone would shift every later cut.
 * Pieces are at least half the target; past twice the target, any heading will do.
 */
function cutsAtHeading(line: string, length: number, target: number): boolean {
  return length >= target * 2 || (length >= target / 2 && isAnchor(line));
}

/** FNV-1a over the line's UTF-16 code units; its lowest bit says whether the line is an anchor. */
function isAnchor(line: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return (h & 1) === 0;
}

/** The end of the HTML block this line opens and does not close, if any. */
function htmlBlockStart(line: string): RegExp | 'blank' | null {
  for (const [open, close] of HTML_UNTIL_MARKER) {
    const m = open.exec(line);
    if (m) return close.test(line.slice(m[0].length)) ? null : close;
  }
  return HTML_UNTIL_BLANK.test(line) ? 'blank' : null;
}

/**
 * Join documents parsed from consecutive chunks: shift positions and source
 * offsets, renumber ids, and rebuild heading paths across the cuts.
 */
export function joinChunks(parts: ParsedDocument[], chunks: Chunk[], source: string, fallbackTitle: string): ParsedDocument {
  if (parts.length === 1) return parts[0]!;
  const sections: ParsedSection[] = [];
  let blockCount = 0;
  const stack: { level: number; heading: string }[] = [];
  let title = '';
  parts.forEach((part, i) => {
    const { offset, lineOffset } = chunks[i]!;
    for (const s of part.sections) {
      if (s.level === 0 && sections.length > 0) {
        // Text before the chunk's first heading belongs to the section open at the cut.
        sections[sections.length - 1]!.blocks.push(...s.blocks.map((b) => shiftBlock(b, offset, lineOffset, blockCount++)));
        continue;
      }
      if (s.level > 0) {
        while (stack.length && stack[stack.length - 1]!.level >= s.level) stack.pop();
        stack.push({ level: s.level, heading: s.heading });
        if (!title && s.level === 1) title = s.heading;
      }
      sections.push({
        ...s,
        id: `s${sections.length}`,
        path: s.level > 0 ? stack.map((h) => h.heading) : s.path,
        position: { ...s.position, line: s.position.line + lineOffset },
        blocks: s.blocks.map((b) => shiftBlock(b, offset, lineOffset, blockCount++)),
      });
    }
  });
  return { title: title || fallbackTitle, sections, source };
}

function shiftBlock(b: ParsedBlock, offset: number, lineOffset: number, index: number): ParsedBlock {
  const segs = b.segs.slice();
  for (let i = 1; i < segs.length; i += 2) segs[i]! += offset;
  return { ...b, id: `b${index}`, position: { ...b.position, line: b.position.line + lineOffset }, segs };
}
