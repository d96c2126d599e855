// Units from the pairing: each pair of blocks becomes its sentence units (or one moved-block
// or renumbered unit), and at the end what the sentence passes left is added and removals are
// placed. The block passes only pair blocks; this is where a pair becomes what a reader sees.
// Sentences left unpaired inside a paired block go to the leftovers, for pass F.
import type { ParsedBlock, Sentence, SentenceUnit, Unit } from '../types.js';
import { labelKey } from '../parse/labels.js';
import { alignSequences, type Step } from './sequence.js';
import type { GBlock, IndexedSectionChange } from './units.js';
import { push } from './blocks.js';
import { passageRuns } from './rewrites.js';
import { order, ref, sentenceSim, SENTENCE_SIMILAR } from './sentence-units.js';
import type { AlignState } from './state.js';

/**
 * Paired blocks → sentence units (or one moved-block unit), in the order the blocks were
 * paired. Sentences left unpaired inside a block that stayed put go to the leftovers (the
 * pool for pass F), so a sentence that moved to the next paragraph is found there.
 */
export function unitsOfPairs(st: AlignState, sections: IndexedSectionChange[]): { units: Unit[]; leftovers: Unit[] } {
  const { oldBlocks, newBlocks, secO2N, reorderedInSection } = st;
  const explained = new Set<string>(); // "oldSec,newSec" flows explained by a split or merge
  // A section merged away sends all its blocks somewhere, and a section split off
  // receives blocks from wherever they were: none of those blocks is "moved". (Only
  // the one flow named in the record was exempt before, so which of two equal
  // flows won the tie decided whether a paragraph was "moved", and swapping the
  // sides changed the answer: found by the swap property in test/properties.)
  const mergedOld = new Set<number>();
  const splitNew = new Set<number>();
  for (const sc of sections) {
    if (sc.kind === 'split' || sc.kind === 'merged') explained.add(`${sc.oldIndex},${sc.newIndex}`);
    if (sc.kind === 'merged') mergedOld.add(sc.oldIndex);
    if (sc.kind === 'split') splitNew.add(sc.newIndex);
  }

  const units: Unit[] = [];
  const leftovers: Unit[] = [];
  for (const [o, n] of st.pairO) {
    const ob = oldBlocks[o]!;
    const nb = newBlocks[n]!;
    const sameSectionPair = secO2N.get(ob.sec) === nb.sec;
    const moved = (!sameSectionPair && !explained.has(`${ob.sec},${nb.sec}`) && !mergedOld.has(ob.sec) && !splitNew.has(nb.sec)) || reorderedInSection.has(o);
    const inner: SentenceUnit[] = [];
    if (ob.block.text !== nb.block.text) {
      const so = st.oldSentences(ob);
      const sn = st.newSentences(nb);
      const r = alignSequences(so, sn, { key: (s) => s.key, similarity: sentenceSim, threshold: SENTENCE_SIMILAR });
      for (const s of ob.block.kind === 'tableRow' && nb.block.kind === 'tableRow' ? pairCells(r.steps, so, sn) : r.steps) inner.push(stepUnit(s, ob, nb, so, sn, n));
      for (const [i, j] of r.reordered) inner.push({ type: 'pair', old: ref(ob, so[i]!), new: ref(nb, sn[j]!), moved: false, order: order(n, j) });
    }
    if (moved) units.push({ type: 'movedBlock', old: { section: ob.section, block: ob.block }, new: { section: nb.section, block: nb.block }, inner, order: order(n, 0) });
    else if (ob.block.text === nb.block.text && labelKey(ob.block.label) !== labelKey(nb.block.label)) units.push({ type: 'renumbered', old: ob, new: nb, order: order(n, 0) });
    else for (const u of inner) (u.type === 'pair' ? units : leftovers).push(u);
  }
  return { units, leftovers };
}

/**
 * Table cells are positional: inside a paired row, the one sentence removed from a
 * cell and the one added to the same cell are a changed cell however different
 * ("Team manager" → "Social worker"), even when a neighbouring cell was emptied.
 */
function pairCells(steps: Step[], so: Sentence[], sn: Sentence[]): Step[] {
  const removed = new Map<number | undefined, number[]>();
  const added = new Map<number | undefined, number[]>();
  steps.forEach(([i, j], k) => {
    if (j === null && i !== null) push(removed, so[i]!.cell, k);
    else if (i === null && j !== null) push(added, sn[j]!.cell, k);
  });
  const replaced = new Map<number, Step>();
  const dropped = new Set<number>();
  for (const [cell, r] of removed) {
    const a = added.get(cell);
    if (r.length !== 1 || a?.length !== 1) continue;
    replaced.set(r[0]!, [steps[r[0]!]![0]!, steps[a[0]!]![1]!]);
    dropped.add(a[0]!);
  }
  return steps.flatMap((s, k) => (dropped.has(k) ? [] : [replaced.get(k) ?? s]));
}

function stepUnit(s: Step, ob: GBlock, nb: GBlock, so: Sentence[], sn: Sentence[], n: number): SentenceUnit {
  const [i, j] = s;
  if (i !== null && j !== null) return { type: 'pair', old: ref(ob, so[i]!), new: ref(nb, sn[j]!), moved: false, order: order(n, j) };
  if (i !== null) return { type: 'removed', old: ref(ob, so[i]!), order: order(n, 0) };
  return { type: 'added', new: ref(nb, sn[j!]!), order: order(n, j!) };
}

/**
 * What is left once pass F has taken the sentences that moved: the leftovers outside pass E's
 * steps as they are, then each group's steps, where rewritten stretches become one passage each.
 */
export function addRemaining(units: Unit[], leftovers: Unit[], passageSteps: SentenceUnit[][], consumed: Set<Unit>): void {
  const inPassage = new Set<Unit>(passageSteps.flat());
  for (const u of leftovers) if (!consumed.has(u) && !inPassage.has(u)) units.push(u);
  for (const steps of passageSteps) units.push(...passageRuns(steps.filter((u) => !consumed.has(u))));
}

/** Give removals the order of the nearest paired block before them in the old document. */
export function placeRemovals(units: Unit[], oldBlocks: GBlock[], pairO: Map<number, number>): void {
  const anchor = new Map<ParsedBlock, number>();
  let last = -1;
  for (const ob of oldBlocks) {
    const n = pairO.get(ob.g);
    if (n !== undefined) last = n;
    anchor.set(ob.block, last);
  }
  let tie = 0;
  for (const u of units) {
    if (u.type !== 'removed') continue;
    const a = anchor.get(u.old.block) ?? -1;
    const paired = pairO.has(oldIndexOf(oldBlocks, u.old.block));
    // Inside a paired block the removal keeps its block's place; otherwise it follows the anchor.
    u.order = paired ? u.order + 0.5 : order(a, 999) + (tie++ % 1000) / 1000;
  }
}

function oldIndexOf(oldBlocks: GBlock[], block: ParsedBlock): number {
  const g = Number(block.id.slice(1));
  return oldBlocks[g]?.block === block ? g : -1;
}
