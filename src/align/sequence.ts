// Pairing two ordered sequences (blocks of a section, sentences of a block):
// identical keys first, kept in order; then, in each gap between those anchors,
// similar items. Anchors come from a bounded Myers diff of the keys; similarity
// is computed only inside gaps, and only within a window when a gap is large.
import { diffArrays } from 'diff';

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

// Myers' diff (jsdiff's diffArrays) finds the longest run of equal keys in order,
// which matters when keys repeat (the same sentence many times); it is bounded, and
// beyond the bound we fall back to pairing occurrences in order plus an LIS.
const MAX_KEY_EDITS = 2000;
/** How far a run of unpaired copies may slide looking for its partner. */
const SLIDE_LIMIT = 64;

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

/**
 * The diff of two key sequences as one op per item, or undefined beyond the edit bound.
 * With `repeated`, unique keys are diffed first and each stretch between two of them is
 * diffed on its own: a repeated paragraph that arrived from elsewhere cannot take the
 * place of a unique one that stayed (an LCS tie the plain diff may break either way).
 */
function editScript(ka: string[], kb: string[], repeated?: (key: string) => boolean, affinity?: (i: number, j: number) => number): Op[] | undefined {
  if (!ka.length || !kb.length) return [...(Array(ka.length).fill('r') as Op[]), ...(Array(kb.length).fill('a') as Op[])];
  const plain = (x: string[], y: string[]): Op[] | undefined => {
    if (!x.length || !y.length) return [...(Array(x.length).fill('r') as Op[]), ...(Array(y.length).fill('a') as Op[])];
    const changes = diffArrays(x, y, { maxEditLength: MAX_KEY_EDITS });
    if (!changes) return undefined;
    const out: Op[] = [];
    for (const c of changes) for (let k = 0; k < (c.count ?? c.value.length); k++) out.push(c.added ? 'a' : c.removed ? 'r' : 'e');
    return out;
  };
  if (!repeated || !ka.some(repeated)) return plain(ka, kb);
  const ua = ka.flatMap((k, i) => (repeated(k) ? [] : [i]));
  const ub = kb.flatMap((k, j) => (repeated(k) ? [] : [j]));
  const top = plain(ua.map((i) => ka[i]!), ub.map((j) => kb[j]!));
  if (!top) return undefined;
  const anchors: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const op of top) {
    if (op === 'e') anchors.push([ua[x++]!, ub[y++]!]);
    else if (op === 'r') x++;
    else y++;
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [ka.length, kb.length] as [number, number]]) {
    const x = ka.slice(i, ai);
    const y = kb.slice(j, bj);
    const i0 = i;
    const j0 = j;
    const gap =
      affinity && x.length * y.length <= COPIES_DP_LIMIT && x.some(repeated) && y.some(repeated)
        ? copiesScript(x, y, (p, q) => affinity(i0 + p, j0 + q))
        : plain(x, y);
    if (!gap) return undefined;
    ops.push(...gap);
    if (ai < ka.length) ops.push('e');
    i = ai + 1;
    j = bj + 1;
  }
  return ops;
}

type Op = 'e' | 'r' | 'a';

/** Gaps up to this many item pairs holding copies of a repeated item are aligned exactly. */
const COPIES_DP_LIMIT = 250_000;
/** Weight of likeness against one identical pair: it only breaks ties between equally long runs. */
const LIKENESS = 0.01;

/**
 * The diff of a stretch holding copies of a repeated item, by dynamic programming: as many
 * identical pairs as any diff finds, and of the ways to get them, the one leaving the most
 * alike items side by side. Old "P P Y P P Z P", new "P P Y Q P W P": the edited copy Q
 * stands where the fourth old item stood, so that is the copy left unpaired beside it.
 */
