// Passes C and D: similar blocks (edited paragraphs), first inside each pair of matched
// sections, in order (C), then anywhere (D: moved and edited). They run after the identical
// passes (pass-identical.ts) on the blocks those left; D, the costly one, compares across the
// whole document only pairs of blocks that share rare words once the leftovers are many.
import type { GBlock } from './units.js';
import { alignSequences, bestFirstPairs } from './sequence.js';
import { push, type BagCache } from './blocks.js';
import type { AlignState } from './state.js';

/** Blocks this alike are one paragraph edited (also what pass B takes for an edited copy). */
export const BLOCK_SIMILAR = 0.5;
const BLOCK_SIMILAR_ANYWHERE = 0.6;
const PAIRWISE_LIMIT = 40_000;
const RARE_DF = 40;
const MIN_SHARED_RARE = 3;

/**
 * C. Similar blocks inside matched sections, in order, in each stretch between two of pass
 * A's pairs (an edited block stays between the neighbours it had: with many edited copies
 * of one paragraph, one stretch for the whole section paired them by a greedy window).
 */
export function pairSimilarInSections(st: AlignState, inOrderPairs: Map<number, [number, number][]>): void {
  for (const m of st.secMatches) {
    const all = { a: st.byOldSec[m.oldIndex]!, b: st.byNewSec[m.newIndex]! };
    let ia = 0;
    let ib = 0;
    for (const [og, ng] of [...(inOrderPairs.get(m.oldIndex) ?? []), [Infinity, Infinity] as [number, number]]) {
      const a: GBlock[] = [];
      const b: GBlock[] = [];
      for (; ia < all.a.length && all.a[ia]!.g < og; ia++) if (!st.pairO.has(all.a[ia]!.g)) a.push(all.a[ia]!);
      for (; ib < all.b.length && all.b[ib]!.g < ng; ib++) if (!st.pairN.has(all.b[ib]!.g)) b.push(all.b[ib]!);
      ia++;
      ib++;
      if (!a.length || !b.length) continue;
      // Identical blocks were all paired above: by similarity only. (A key per block would
      // have to differ between the sides: the old and the new block numbered g alike were
      // once taken for the same block — found by the swap property, seed 2134434131.)
      const r = alignSequences(a, b, { similarity: st.blockSim, threshold: BLOCK_SIMILAR });
      for (const s of r.steps) if (s[0] !== null && s[1] !== null) st.pair(a[s[0]]!.g, b[s[1]]!.g);
    }
  }
}

/** D. Similar blocks anywhere. */
export function pairSimilarAnywhere(st: AlignState): void {
  for (const [o, n] of similarAnywhere(
    st.oldBlocks.filter((x) => !st.pairO.has(x.g)),
    st.newBlocks.filter((x) => !st.pairN.has(x.g)),
    st.bags,
  )) st.pair(o, n);
}

/**
 * Best-first pairing of similar blocks across the whole document. With many
 * leftovers, candidates are only pairs sharing several rare words (document
 * frequency ≤ RARE_DF among the leftovers): no all-pairs comparison.
 */
function similarAnywhere(a: GBlock[], b: GBlock[], bags: BagCache): [number, number][] {
  if (!a.length || !b.length) return [];
  const scored: { o: number; n: number; score: number }[] = [];
  const consider = (x: GBlock, y: GBlock) => {
    const s = bags.dice(x.block, y.block);
    if (s >= BLOCK_SIMILAR_ANYWHERE) scored.push({ o: x.g, n: y.g, score: s });
  };
  if (a.length * b.length <= PAIRWISE_LIMIT) {
    for (const x of a) for (const y of b) consider(x, y);
  } else {
    const index = new Map<string, GBlock[]>();
    for (const x of a) for (const t of new Set(bags.get(x.block).tokens)) push(index, t, x);
    for (const y of b) {
      const shared = new Map<GBlock, number>();
      for (const t of new Set(bags.get(y.block).tokens)) {
        const list = index.get(t);
        if (!list || list.length > RARE_DF) continue;
        for (const x of list) shared.set(x, (shared.get(x) ?? 0) + 1);
      }
      for (const [x, c] of shared) if (c >= MIN_SHARED_RARE) consider(x, y);
    }
  }
  return bestFirstPairs(scored);
}
