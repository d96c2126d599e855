// The edit script of two key sequences, one op per item ('e' both, 'r' old only, 'a' new
// only), made with copies of repeated items in mind: unique keys anchor first, a stretch
// holding copies is aligned so an edited copy stays beside its old place. Used by
// exactAnchors in sequence.ts, which then slides runs of unpaired copies to their likeliest
// partner (slide-repeats.ts).
import { diffArrays } from 'diff';

// Myers' diff (jsdiff's diffArrays) finds the longest run of equal keys in order,
// which matters when keys repeat (the same sentence many times); it is bounded, and
// beyond the bound the caller pairs occurrences in order plus an LIS.
const MAX_KEY_EDITS = 2000;

/**
 * The diff of two key sequences as one op per item, or undefined beyond the edit bound.
 * With `repeated`, unique keys are diffed first and each stretch between two of them is
 * diffed on its own: a repeated paragraph that arrived from elsewhere cannot take the
 * place of a unique one that stayed (an LCS tie the plain diff may break either way).
 */
export function editScript(ka: string[], kb: string[], repeated?: (key: string) => boolean, affinity?: (i: number, j: number) => number): Op[] | undefined {
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
    const copies = affinity !== undefined && x.some(repeated) && y.some(repeated);
    let gap: Op[] | undefined;
    if (copies && x.length * y.length <= COPIES_DP_LIMIT) gap = copiesScript(x, y, (p, q) => affinity(i0 + p, j0 + q));
    else {
      gap = plain(x, y);
      // A long stretch: too big to search; within each run of copies, put the unpaired ones beside their likeliest partners.
      if (gap && copies) gap = spreadCopies(gap, x, y, (p, q) => affinity(i0 + p, j0 + q));
    }
    if (!gap) return undefined;
    ops.push(...gap);
    if (ai < ka.length) ops.push('e');
    i = ai + 1;
    j = bj + 1;
  }
  return ops;
}

export type Op = 'e' | 'r' | 'a';

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
  const at = (p: number, q: number): number => score[p * w + q]!;
  const pairScore = (p: number, q: number) => (x[p] === y[q] ? 1 : LIKENESS * like(p, q));
  for (let p = n - 1; p >= 0; p--) {
    for (let q = m - 1; q >= 0; q--) {
      const v = pairScore(p, q);
      score[p * w + q] = Math.max(at(p + 1, q), at(p, q + 1), v > 0 ? v + at(p + 1, q + 1) : 0);
    }
  }
  const ops: Op[] = [];
  let p = 0;
  let q = 0;
  while (p < n && q < m) {
    const v = pairScore(p, q);
    if (v > 0 && at(p, q) === v + at(p + 1, q + 1)) {
      // An alike pair is left unpaired here, side by side, for the similarity pass.
      if (x[p] === y[q]) ops.push('e');
      else ops.push('r', 'a');
      p++;
      q++;
    } else if (at(p, q) === at(p + 1, q)) {
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
 * In a stretch too long to search, Myers' diff leaves the unpaired copies of a run of identical
 * old items wherever its path happened to go (often all at the end). Any of the run's copies
 * can be the unpaired ones, so give that role to the copies standing just before the new
 * items most alike them (an edited copy), in order; the rest keep to the run's end. The new
 * side is untouched and every kept pair is still two identical items.
 */
function spreadCopies(ops: Op[], x: string[], y: string[], like: (p: number, q: number) => number): Op[] {
  const out: Op[] = [];
  let k = 0;
  let p = 0;
  let q = 0;
  while (k < ops.length) {
    if (ops[k] === 'a') {
      out.push('a');
      q++;
      k++;
      continue;
    }
    // A run of old items with one key, and the new items among them.
    const key = x[p]!;
    let end = k;
    let oldCount = 0;
    let removed = 0;
    for (let t = k, pp = p; t < ops.length; t++) {
      if (ops[t] !== 'a') {
        if (x[pp] !== key) break;
        oldCount++;
        if (ops[t] === 'r') removed++;
        pp++;
      }
      end = t + 1;
    }
    if (removed === 0 || removed === oldCount) {
      for (let t = k; t < end; t++) {
        out.push(ops[t]!);
        if (ops[t] !== 'a') p++;
        if (ops[t] !== 'r') q++;
      }
      k = end;
      continue;
    }
    // The run's new items in order: identical ones are kept pairs, others may take a removal.
    const news: number[] = [];
    for (let t = k, qq = q; t < end; t++) if (ops[t] !== 'r') news.push(qq++);
    const partner = new Set(
      news
        .filter((j) => y[j] !== key && like(p, j) > 0)
        .slice(0, removed),
    );
    let left = removed;
    for (const j of news) {
      if (y[j] === key) {
        out.push('e');
        p++;
      } else if (partner.has(j)) {
        out.push('r', 'a');
        p++;
        left--;
      } else out.push('a');
      q++;
    }
    for (; left > 0; left--) {
      out.push('r');
      p++;
    }
    k = end;
  }
  return out;
}
