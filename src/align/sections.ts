// Matching sections across editions: by heading path, then by heading alone,
// then by content (a renamed section keeps most of its words). Content
// similarity is computed only among the sections left over, and only for pairs
// that share at least one identical paragraph or a similar heading.
import type { ParsedSection } from '../types.js';
import { headingKey, words } from '../text/normalise.js';
import { bagOf, dice, type Bag } from '../text/similarity.js';
import { bestFirstPairs } from './sequence.js';

export { headingKey } from '../text/normalise.js';

export interface SectionMatch {
  oldIndex: number;
  newIndex: number;
  /** How the match was made: 'path', 'heading' or 'content'. */
  by: 'path' | 'heading' | 'content';
}

const CONTENT_THRESHOLD = 0.5;
const HEADING_THRESHOLD = 0.5;
/** The least content similarity that counts, with a similar heading. */
const MIN_CONTENT = 0.3;
const PAIRWISE_LIMIT = 40_000;
const SHARED_BLOCK_LIMIT = 40;

export function matchSections(old: readonly ParsedSection[], neu: readonly ParsedSection[]): SectionMatch[] {
  const matches: SectionMatch[] = [];
  const oldFree = new Set(old.map((_, i) => i));
  const newFree = new Set(neu.map((_, i) => i));
  const take = (o: number, n: number, by: SectionMatch['by']) => {
    matches.push({ oldIndex: o, newIndex: n, by });
    oldFree.delete(o);
    newFree.delete(n);
  };

  // 1. Same heading path (in order, so repeated paths pair first with first).
  const pathKey = (s: ParsedSection) => s.path.map(headingKey).join('\u0000');
  pairByKey(old, neu, oldFree, newFree, pathKey, (o, n) => take(o, n, 'path'));
  // 2. Same heading, unique on both sides among what is left: moved to another chapter.
  pairByKey(old, neu, oldFree, newFree, (s) => headingKey(s.heading), (o, n) => take(o, n, 'heading'), true);
  // 3. Similar content (renamed), best pairs first.
  for (const [o, n] of contentPairs(old, neu, oldFree, newFree)) take(o, n, 'content');

  return matches.sort((x, y) => x.oldIndex - y.oldIndex);
}

function pairByKey(
  old: readonly ParsedSection[],
  neu: readonly ParsedSection[],
  oldFree: Set<number>,
  newFree: Set<number>,
  key: (s: ParsedSection) => string,
  take: (o: number, n: number) => void,
  uniqueOnly = false,
): void {
  const byKey = new Map<string, number[]>();
  for (const n of newFree) {
    const k = key(neu[n]!);
    const list = byKey.get(k);
    if (list) list.push(n);
    else byKey.set(k, [n]);
  }
  const oldCounts = new Map<string, number>();
  if (uniqueOnly) for (const o of oldFree) oldCounts.set(key(old[o]!), (oldCounts.get(key(old[o]!)) ?? 0) + 1);
  for (const o of [...oldFree]) {
    const k = key(old[o]!);
    if (!k && uniqueOnly) continue;
    const list = byKey.get(k);
    if (!list?.length) continue;
    if (uniqueOnly && (list.length > 1 || oldCounts.get(k)! > 1)) continue;
    take(o, list.shift()!);
  }
}

function contentPairs(
  old: readonly ParsedSection[],
  neu: readonly ParsedSection[],
  oldFree: Set<number>,
  newFree: Set<number>,
): [number, number][] {
  if (!oldFree.size || !newFree.size) return [];
  const bags = new Map<ParsedSection, { bag: Bag; size: number }>();
  const bagFor = (s: ParsedSection) => {
    let b = bags.get(s);
    if (!b) {
      const tokens = s.blocks.flatMap((blk) => words(blk.text));
      b = { bag: bagOf(tokens), size: tokens.length };
      bags.set(s, b);
    }
    return b;
  };
  // Each section's heading takes part in many candidate pairs: its bag is made once.
  const headBags = new Map<ParsedSection, Bag>();
  const headBag = (s: ParsedSection) => {
    let b = headBags.get(s);
    if (!b) headBags.set(s, (b = bagOf(words(headingKey(s.heading)))));
    return b;
  };

  // Candidates: pairs sharing an identical block, or any pair when few are left.
  const candidates = new Set<string>();
  if (oldFree.size * newFree.size <= PAIRWISE_LIMIT) {
    for (const o of oldFree) for (const n of newFree) candidates.add(`${o},${n}`);
  } else {
    const byBlock = new Map<string, number[]>();
    for (const n of newFree) for (const b of neu[n]!.blocks) (byBlock.get(b.key) ?? byBlock.set(b.key, []).get(b.key)!).push(n);
    // A paragraph repeated in many sections ("Not applicable.") says nothing about
    // which section is which, and pairing through it was all-pairs: 10,000 renamed
    // sections of the same text built 10^8 candidates and crashed. Skip such keys.
    for (const o of oldFree) {
      for (const b of old[o]!.blocks) {
        const list = byBlock.get(b.key);
        if (!list || list.length > SHARED_BLOCK_LIMIT) continue;
        for (const n of list) candidates.add(`${o},${n}`);
      }
    }
  }

  const scored: { o: number; n: number; score: number }[] = [];
  for (const c of candidates) {
    const [o, n] = c.split(',').map(Number) as [number, number];
    const so = old[o]!;
    const sn = neu[n]!;
    let score: number;
    if (!so.blocks.length || !sn.blocks.length) {
      // Headings without text of their own (a chapter title) match on the heading alone.
      const heading = dice(headBag(so), headBag(sn));
      score = !so.blocks.length && !sn.blocks.length && heading >= HEADING_THRESHOLD ? heading : 0;
    } else {
      const a = bagFor(so);
      const b = bagFor(sn);
      // Dice is at most 2·min/(sum): sections too different in length to reach even the lower bar are not compared word by word.
      if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < MIN_CONTENT) continue;
      const heading = dice(headBag(so), headBag(sn));
      const content = dice(a.bag, b.bag, a.size, b.size);
      score = content >= CONTENT_THRESHOLD || (heading >= HEADING_THRESHOLD && content >= MIN_CONTENT) ? content + heading / 10 : 0;
    }
    if (score > 0) scored.push({ o, n, score });
  }
  return bestFirstPairs(scored);
}
