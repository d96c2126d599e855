// Alignment of two documents, coarse to fine, exact before similar:
//   sections (path, heading, content) →
//   A. identical blocks inside matched sections, in order →
//   B. identical blocks anywhere (moved paragraphs) →
//   C. similar blocks inside matched sections (edited paragraphs) →
//   D. similar blocks anywhere, candidates pruned by shared rare words (moved and edited) →
//   E. sentences of the blocks still unpaired, across each matched pair of sections and what was
//      merged into or split from it (split, merged or rewritten paragraphs) →
//   F. identical sentences anywhere (a sentence moved on its own).
// Every pass sees only what earlier passes left, so the expensive ones run on little.
// The passes share the two pairing maps, so they stay in one function here; what they call
// lives beside it: units.ts (the shapes), blocks.ts, copies.ts (repeated paragraphs),
// rewrites.ts (merged sections, rewritten passages), section-changes.ts, sequence.ts and
// edit-script.ts (ordered pairing).
import type { Sentence } from '../types.js';
import type { ParsedBlock } from '../parse/document.js';
import { labelKey } from '../parse/labels.js';
import { words } from '../text/normalise.js';
import { bagOf, dice, type Bag } from '../text/similarity.js';
import { alignSequences, type Step } from './sequence.js';
import type { Alignment, BlockRef, GBlock, SentenceRef, SentenceUnit, Unit } from './units.js';
import { push } from './blocks.js';
import { AlignState, type AlignContext } from './state.js';
import { repeatedKeys } from './copies.js';
import { pairIdenticalAnywhere, pairIdenticalInSections } from './pass-identical.js';
import { pairSimilarAnywhere, pairSimilarInSections } from './pass-similar.js';
import { passageRuns, rewrittenHome, sectionGroups } from './rewrites.js';
import { sectionChanges } from './section-changes.js';

export type { Alignment, BlockRef, SentenceRef, SentenceUnit, Unit } from './units.js';
export type { AlignContext } from './state.js';

const SENTENCE_SIMILAR = 0.5;

