// Pairing two ordered sequences (blocks of a section, sentences of a block):
// identical keys first, kept in order; then, in each gap between those anchors,
// similar items. Linear-ish: anchors by hashing plus a longest increasing
// subsequence (n log n), similarity only inside gaps and only within a window.

export type Step = [number, number] | [number, null] | [null, number];

export interface SequenceAlignment {
  /** In order: pairs, removals ([i, null]) and insertions ([null, j]). */
  steps: Step[];
  /** Identical items found out of order: moved within the sequence. */
  reordered: [number, number][];
}

export interface SequenceOptions<T> {
  key: (item: T) => string;
  similarity: (a: T, b: T) => number;
  threshold: number;
}

// A gap this small is aligned exactly by dynamic programming; larger gaps use a
// greedy window so that a section rewritten wholesale stays linear.
const DP_LIMIT = 2500;
const WINDOW = 24;

export function alignSequences<T>(a: readonly T[], b: readonly T[], opts: SequenceOptions<T>): SequenceAlignment {
  const { anchors, reordered } = exactAnchors(a.map(opts.key), b.map(opts.key));
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    alignGap(a, b, i, ai, j, bj, opts, steps);
    if (ai < a.length) steps.push([ai, bj]);
    i = ai + 1;
    j = bj + 1;
  }
  return { steps, reordered };
}

/** Pairs of equal keys that keep their order (LIS), and those that do not. */
function exactAnchors(ka: string[], kb: string[]): { anchors: [number, number][]; reordered: [number, number][] } {
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

function alignGap<T>(a: readonly T[], b: readonly T[], i0: number, i1: number, j0: number, j1: number, opts: SequenceOptions<T>, out: Step[]): void {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0) {
    for (let j = j0; j < j1; j++) out.push([null, j]);
    return;
  }
  if (m === 0) {
    for (let i = i0; i < i1; i++) out.push([i, null]);
    return;
  }
  if (n * m <= DP_LIMIT) dpGap(a, b, i0, n, j0, m, opts, out);
  else greedyGap(a, b, i0, i1, j0, j1, opts, out);
}

/** Monotone alignment maximising the summed similarity of accepted pairs. */
function dpGap<T>(a: readonly T[], b: readonly T[], i0: number, n: number, j0: number, m: number, opts: SequenceOptions<T>, out: Step[]): void {
  const sim = new Float64Array(n * m);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < m; y++) {
      const s = opts.similarity(a[i0 + x]!, b[j0 + y]!);
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
      out.push([i0 + x, j0 + y]);
      x++;
      y++;
    } else if (score[x * w + y] === score[(x + 1) * w + y]) {
      out.push([i0 + x, null]);
      x++;
    } else {
      out.push([null, j0 + y]);
      y++;
    }
  }
  for (; x < n; x++) out.push([i0 + x, null]);
  for (; y < m; y++) out.push([null, j0 + y]);
}

function greedyGap<T>(a: readonly T[], b: readonly T[], i0: number, i1: number, j0: number, j1: number, opts: SequenceOptions<T>, out: Step[]): void {
  let j = j0;
  for (let i = i0; i < i1; i++) {
    let best = -1;
    let bestSim = opts.threshold;
    for (let y = j; y < Math.min(j1, j + WINDOW); y++) {
      const s = opts.similarity(a[i]!, b[y]!);
      if (s >= bestSim) {
        bestSim = s;
        best = y;
      }
    }
    if (best < 0) {
      out.push([i, null]);
      continue;
    }
    for (; j < best; j++) out.push([null, j]);
    out.push([i, best]);
    j = best + 1;
  }
  for (; j < j1; j++) out.push([null, j]);
}
