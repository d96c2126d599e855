// Pairing two ordered sequences (blocks of a section, sentences of a block):
// identical keys first, kept in order; then, in each gap between those anchors,
// similar items. Anchors come from a bounded Myers diff of the keys; similarity
// is computed only inside gaps, and only within a window when a gap is large.
import { editScript } from './edit-script.js';
import { slideRepeats } from './slide-repeats.js';

export type Step = [number, number] | [number, null] | [null, number];

export interface SequenceAlignment {
  /** In order: pairs, removals ([i, null]) and insertions ([null, j]). */
  steps: Step[];
  /** Identical items found out of order: moved within the sequence. */
  reordered: [number, number][];
}

export interface SequenceOptions<T> {
  /** Items with equal keys are the same item; without a key, items pair by similarity only. */
  key?: (item: T) => string;
  similarity: (a: T, b: T) => number;
  threshold: number;
  /**
   * How alike two items are, used only to place an unpaired copy of a repeated item: of
   * identical copies, the one left unpaired is the one beside the most alike new item
   * (default: `similarity`).
   */
  affinity?: (a: T, b: T) => number;
  /**
   * Keys of items repeated elsewhere (boilerplate): they anchor only after the unique ones,
   * so a copy that moved in never outvotes the paragraphs that stayed (patience diff's idea).
   */
  repeated?: (key: string) => boolean;
}

// A gap this small is aligned exactly by dynamic programming; larger gaps use a
// greedy window so that a section rewritten wholesale stays linear.
const DP_LIMIT = 2500;
const WINDOW = 24;

export function alignSequences<T>(a: readonly T[], b: readonly T[], opts: SequenceOptions<T>): SequenceAlignment {
  const { anchors, reordered } = opts.key ? exactAnchors(a.map(opts.key), b.map(opts.key), (i, j) => (opts.affinity ?? opts.similarity)(a[i]!, b[j]!), opts.repeated) : { anchors: [], reordered: [] };
  // Items paired out of order are settled: keep them out of the gaps.
  const skipA = new Set(reordered.map((r) => r[0]));
  const skipB = new Set(reordered.map((r) => r[1]));
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    const ga = range(i, ai).filter((x) => !skipA.has(x));
    const gb = range(j, bj).filter((y) => !skipB.has(y));
    alignGap(a, b, ga, gb, opts, steps);
    if (ai < a.length) steps.push([ai, bj]);
    i = ai + 1;
    j = bj + 1;
  }
  return { steps, reordered };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** Pairs of equal keys that keep their order, and equal keys found out of order. */
function exactAnchors(
  ka: string[],
  kb: string[],
  affinity: (i: number, j: number) => number,
  repeated?: (key: string) => boolean,
): { anchors: [number, number][]; reordered: [number, number][] } {
  const ops = editScript(ka, kb, repeated, affinity);
  if (!ops) return anchorsByOccurrence(ka, kb);
  slideRepeats(ops, ka, kb, affinity);
  const anchors: [number, number][] = [];
  const removed = new Map<string, number[]>();
  const added: [string, number][] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'a') added.push([kb[j]!, j++]);
    else if (op === 'r') {
      (removed.get(ka[i]!) ?? removed.set(ka[i]!, []).get(ka[i]!)!).push(i);
      i++;
    } else anchors.push([i++, j++]);
  }
  // An item removed here and the same item added there has moved. Not so for copies of a
  // repeated item: which copy went where is the caller's to decide, with more to go on.
  const reordered: [number, number][] = [];
  for (const [key, jj] of added) {
    const list = removed.get(key);
    if (list?.length && !repeated?.(key)) reordered.push([list.shift()!, jj]);
  }
  return { anchors, reordered };
}