function copiesScript(x: string[], y: string[], like: (p: number, q: number) => number): Op[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const pairScore = (p: number, q: number) => (x[p] === y[q] ? 1 : LIKENESS * like(p, q));
  for (let p = n - 1; p >= 0; p--) {
    for (let q = m - 1; q >= 0; q--) {
      const v = pairScore(p, q);
      score[p * w + q] = Math.max(score[(p + 1) * w + q]!, score[p * w + q + 1]!, v > 0 ? v + score[(p + 1) * w + q + 1]! : 0);
    }
  }
  const ops: Op[] = [];
  let p = 0;
  let q = 0;
  while (p < n && q < m) {
    const v = pairScore(p, q);
    if (v > 0 && score[p * w + q] === v + score[(p + 1) * w + q + 1]!) {
      // An alike pair is left unpaired here, side by side, for the similarity pass.
      if (x[p] === y[q]) ops.push('e');
      else ops.push('r', 'a');
      p++;
      q++;
    } else if (score[p * w + q] === score[(p + 1) * w + q]) {
      ops.push('r');
      p++;
    } else {
      ops.push('a');
      q++;
    }
  }
  for (; p < n; p++) ops.push('r');
  for (; q < m; q++) ops.push('a');
  return ops;
}

/**
 * Of identical copies, which one is unpaired is the diff's arbitrary choice: old "P P P P",
 * new "P′ P P P" may leave the last old P unpaired, so the edited first copy is paired with
 * the last and quoted from the wrong place. Slide each run of unpaired items along the
 * copies it could trade places with, to sit beside the most alike unpaired item on the other
 * side, where the gap pass pairs them by position. (Git's diff slides its hunks the same way.)
 */
function slideRepeats(ops: Op[], ka: string[], kb: string[], affinity: (i: number, j: number) => number): void {
  for (const side of ['r', 'a'] as const) {
    const other = side === 'r' ? 'a' : 'r';
    const keys = side === 'r' ? ka : kb;
    const like = (mine: number, theirs: number) => (side === 'r' ? affinity(mine, theirs) : affinity(theirs, mine));
    // mineAt[p] / theirsAt[p]: this side's and the other side's index of the item at ops[p].
    let mineAt: number[] = [];
    let theirsAt: number[] = [];
    const index = () => {
      mineAt = new Array(ops.length + 1);
      theirsAt = new Array(ops.length + 1);
      let m = 0;
      let t = 0;
      ops.forEach((op, p) => {
        mineAt[p] = m;
        theirsAt[p] = t;
        if (op === 'e' || op === side) m++;
        if (op === 'e' || op === other) t++;
      });
    };
    index();
    /** Slide the `len` items at s (all on this side) to their best place; returns where they start. */
    const slide = (s: number, len: number): number => {
      const e = s + len;
      const at = mineAt[s]!;
      // How far they can go: up while the item above equals the last, down while the one below equals the first.
      let up = 0;
      while (up < SLIDE_LIMIT && s - up - 1 >= 0 && ops[s - up - 1] === 'e' && keys[at - up - 1] === keys[at - up - 1 + len]) up++;
      let down = 0;
      while (down < SLIDE_LIMIT && e + down < ops.length && ops[e + down] === 'e' && keys[at + down] === keys[at + down + len]) down++;
      if (up + down === 0) return s;
      // Moved by d, they sit beside the other side's item above them (d ≤ 0) or below them (d ≥ 0).
      const above = (d: number) => (ops[s + d - 1] === other ? like(at + d, theirsAt[s + d - 1]!) : 0);
      const below = (d: number) => (ops[e + d] === other ? like(at + d + len - 1, theirsAt[e + d]!) : 0);
      let best = 0;
      let bestScore = Math.max(above(0), below(0));
      for (let d = -up; d <= down; d++) {
        const score = d < 0 ? above(d) : d > 0 ? below(d) : -1;
        if (score > bestScore) {
          bestScore = score;
          best = d;
        }
      }
      if (best === 0) return s;
      // The equal items they pass take their old place.
      ops.splice(s, len);
      ops.splice(s + best, 0, ...(Array(len).fill(side) as Op[]));
      index();
      return s + best;
    };
    let s = 0;
    while (s < ops.length) {
      if (ops[s] !== side) {
        s++;
        continue;
      }
      let e = s;
      while (e < ops.length && ops[e] === side) e++;
      const moved = slide(s, e - s);
      if (moved !== s) {
        s = moved + (e - s);
        continue;
      }
      // A mixed run ("P Y" unpaired): its first item may still go up, and its last down, alone.
      if (e - s > 1) {
        slide(s, 1);
        e = slide(e - 1, 1) + 1;
      }
      s = Math.max(e, s + 1);
    }
  }
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
