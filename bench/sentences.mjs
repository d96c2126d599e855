#!/usr/bin/env node
// Sentence splitting: sbd (what src/text/sentences.ts uses) against Intl.Segmenter
// (granularity 'sentence', locale 'en') with our own abbreviation merge, on every block
// the tool would split. Plain ESM JavaScript run against dist/ (npm run build first).
//
//   node bench/generate.mjs --out /tmp/benchdata --cases 1x
//   node bench/sentences.mjs --data /tmp/benchdata/1x [--examples 8] [--runs 5]
//
// Blocks are those of the parsed documents (parseChunked, as compare does), split into
// chunks at table-cell boundaries exactly as src/parse/sentences.ts does; code blocks are
// not split. Sets: the bundled guidance (guidance/*.md); the eval passages (old and new of
// every test/eval/**/*.jsonl item) and the eval markdown (test/eval/**/*.md); the
// alignment suite (test/fixtures/alignment/cases/*/old.*, new.*, text read as the eval
// reads it); the other test fixtures (test/fixtures/**/*.md, *.txt); the bench data given
// with --data (directories holding old.md and new.md).
//
// A block differs when any of its chunks gets other sentence ranges from the two splitters.
// Time is the median of --runs passes over all chunks of a set (the two splitters alternating,
// after one pass each to warm up), per MB of UTF-8 text.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
if (!existsSync(join(root, 'dist/text/sentences.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { splitSentences, ABBREVIATIONS } = await import(dist('text/sentences.js'));
const { parseChunked } = await import(dist('parse/pieces.js'));
const { textToMarkdown } = await import(dist('ingest/text.js'));

// ---- options ---------------------------------------------------------------------------
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dataDirs = args.flatMap((a, i) => (args[i - 1] === '--data' ? [a] : []));
const EXAMPLES = Number(opt('examples', '8'));
const RUNS = Number(opt('runs', '5'));

// ---- the candidate: Intl.Segmenter plus the abbreviation merge ----------------------------
// Same preparation as src/text/sentences.ts: line breaks as spaces (offsets hold) and text
// with no terminal mark followed by space taken whole.
const LINE_SPACE = /[\n\r\t\f\v]/g;
const MAYBE_BOUNDARY = /[.!?]["'\u2019\u201D)\]]*\s+\S/;
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const ABBR = new Set(ABBREVIATIONS);
// sbd compares a word with its abbreviation list after removing these symbols (lib/Match.js).
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>{}[\]\\/]/g;
const LAST_WORD = /(\S+)\s*$/;

/** A break after this segment is no sentence end: it ends with a known abbreviation or an initial. */
function endsWithAbbreviation(segment) {
  const word = LAST_WORD.exec(segment)?.[1];
  if (!word || !word.endsWith('.')) return false;
  // A single character and a full stop ("J.", "A."), as sbd: not a digit ("1." is a number).
  if (word.length === 2 && isNaN(Number(word[0]))) return true;
  return ABBR.has(word.replace(SYMBOLS, ''));
}

export function splitSegmenter(raw) {
  const text = raw.replace(LINE_SPACE, ' ');
  const pieces = [];
  if (MAYBE_BOUNDARY.test(text)) {
    let cur;
    for (const { segment, index } of SEGMENTER.segment(text)) {
      if (cur && endsWithAbbreviation(text.slice(cur.start, cur.end))) cur.end = index + segment.length;
      else pieces.push((cur = { start: index, end: index + segment.length }));
    }
  } else {
    pieces.push({ start: 0, end: text.length });
  }
  const ranges = [];
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end);
    const body = piece.trim();
    if (!body) continue;
    const start = p.start + piece.indexOf(body);
    ranges.push({ start, end: start + body.length });
  }
  return ranges;
}

// ---- the blocks -------------------------------------------------------------------------
function walk(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

const markdownOf = (path) => {
  const text = readFileSync(path, 'utf8');
  return extname(path) === '.txt' ? textToMarkdown(text) : text;
};

/** The chunks splitSentences is given for a document: per block, per table cell (src/parse/sentences.ts). */
function chunksOf(markdown, title) {
  const doc = parseChunked({ markdown, title });
  const blocks = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'code') continue;
      const breaks = block.breaks ?? [];
      const bounds = [block.rawStart, ...breaks.filter((b) => b > block.rawStart), block.raw.length];
      const chunks = [];
      for (let i = 0; i + 1 < bounds.length; i++) chunks.push(block.raw.slice(bounds[i], bounds[i + 1]).replace(/^ \| /, '   '));
      blocks.push({ where: title, chunks });
    }
  }
  return blocks;
}

const rel = (p) => relative(root, p);
const evalDir = join(root, 'test/eval');
const casesDir = join(root, 'test/fixtures/alignment/cases');
const sets = [
  ['guidance/*.md', () => walk(join(root, 'guidance'), (p) => p.endsWith('.md')).flatMap((p) => chunksOf(markdownOf(p), rel(p)))],
  [
    'eval passages (test/eval/**/*.jsonl old, new)',
    () =>
      walk(evalDir, (p) => p.endsWith('.jsonl')).flatMap((p) =>
        readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l))
          .flatMap((item) => ['old', 'new'].filter((side) => typeof item[side] === 'string').flatMap((side) => chunksOf(item[side], `${rel(p)} ${item.id} ${side}`))),
      ),
  ],
  ['eval markdown (test/eval/**/*.md)', () => walk(evalDir, (p) => p.endsWith('.md')).flatMap((p) => chunksOf(markdownOf(p), rel(p)))],
  ['alignment suite (cases/*/old.*, new.*)', () => walk(casesDir, (p) => /\/(old|new)\.(md|txt)$/.test(p)).flatMap((p) => chunksOf(markdownOf(p), rel(p)))],
  [
    'other test fixtures (test/fixtures/**/*.md, *.txt)',
    () => walk(join(root, 'test/fixtures'), (p) => /\.(md|txt)$/.test(p) && !p.startsWith(casesDir)).flatMap((p) => chunksOf(markdownOf(p), rel(p))),
  ],
  ...dataDirs.map((d) => [`bench data (${d})`, () => ['old.md', 'new.md'].flatMap((f) => chunksOf(readFileSync(join(d, f), 'utf8'), join(d, f)))]),
];

