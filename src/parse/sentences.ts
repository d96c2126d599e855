// Sentences of a block, computed on demand: most blocks of two editions are
// identical and never need splitting, which keeps whole-edition comparisons fast.
import type { ParsedBlock, ParsedDocument, Sentence, SentenceAt } from '../types.js';
import { collapseSpace, matchKey } from '../text/normalise.js';
import { splitSentences, type Range } from '../text/sentences.js';
import { LineIndex } from './document.js';

export function sentencesOf(block: ParsedBlock, source: string, lines: LineIndex): Sentence[] {
  if (block.sentences.length) return block.sentences;
  const out: Sentence[] = [];
  if (block.kind === 'code') {
    out.push({ text: block.text, key: block.key, position: block.position });
  } else {
    const cursor: OffsetCursor = { seg: 0, scan: -1, rawLine: 0, srcLine: 0, broke: false };
    for (const range of pieces(block)) {
      const text = collapseSpace(block.raw.slice(range.start, range.end));
      if (!text) continue;
      const sentence: Sentence = { text, key: matchKey(text), position: lines.position(sourceOffset(block, source, range.start, cursor)) };
      if (range.cell !== undefined) sentence.cell = range.cell;
      out.push(sentence);
    }
  }
  if (!out.length) out.push({ text: block.text, key: block.key, position: block.position });
  block.sentences = out;
  return out;
}

/** Sentence ranges of the wording, never crossing a table-cell boundary; in a table row, with the cell's index. */
function pieces(block: ParsedBlock): (Range & { cell?: number })[] {
  const breaks = block.breaks ?? [];
  const bounds = [block.rawStart, ...breaks.filter((b) => b > block.rawStart), block.raw.length];
  const ranges: (Range & { cell?: number })[] = [];
  // Cells before the wording starts (a first cell that was all label) still count.
  const skipped = block.kind === 'tableRow' ? breaks.filter((b) => b <= block.rawStart).length : 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const chunk = block.raw.slice(from, bounds[i + 1]).replace(/^ \| /, '   ');
    const cell = block.kind === 'tableRow' ? skipped + i : undefined;
    for (const r of splitSentences(chunk)) {
      const range: Range & { cell?: number } = { start: from + r.start, end: from + r.end };
      if (cell !== undefined) range.cell = cell;
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Map an offset in the block's raw text back to the source. Inside one text leaf
 * the two agree until a line break (continuation lines may be indented or quoted
 * in the source), so after a break we find the line and then the words on it.
 *
 * Offsets are asked for in increasing order, so a cursor carries the walk over
 * segments and line breaks from one sentence to the next: slicing the raw text
 * from the segment start for every sentence was quadratic and hung on a
 * megabyte-long paragraph of short sentences. The probe search is bounded to a
 * window of its line for the same reason.
 */
export interface OffsetCursor {
  seg: number;
  /** Raw offset up to which line breaks have been walked. */
  scan: number;
  /** Raw offset just after the last break walked (or the segment start). */
  rawLine: number;
  /** Source offset of the start of that line. */
  srcLine: number;
  broke: boolean;
}

const PROBE_WINDOW = 1024;

function sourceOffset(block: ParsedBlock, source: string, rawOffset: number, cur: OffsetCursor): number {
  const segs = block.segs;
  if (!segs.length) return 0;
  let i = cur.seg;
  while (i + 2 < segs.length && segs[i + 2]! <= rawOffset) i += 2;
  const segAt = segs[i]!;
  if (i !== cur.seg || cur.scan < segAt) {
    cur.seg = i;
    cur.scan = segAt;
    cur.rawLine = segAt;
    cur.srcLine = segs[i + 1]!;
    cur.broke = false;
  }
  const raw = block.raw;
  for (let k = raw.indexOf('\n', cur.scan); k !== -1 && k < rawOffset; k = raw.indexOf('\n', k + 1)) {
    cur.scan = k + 1;
    cur.rawLine = k + 1;
    cur.broke = true;
    const nl = source.indexOf('\n', cur.srcLine);
    if (nl >= 0) cur.srcLine = nl + 1;
  }
  if (cur.scan < rawOffset) cur.scan = rawOffset;
  if (!cur.broke) return segs[i + 1]! + (rawOffset - segAt);
  const src = cur.srcLine;
  const column = rawOffset - cur.rawLine;
  // The probe stays on the sentence's first line: the source puts a prefix after each break.
  const probeEnd = raw.indexOf('\n', rawOffset);
  const probe = raw.slice(rawOffset, Math.min(rawOffset + 12, probeEnd < 0 ? raw.length : probeEnd)).trim();
  if (probe) {
    // The source line holds the same words, possibly after a prefix ("> ", indent).
    const lineEnd = source.indexOf('\n', src);
    const end = Math.min(lineEnd < 0 ? source.length : lineEnd, src + column + PROBE_WINDOW);
    const found = source.slice(src + column, end).indexOf(probe);
    if (found >= 0) return src + column + found;
  }
  return src + column;
}

/** Every sentence of a document, in order, with its block and section. */
export function allSentences(doc: ParsedDocument): SentenceAt[] {
  const lines = new LineIndex(doc.source);
  return doc.sections.flatMap((section) => section.blocks.flatMap((block) => sentencesOf(block, doc.source, lines).map((sentence) => ({ section, block, sentence }))));
}
