// Sentences of a block, computed on demand: most blocks of two editions are
// identical and never need splitting, which keeps whole-edition comparisons fast.
import type { Sentence } from '../types.js';
import { collapseSpace, matchKey } from '../text/normalise.js';
import { splitSentences, type Range } from '../text/sentences.js';
import type { LineIndex, ParsedBlock } from './document.js';

export function sentencesOf(block: ParsedBlock, source: string, lines: LineIndex): Sentence[] {
  if (block.sentences.length) return block.sentences;
  const out: Sentence[] = [];
  if (block.kind === 'code') {
    out.push({ text: block.text, key: block.key, position: block.position });
  } else {
    for (const range of pieces(block)) {
      const text = collapseSpace(block.raw.slice(range.start, range.end));
      if (!text) continue;
      out.push({ text, key: matchKey(text), position: lines.position(sourceOffset(block, source, range.start)) });
    }
  }
  if (!out.length) out.push({ text: block.text, key: block.key, position: block.position });
  block.sentences = out;
  return out;
}

/** Sentence ranges of the wording, never crossing a table-cell boundary. */
function pieces(block: ParsedBlock): Range[] {
  const bounds = [block.rawStart, ...(block.breaks ?? []).filter((b) => b > block.rawStart), block.raw.length];
  const ranges: Range[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const chunk = block.raw.slice(from, bounds[i + 1]).replace(/^ \| /, '   ');
    for (const r of splitSentences(chunk)) ranges.push({ start: from + r.start, end: from + r.end });
  }
  return ranges;
}

/**
 * Map an offset in the block's raw text back to the source. Inside one text leaf
 * the two agree until a line break (continuation lines may be indented or quoted
 * in the source), so after a break we find the line and then the words on it.
 */
function sourceOffset(block: ParsedBlock, source: string, rawOffset: number): number {
  const segs = block.segs;
  let i = 0;
  while (i + 2 < segs.length && segs[i + 2]! <= rawOffset) i += 2;
  if (!segs.length) return 0;
  const segAt = segs[i]!;
  let src = segs[i + 1]!;
  const before = block.raw.slice(segAt, rawOffset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak < 0) return src + before.length;
  for (let k = before.indexOf('\n'); k !== -1; k = before.indexOf('\n', k + 1)) {
    const nl = source.indexOf('\n', src);
    if (nl < 0) break;
    src = nl + 1;
  }
  const probe = block.raw.slice(rawOffset, rawOffset + 12).trim();
  const lineEnd = source.indexOf('\n', src);
  const found = probe ? source.indexOf(probe, src) : -1;
  if (found >= 0 && (lineEnd < 0 || found <= lineEnd)) return found;
  return src + (before.length - lastBreak - 1);
}
