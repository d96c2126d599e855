// Passes A and B: identical blocks, first inside each pair of matched sections, in order (A),
// then anywhere (B: a paragraph moved whole). Exact before similar: these pairings are sure,
// and the similarity passes after them (pass-similar.ts) run only on what they leave. Copies
// of a repeated paragraph are paired by place and neighbours (copies.ts), never first with first.
import { alignSequences } from './sequence.js';
import type { GBlock } from './units.js';
import { push } from './blocks.js';
import { pairCopies } from './copies.js';
import { BLOCK_SIMILAR } from './pass-similar.js';
import type { AlignState } from './state.js';

/**
 * A. Identical blocks inside matched sections (of repeated copies, the one left over is
 * the one beside the most alike new block: see slideRepeats). Returns, for each old
 * section, its in-order pairs (old global, new global), which bound pass C's stretches.
 */
export function pairIdenticalInSections(st: AlignState, repeated: Set<string>): Map<number, [number, number][]> {
  const inOrderPairs = new Map<number, [number, number][]>(); // old section → pass A's pairs, in order
  for (const m of st.secMatches) {
    const a = st.byOldSec[m.oldIndex]!;
    const b = st.byNewSec[m.newIndex]!;
    const r = alignSequences(a, b, { key: (x) => x.block.key, similarity: () => 0, threshold: 2, affinity: st.blockSim, repeated: (k) => repeated.has(k) });
    const anchors: [number, number][] = [];
    for (const s of r.steps) {
      if (s[0] === null || s[1] === null) continue;
      st.pair(a[s[0]]!.g, b[s[1]]!.g);
      anchors.push([a[s[0]]!.g, b[s[1]]!.g]);
    }
    inOrderPairs.set(m.oldIndex, anchors);
    for (const [i, j] of r.reordered) {
      st.pair(a[i]!.g, b[j]!.g);
      st.reorderedInSection.add(a[i]!.g);
    }
  }
  return inOrderPairs;
}

/** B. Identical blocks anywhere. */
export function pairIdenticalAnywhere(st: AlignState, repeated: Set<string>): void {
  const { oldBlocks, newBlocks, pairO, pairN } = st;
  const freeNewByKey = new Map<string, number[]>();
  const freeOldByKey = new Map<string, number[]>();
  for (const nb of newBlocks) if (!pairN.has(nb.g)) push(freeNewByKey, nb.block.key, nb.g);
  for (const ob of oldBlocks) if (!pairO.has(ob.g)) push(freeOldByKey, ob.block.key, ob.g);
  for (const [key, olds] of freeOldByKey) {
    const news = freeNewByKey.get(key);
    if (!news?.length) continue;
    // A key on neither side twice is one paragraph that moved.
    if (!repeated.has(key)) {
      st.pair(olds[0]!, news[0]!);
      continue;
    }
    for (const [o, n] of pairCopies(olds, news, oldBlocks, newBlocks, pairO, (o) => editedInPlace(st, freeOldByKey, oldBlocks[o]!))) {
      st.pair(o, n);
      // Left unpaired by the in-order pass A in their own section: out of order there.
      if (st.secO2N.get(oldBlocks[o]!.sec) === newBlocks[n]!.sec) st.reorderedInSection.add(o);
    }
  }
}

/**
 * An old copy of a repeated paragraph whose own section (matched) now holds an edited
 * version of it was probably edited there, not moved: it is paired last, and left for
 * pass C when another copy can explain the new one. (An alike block that is itself an
 * unpaired old paragraph word for word is no edited version.)
 */
function editedInPlace(st: AlignState, freeOldByKey: Map<string, number[]>, ob: GBlock): boolean {
  const ns = st.secO2N.get(ob.sec);
  if (ns === undefined) return false;
  return st.byNewSec[ns]!.some((nb) => !st.pairN.has(nb.g) && !freeOldByKey.has(nb.block.key) && st.blockSim(ob, nb) >= BLOCK_SIMILAR);
}
