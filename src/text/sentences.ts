// Sentence boundaries, by sbd (a maintained rule-based splitter that honours
// abbreviations such as "e.g.", "Dr." and, with our additions, "para." and "s.").
// We chose sbd over sentence-splitter because it was ~4× faster on guidance text
// (0.23 ms vs 0.86 ms per paragraph here).
//
// Why sbd stays rather than Intl.Segmenter (bench/sentences.mjs, node 20.20, ICU 78.2):
// Intl.Segmenter('en', sentence) with a merge after the ABBREVIATIONS below and after
// initials ("J.") splits 10,322 of 10,387 blocks as sbd does: all 5,121 of the alignment
// suite and 2,573 of the 1x bench data, but not 4 of 1,726 eval passages (sbd ends a
// sentence before "[footnote 1]", the Segmenter before a lower-case word does not), 57 of
// 834 blocks of test/eval/**/*.md, 2 of 19 of guidance/*.md (the README) and 2 of 114
// other fixtures. sbd also breaks before a digit or a quote after a full stop, keeps a
// short capitalised first sentence ("Duty. Strength: …") or "30. Non-control" whole,
// and splits words such as "GOV.UK" and "tri.x" (after which its breaks in that text
// fall a word late); the Segmenter breaks after "?)" and ".)". Matching that would mean
// re-implementing sbd's heuristics, not a merge rule. With the Segmenter all 1,176 tests
// passed but `npm run eval` changed: the fourth blind set gained a false role event on a
// control (dm-24, the footnote passage; rewrite FP 6 → 7). Speed is no reason to switch:
// ~23 ms/MB against sbd's ~27 ms/MB when the two alternate, and slower than sbd in a
// first, non-alternating measurement.
import { createRequire } from 'node:module';

// sbd's own entry loads sanitize-html (and postcss, htmlparser2 …) at start-up for an
// option we never use; its browser bundle is the same splitter with a stub in its place
// (~7 ms to load instead of ~100 ms).
const sbd = createRequire(import.meta.url)('sbd/dist/sbd.js') as typeof import('sbd');

// sbd replaces its built-in list when given one, so its defaults are repeated here
// (from sbd 1.0.19, lib/Match.js), followed by abbreviations common in guidance and law.
// Exported for bench/sentences.mjs, whose Intl.Segmenter candidate merges after the same list.
export const ABBREVIATIONS = [
  'al', 'adj', 'assn', 'Ave', 'BSc', 'MSc', 'Cell', 'Ch', 'Co', 'cc', 'Corp', 'Dem', 'Dept', 'ed',
  'eg', 'Eq', 'Eqs', 'est', 'etc', 'Ex', 'ext', 'Fig', 'fig', 'Figs', 'figs', 'i.e', 'ie', 'Inc', 'inc',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'jr', 'mi',
  'Miss', 'Mrs', 'Mr', 'Ms', 'Mol', 'mt', 'mts', 'no', 'Nos', 'PhD', 'MD', 'BA', 'MA', 'MM', 'pl',
  'pop', 'pp', 'Prof', 'Dr', 'pt', 'Ref', 'Refs', 'Rep', 'repr', 'rev', 'Sec', 'Secs', 'Sgt', 'Col',
  'Gen', 'Sen', 'Gov', 'Lt', 'Maj', 'Capt', 'St', 'Sr', 'Jr', 'Rev', 'trans', 'Univ', 'Viz', 'Vol',
  'vs', 'v',
  // guidance and legislation
  'para', 'paras', 'Para', 'Paras', 's', 'ss', 'cf', 'approx', 'Cllr', 'Sch', 'reg', 'regs', 'Reg',
  'Regs', 'art', 'Art', 'arts', 'Pt', 'vol', 'p', 'No', 'nos', 'sec', 'secs', 'App', 'Annex',
];

export interface Range {
  start: number;
  end: number;
}

// Only text with a terminal mark followed by space can hold two sentences.
const MAYBE_BOUNDARY = /[.!?]["'\u2019\u201D)\]]*\s+\S/;

// sbd with preserve_whitespace rebuilds each sentence with tokens.splice(0, n) on
// one token array, which is quadratic in the number of sentences: a megabyte-long
// paragraph of short sentences hung for minutes. Long text is therefore cut into
// chunks of about CHUNK characters, each cut made at a likely sentence end
// (terminal mark, space, capital letter), and each chunk split on its own.
const CHUNK = 8_000;
const LIKELY_END = /[.!?]["'\u2019\u201D)\]]*\s+(?=\p{Lu})/gu;
const ANY_END = /[.!?]["'\u2019\u201D)\]]*\s+/g;

/** Sentence ranges in `text`, trimmed of surrounding whitespace; empty text gives none. */
export function splitSentences(text: string): Range[] {
  if (text.length <= CHUNK) return splitChunk(text);
  const out: Range[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.length;
    if (text.length - start > CHUNK) {
      const cut = nextEnd(LIKELY_END, text, start + CHUNK) ?? nextEnd(ANY_END, text, start + CHUNK);
      if (cut !== undefined) end = cut;
    }
    for (const r of splitChunk(text.slice(start, end))) out.push({ start: start + r.start, end: start + r.end });
    start = end;
  }
  return out;
}

function nextEnd(re: RegExp, text: string, from: number): number | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : undefined;
}

// Line breaks become spaces before splitting (one character for one, so offsets
// hold): sbd treats "1.\nThe" differently from "1. The", so re-wrapping a
// paragraph changed its sentences. Found by the reflow property (test/properties).
const LINE_SPACE = /[\n\r\t\f\v]/g;

function splitChunk(raw: string): Range[] {
  const text = raw.replace(LINE_SPACE, ' ');
  const pieces = MAYBE_BOUNDARY.test(text)
    ? sbd.sentences(text, { preserve_whitespace: true, abbreviations: ABBREVIATIONS })
    : [text];
  const ranges: Range[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const body = piece.trim();
    if (!body) continue;
    // Locate rather than add up lengths: sbd may alter whitespace in rare inputs.
    const start = text.indexOf(body, offset);
    if (start < 0) continue;
    ranges.push({ start, end: start + body.length });
    offset = start + body.length;
  }
  return ranges;
}
