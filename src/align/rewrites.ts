// Sections merged or split while being rewritten, and rewritten passages: what pass E
// compares as one passage, and where a rewrite becomes one change instead of many.
import type { SentenceUnit, Unit } from '../types.js';
import type { GBlock, IndexedSectionChange } from './units.js';
import { words } from '../text/normalise.js';
import { bagOf, dice } from '../text/similarity.js';
import type { BagCache } from './blocks.js';
import type { matchSections } from './sections.js';

/** Sections that are one passage for pass E: a matched pair and what was merged into or split off from it. */
interface SectionGroupIndex {
  old: number[];
  new: number[];
}

export function sectionGroups(matches: ReturnType<typeof matchSections>, changes: IndexedSectionChange[], oldCount: number, newCount: number): SectionGroupIndex[] {
  // Union-find over old sections (0..oldCount-1) and new ones (oldCount..).
  const parent = Array.from({ length: oldCount + newCount }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const linked = new Set<number>();
  const join = (o: number, n: number) => {
    parent[find(o)] = find(oldCount + n);
    linked.add(o);
    linked.add(oldCount + n);
  };
  for (const m of matches) join(m.oldIndex, m.newIndex);
  for (const c of changes) if ((c.kind === 'merged' || c.kind === 'split') && c.oldIndex >= 0 && c.newIndex >= 0) join(c.oldIndex, c.newIndex);
  const byRoot = new Map<number, SectionGroupIndex>();
  const groupOf = (x: number) => {
    const r = find(x);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = { old: [], new: [] }));
    return g;
  };
  for (let o = 0; o < oldCount; o++) if (linked.has(o)) groupOf(o).old.push(o);
  for (let n = 0; n < newCount; n++) if (linked.has(oldCount + n)) groupOf(oldCount + n).new.push(n);
  return [...byRoot.values()];
}

/** A rewritten stretch: at least this many sentences unpaired on the two sides together, some on each. */
const REWRITE_MIN = 4;

/** Word likeness (Dice) of a run's old and new text at which it is one passage rewritten, not one removed and another added. */
const REWRITE_LIKE = 0.3;

function sameSubject(run: SentenceUnit[]): boolean {
  const olds: string[] = [];
  const news: string[] = [];
  for (const u of run) {
    if (u.type !== 'added') olds.push(u.old.sentence.text);
    if (u.type !== 'removed') news.push(u.new.sentence.text);
  }
  const a = words(olds.join(' '));
  const b = words(news.join(' '));
  return dice(bagOf(a), bagOf(b), a.length, b.length) >= REWRITE_LIKE;
}

/**
 * Runs of pass E's steps with no identical sentence between them, where most sentences are
 * unpaired on both sides, become one `rewritten` unit: a reader sees the old passage and the
 * new one, not nine unrelated added and removed sentences. Other steps pass through.
 */
export function passageRuns(steps: SentenceUnit[]): Unit[] {
  const out: Unit[] = [];
  let run: SentenceUnit[] = [];
  let runSection: unknown = null; // the new section of the run's first new sentence
  const flush = () => {
    const removed = run.filter((u) => u.type === 'removed').length;
    const added = run.filter((u) => u.type === 'added').length;
    const paired = run.length - removed - added;
    const firstNew = run.find((u) => u.type !== 'removed');
    if (removed && added && removed + added >= REWRITE_MIN && removed + added > paired && firstNew && sameSubject(run)) out.push({ type: 'rewritten', inner: run, order: firstNew.order });
    else out.push(...run);
    run = [];
    runSection = null;
  };
  for (const u of steps) {
    const identical = u.type === 'pair' && u.old.sentence.key === u.new.sentence.key;
    // A run stays inside one new section: a passage is cited under one heading.
    const section = u.type === 'removed' ? null : u.new.section;
    if (identical || (section && runSection && runSection !== section)) flush();
    if (identical) out.push(u);
    else {
      run.push(u);
      runSection ??= section;
    }
  }
  flush();
  return out;
}

/**
 * Where a section with no counterpart and no paragraph paired went, judged by its words: the
 * matched section on the other side whose unpaired paragraphs share most of its distinctive
 * words, weighted by rarity across sections — a subsection rewritten as it was folded into
 * another, or split off from one. Both ways: the section's words must be found there, and
 * what is unpaired there must be largely this section's words (else an unrelated edit in a
 * long section would take in a section that was simply deleted). Null when none qualifies.
 */
export function rewrittenHome(
  byOldSec: GBlock[][],
  byNewSec: GBlock[][],
  pairO: Map<number, number>,
  pairN: Map<number, number>,
  secO2N: Map<number, number>,
  secN2O: Map<number, number>,
  bags: BagCache,
): (side: 'old' | 'new', index: number) => number | null {
  // Content words, plural "s" dropped: "assessments" is "assessment" in a rewrite.
  const stem = (t: string) => (t.length > 4 ? t.replace(/s$/, '') : t);
  const wordsOf = (blocks: GBlock[], paired: Map<number, number>) =>
    new Set(blocks.filter((b) => !paired.has(b.g)).flatMap((b) => bags.get(b.block).tokens.filter((t) => t.length > 3).map(stem)));
  let cache: { old: Set<string>[]; new: Set<string>[]; idf: (w: string) => number } | null = null;
  const setup = () => {
    if (cache) return cache;
    const old = byOldSec.map((bs) => wordsOf(bs, pairO));
    const neu = byNewSec.map((bs) => wordsOf(bs, pairN));
    const df = new Map<string, number>();
    for (const set of [...old, ...neu]) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    const total = old.length + neu.length;
    return (cache = { old, new: neu, idf: (w) => Math.log(1 + total / (df.get(w) ?? 1)) });
  };
  const weight = (words: Iterable<string>, idf: (w: string) => number) => {
    let sum = 0;
    for (const w of words) sum += idf(w);
    return sum;
  };
  return (side, index) => {
    const c = setup();
    const mine = side === 'old' ? c.old[index]! : c.new[index]!;
    if (mine.size < REWRITE_MIN_WORDS) return null;
    const others = side === 'old' ? c.new : c.old;
    const matched = side === 'old' ? secN2O : secO2N;
    const whole = weight(mine, c.idf);
    let best: number | null = null;
    let bestScore = 0;
    others.forEach((theirs, k) => {
      if (!matched.has(k) || !theirs.size) return;
      const shared = weight([...mine].filter((w) => theirs.has(w)), c.idf);
      const found = shared / whole;
      const explains = shared / weight(theirs, c.idf);
      if (found >= REWRITE_HOME && explains >= REWRITE_HOME && found > bestScore) {
        bestScore = found;
        best = k;
      }
    });
    return best;
  };
}

const REWRITE_MIN_WORDS = 8;
/** Share of distinctive words, each way, that makes a section's new home (found on rewrites kept to a third of their words). */
const REWRITE_HOME = 0.25;