// ---- compare ------------------------------------------------------------------------------
const same = (a, b) => a.length === b.length && a.every((r, i) => r.start === b[i].start && r.end === b[i].end);

/** Boundaries (sentence ends) one splitter has and the other has not, with a little context. */
function boundaryDiffs(chunk, a, b) {
  const ends = (rs) => new Set(rs.slice(0, -1).map((r) => r.end));
  const ea = ends(a);
  const eb = ends(b);
  const show = (at) => JSON.stringify(`${chunk.slice(Math.max(0, at - 40), at)}|${chunk.slice(at, at + 30)}`.replace(/\s+/g, ' '));
  return [...[...ea].filter((e) => !eb.has(e)).map((e) => ({ only: 'sbd', at: e, show: show(e) })), ...[...eb].filter((e) => !ea.has(e)).map((e) => ({ only: 'segmenter', at: e, show: show(e) }))];
}

/** Which kind of break one splitter has and the other has not: what ends before it, what starts after it. */
function kindOf(chunk, d) {
  const head = chunk.slice(0, d.at);
  const next = chunk.slice(d.at).trimStart();
  const after = /^\p{Lu}/u.test(next) ? 'a capital' : /^\p{Ll}/u.test(next) ? 'a lower-case letter' : /^\d/.test(next) ? 'a digit' : 'a symbol';
  if (!/[.!?]["'\u2019\u201D)\]]*$/.test(head)) return `${d.only} only, not after a terminal mark (inside a sentence), before ${after}`;
  const mark = /[!?]/.test(head.slice(-3)) ? '? or !' : /\d\.$/.test(head) ? 'a number and full stop' : /\.["'\u2019\u201D)\]]+$/.test(head) ? 'a full stop and closing mark' : 'a full stop';
  return `${d.only} only, after ${mark}, before ${after}`;
}

/** Median ms of each splitter over `chunks`: runs alternate, and which goes first alternates too. */
function timePair(chunks) {
  const pass = (fn) => {
    const t0 = performance.now();
    for (const c of chunks) fn(c);
    return performance.now() - t0;
  };
  pass(splitSentences);
  pass(splitSegmenter);
  const a = [];
  const b = [];
  for (let r = 0; r < RUNS; r++) {
    if (r % 2) {
      b.push(pass(splitSegmenter));
      a.push(pass(splitSentences));
    } else {
      a.push(pass(splitSentences));
      b.push(pass(splitSegmenter));
    }
  }
  const median = (t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)];
  return [median(a), median(b)];
}

const rows = [];
const all = { blocks: 0, differ: 0, bytes: 0, chunks: [] };
const examples = [];
const before = new Map();
for (const [name, load] of sets) {
  const blocks = load();
  let differ = 0;
  const chunks = blocks.flatMap((b) => b.chunks);
  for (const block of blocks) {
    let differs = false;
    for (const chunk of block.chunks) {
      const a = splitSentences(chunk);
      const b = splitSegmenter(chunk);
      if (same(a, b)) continue;
      differs = true;
      for (const d of boundaryDiffs(chunk, a, b)) {
        before.set(kindOf(chunk, d), (before.get(kindOf(chunk, d)) ?? 0) + 1);
        if (examples.length < EXAMPLES * sets.length && examples.filter((e) => e.set === name).length < EXAMPLES) examples.push({ set: name, where: block.where, ...d });
      }
    }
    if (differs) differ++;
  }
  const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  const [tSbd, tSeg] = timePair(chunks);
  rows.push({ name, blocks: blocks.length, differ, bytes, tSbd, tSeg });
  all.blocks += blocks.length;
  all.differ += differ;
  all.bytes += bytes;
  all.chunks.push(...chunks);
}
const [tSbd, tSeg] = timePair(all.chunks);

const perMB = (ms, bytes) => (bytes ? (ms / (bytes / 1e6)).toFixed(1) : '—');
console.log(`node ${process.version}, ICU ${process.versions.icu}; median of ${RUNS} runs\n`);
console.log('| set | blocks | blocks split differently | text | sbd ms/MB | Intl.Segmenter + merge ms/MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${r.blocks} | ${r.differ} | ${(r.bytes / 1e3).toFixed(0)} KB | ${perMB(r.tSbd, r.bytes)} | ${perMB(r.tSeg, r.bytes)} |`);
console.log(`| all | ${all.blocks} | ${all.differ} | ${(all.bytes / 1e3).toFixed(0)} KB | ${perMB(tSbd, all.bytes)} | ${perMB(tSeg, all.bytes)} |`);
console.log('\nBoundaries found by one splitter only, by what ends before and starts after them:\n');
for (const [k, n] of [...before].sort((x, y) => y[1] - x[1])) console.log(`- ${k}: ${n}`);
console.log(`\nExamples (up to ${EXAMPLES} per set; | marks the boundary):\n`);
for (const e of examples) console.log(`- [${e.only} only] ${e.where}: ${e.show}`);