export function align(ctx: AlignContext): Alignment {
  const st = new AlignState(ctx);
  const { oldBlocks, newBlocks, secMatches, secO2N, secN2O, pairO, pairN, reorderedInSection, byOldSec, byNewSec, bags } = st;
  const repeated = repeatedKeys(oldBlocks, newBlocks);

  const inOrderPairs = pairIdenticalInSections(st, repeated); // A
  pairIdenticalAnywhere(st, repeated); // B
  pairSimilarInSections(st, inOrderPairs); // C
  pairSimilarAnywhere(st); // D

  // Sections: renamed / moved / split / merged / added / removed.
  const sections = sectionChanges(ctx, secMatches, oldBlocks, newBlocks, pairO, rewrittenHome(byOldSec, byNewSec, pairO, pairN, secO2N, secN2O, bags));
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
  const sentO = (b: GBlock) => st.oldSentences(b);
  const sentN = (b: GBlock) => st.newSentences(b);

  // Paired blocks → sentence units (or one moved-block unit). Sentences left
  // unpaired inside a block that stayed put join the pool for pass F, so a
  // sentence that moved to the next paragraph is found there.
  const leftovers: Unit[] = [];
  for (const [o, n] of pairO) {
    const ob = oldBlocks[o]!;
    const nb = newBlocks[n]!;
    const sameSectionPair = secO2N.get(ob.sec) === nb.sec;
    const moved = (!sameSectionPair && !explained.has(`${ob.sec},${nb.sec}`) && !mergedOld.has(ob.sec) && !splitNew.has(nb.sec)) || reorderedInSection.has(o);
    const inner: SentenceUnit[] = [];
    if (ob.block.text !== nb.block.text) {
      const so = sentO(ob);
      const sn = sentN(nb);
      const r = alignSequences(so, sn, { key: (s) => s.key, similarity: sentenceSim, threshold: SENTENCE_SIMILAR });
      for (const s of ob.block.kind === 'tableRow' && nb.block.kind === 'tableRow' ? pairCells(r.steps, so, sn) : r.steps) inner.push(stepUnit(s, ob, nb, so, sn, n));
      for (const [i, j] of r.reordered) inner.push({ type: 'pair', old: ref(ob, so[i]!), new: ref(nb, sn[j]!), moved: false, order: order(n, j) });
    }
    if (moved) units.push({ type: 'movedBlock', old: { section: ob.section, block: ob.block }, new: { section: nb.section, block: nb.block }, inner, order: order(n, 0) });
    else if (ob.block.text === nb.block.text && labelKey(ob.block.label) !== labelKey(nb.block.label)) units.push({ type: 'renumbered', old: ob, new: nb, order: order(n, 0) });
    else for (const u of inner) (u.type === 'pair' ? units : leftovers).push(u);
  }

  // E. sentences of unpaired blocks, across each group of sections that are one passage:
  // a matched pair, with the sections merged into it or split off from it. A rewritten
  // stretch comes out as one passage (see passageRuns), not as unrelated sentences.
  const groups = sectionGroups(secMatches, sections, ctx.old.sections.length, ctx.new.sections.length);
  const passageSteps: SentenceUnit[][] = [];
  for (const group of groups) {
    const a = group.old.flatMap((sec) => byOldSec[sec]!.filter((x) => !pairO.has(x.g)));
    const b = group.new.flatMap((sec) => byNewSec[sec]!.filter((x) => !pairN.has(x.g)));
    if (!a.length && !b.length) continue;
    const so = a.flatMap((x) => sentO(x).map((s) => ({ g: x, s })));
    const sn = b.flatMap((x) => sentN(x).map((s, k) => ({ g: x, s, k })));
    const r = alignSequences(so, sn, { key: (x) => x.s.key, similarity: (x, y) => sentenceSim(x.s, y.s), threshold: SENTENCE_SIMILAR });
    const stepUnits = r.steps.map(([i, j]): SentenceUnit => {
      const x = i === null ? null : so[i]!;
      const y = j === null ? null : sn[j]!;
      if (x && y) return { type: 'pair', old: ref(x.g, x.s), new: ref(y.g, y.s), moved: false, order: order(y.g.g, y.k) };
      if (x) return { type: 'removed', old: ref(x.g, x.s), order: 0 };
      return { type: 'added', new: ref(y!.g, y!.s), order: order(y!.g.g, y!.k) };
    });
    // Grouped into rewritten passages only after pass F has taken the sentences that moved.
    passageSteps.push(stepUnits);
    leftovers.push(...stepUnits);
    for (const [i, j] of r.reordered) leftovers.push({ type: 'pair', old: ref(so[i]!.g, so[i]!.s), new: ref(sn[j]!.g, sn[j]!.s), moved: false, order: order(sn[j]!.g.g, sn[j]!.k) });
  }
  // Blocks of sections with no counterpart at all.
  const grouped = { old: new Set(groups.flatMap((g) => g.old)), new: new Set(groups.flatMap((g) => g.new)) };
  for (const ob of oldBlocks) if (!pairO.has(ob.g) && !grouped.old.has(ob.sec)) for (const s of sentO(ob)) leftovers.push({ type: 'removed', old: ref(ob, s), order: 0 });
  for (const nb of newBlocks) if (!pairN.has(nb.g) && !grouped.new.has(nb.sec)) sentN(nb).forEach((s, k) => leftovers.push({ type: 'added', new: ref(nb, s), order: order(nb.g, k) }));

  // F. identical sentences anywhere: a sentence moved on its own.
  const addedByKey = new Map<string, Unit[]>();
  for (const u of leftovers) if (u.type === 'added') push(addedByKey, u.new.sentence.key, u);
  const consumed = new Set<Unit>();
  for (const u of leftovers) {
    if (u.type !== 'removed') continue;
    const list = addedByKey.get(u.old.sentence.key);
    const match = list?.shift();
    if (!match || match.type !== 'added') continue;
    consumed.add(u).add(match);
    // Within one pair of sections a sentence that changed paragraph has not moved.
    const moved = secO2N.get(ctx.old.sections.indexOf(u.old.section)) !== ctx.new.sections.indexOf(match.new.section);
    units.push({ type: 'pair', old: u.old, new: match.new, moved, order: match.order });
  }
  // What is left of each group's steps: rewritten stretches become one passage each.
  const inPassage = new Set<Unit>(passageSteps.flat());
  for (const u of leftovers) if (!consumed.has(u) && !inPassage.has(u)) units.push(u);
  for (const steps of passageSteps) units.push(...passageRuns(steps.filter((u) => !consumed.has(u))));

  placeRemovals(units, oldBlocks, newBlocks, pairO);
  units.sort((x, y) => x.order - y.order);
  const blockPairs: [BlockRef, BlockRef][] = [...pairO].map(([o, n]) => [oldBlocks[o]!, newBlocks[n]!]);
  return { sections: sections.map(({ oldIndex: _o, newIndex: _n, ...sc }) => sc), units, blockPairs };
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

function order(newGlobal: number, sentence: number): number {
  return newGlobal * 1000 + Math.min(sentence, 998);
}

function ref(b: GBlock, sentence: Sentence): SentenceRef {
  return { section: b.section, block: b.block, sentence };
}

function stepUnit(s: Step, ob: GBlock, nb: GBlock, so: Sentence[], sn: Sentence[], n: number): SentenceUnit {
  const [i, j] = s;
  if (i !== null && j !== null) return { type: 'pair', old: ref(ob, so[i]!), new: ref(nb, sn[j]!), moved: false, order: order(n, j) };
  if (i !== null) return { type: 'removed', old: ref(ob, so[i]!), order: order(n, 0) };
  return { type: 'added', new: ref(nb, sn[j!]!), order: order(n, j!) };
}

const sentenceBags = new WeakMap<Sentence, { bag: Bag; size: number }>();
function sentenceSim(a: Sentence, b: Sentence): number {
  const get = (s: Sentence) => {
    let v = sentenceBags.get(s);
    if (!v) {
      const t = words(s.text);
      v = { bag: bagOf(t), size: t.length };
      sentenceBags.set(s, v);
    }
    return v;
  };
  const x = get(a);
  const y = get(b);
  return dice(x.bag, y.bag, x.size, y.size);
}

/** Give removals the order of the nearest paired block before them in the old document. */
function placeRemovals(units: Unit[], oldBlocks: GBlock[], newBlocks: GBlock[], pairO: Map<number, number>): void {
  const anchor = new Map<ParsedBlock, number>();
  let last = -1;
  for (const ob of oldBlocks) {
    const n = pairO.get(ob.g);
    if (n !== undefined) last = n;
    anchor.set(ob.block, last);
  }
  void newBlocks;
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