function anchorsByOccurrence(ka: string[], kb: string[]): { anchors: [number, number][]; reordered: [number, number][] } {
  const positions = new Map<string, number[]>();
  kb.forEach((k, j) => {
    const list = positions.get(k);
    if (list) list.push(j);
    else positions.set(k, [j]);
  });
  const used = new Map<string, number>();
  const pairs: [number, number][] = [];
  ka.forEach((k, i) => {
    const list = positions.get(k);
    if (!list) return;
    const n = used.get(k) ?? 0;
    if (n < list.length) {
      pairs.push([i, list[n]!]);
      used.set(k, n + 1);
    }
  });
  const keep = longestIncreasing(pairs.map((p) => p[1]));
  const anchors: [number, number][] = [];
  const reordered: [number, number][] = [];
  pairs.forEach((p, idx) => (keep.has(idx) ? anchors : reordered).push(p));
  return { anchors, reordered };
}

/** Indices of a longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  values.forEach((v, idx) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[idx] = tails[lo - 1]!;
    tails[lo] = idx;
  });
  const keep = new Set<number>();
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k]!;
  }
  return keep;
}

function alignGap<T>(a: readonly T[], b: readonly T[], ga: number[], gb: number[], opts: SequenceOptions<T>, out: Step[]): void {
  if (!ga.length) {
    for (const y of gb) out.push([null, y]);
    return;
  }
  if (!gb.length) {
    for (const x of ga) out.push([x, null]);
    return;
  }
  if (ga.length * gb.length <= DP_LIMIT) dpGap(a, b, ga, gb, opts, out);
  else greedyGap(a, b, ga, gb, opts, out);
}

/** Monotone alignment maximising the summed similarity of accepted pairs. */
function dpGap<T>(a: readonly T[], b: readonly T[], ga: number[], gb: number[], opts: SequenceOptions<T>, out: Step[]): void {
  const n = ga.length;
  const m = gb.length;
  const sim = new Float64Array(n * m);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < m; y++) {
      const s = opts.similarity(a[ga[x]!]!, b[gb[y]!]!);
      sim[x * m + y] = s >= opts.threshold ? s : 0;
    }
  }
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const s = sim[x * m + y]!;
      const diag = s > 0 ? s + score[(x + 1) * w + y + 1]! : 0;
      score[x * w + y] = Math.max(diag, score[(x + 1) * w + y]!, score[x * w + y + 1]!);
    }
  }
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    const s = sim[x * m + y]!;
    if (s > 0 && score[x * w + y] === s + score[(x + 1) * w + y + 1]!) {
      out.push([ga[x]!, gb[y]!]);
      x++;
      y++;
    } else if (score[x * w + y] === score[(x + 1) * w + y]) {
      out.push([ga[x++]!, null]);
    } else {
      out.push([null, gb[y++]!]);
    }
  }
  for (; x < n; x++) out.push([ga[x]!, null]);
  for (; y < m; y++) out.push([null, gb[y]!]);
}

function greedyGap<T>(a: readonly T[], b: readonly T[], ga: number[], gb: number[], opts: SequenceOptions<T>, out: Step[]): void {
  let j = 0;
  for (const x of ga) {
    let best = -1;
    let bestSim = opts.threshold;
    for (let y = j; y < Math.min(gb.length, j + WINDOW); y++) {
      const s = opts.similarity(a[x]!, b[gb[y]!]!);
      if (s >= bestSim) {
        bestSim = s;
        best = y;
      }
    }
    if (best < 0) {
      out.push([x, null]);
      continue;
    }
    for (; j < best; j++) out.push([null, gb[j]!]);
    out.push([x, gb[best]!]);
    j = best + 1;
  }
  for (; j < gb.length; j++) out.push([null, gb[j]!]);
}

/**
 * Best-first one-to-one pairing: take candidate pairs from the highest score down,
 * skipping any whose either side is already taken. Ties go to document order.
 */
export function bestFirstPairs(scored: { o: number; n: number; score: number }[]): [number, number][] {
  scored.sort((p, q) => q.score - p.score || p.o - q.o || p.n - q.n);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: [number, number][] = [];
  for (const { o, n } of scored) {
    if (usedO.has(o) || usedN.has(n)) continue;
    usedO.add(o);
    usedN.add(n);
    out.push([o, n]);
  }
  return out;
}
