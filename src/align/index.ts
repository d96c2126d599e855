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
// align() is the list of passes, in order; what they share is the AlignState (state.ts), and
// each lives in its own module: pass-identical.ts (A, B), pass-similar.ts (C, D),
// pass-sentences.ts (E, F), units-of.ts (paired blocks and leftovers → units) and
// sentence-units.ts (what sentence units are made of). Beside them: units.ts (the shapes),
// blocks.ts, copies.ts (repeated paragraphs), rewrites.ts (merged sections, rewritten
// passages), section-changes.ts, sequence.ts, edit-script.ts and slide-repeats.ts (ordered pairing).
import type { Alignment, BlockRef } from '../types.js';
import { AlignState, type AlignContext } from './state.js';
import { repeatedKeys } from './copies.js';
import { pairIdenticalAnywhere, pairIdenticalInSections } from './pass-identical.js';
import { pairSimilarAnywhere, pairSimilarInSections } from './pass-similar.js';
import { pairMovedSentences, pairSentencesInGroups } from './pass-sentences.js';
import { addRemaining, placeRemovals, unitsOfPairs } from './units-of.js';
import { rewrittenHome } from './rewrites.js';
import { sectionChanges } from './section-changes.js';

export type { AlignContext } from './state.js';

export function align(ctx: AlignContext): Alignment {
  const st = new AlignState(ctx);
  const { oldBlocks, newBlocks, pairO } = st;
  const repeated = repeatedKeys(oldBlocks, newBlocks);

  const inOrderPairs = pairIdenticalInSections(st, repeated); // A
  pairIdenticalAnywhere(st, repeated); // B
  pairSimilarInSections(st, inOrderPairs); // C
  pairSimilarAnywhere(st); // D

  // Sections: renamed / moved / split / merged / added / removed.
  const home = rewrittenHome(st.byOldSec, st.byNewSec, pairO, st.pairN, st.secO2N, st.secN2O, st.bags);
  const sections = sectionChanges(ctx, st.secMatches, oldBlocks, newBlocks, pairO, home);

  // Paired blocks → units; the sentences they leave unpaired are leftovers for pass F.
  const { units, leftovers } = unitsOfPairs(st, sections);
  const passageSteps = pairSentencesInGroups(st, sections, leftovers); // E
  const consumed = pairMovedSentences(st, leftovers, units); // F
  addRemaining(units, leftovers, passageSteps, consumed);

  placeRemovals(units, oldBlocks, pairO);
  units.sort((x, y) => x.order - y.order);
  const blockPairs: [BlockRef, BlockRef][] = [...pairO].map(([o, n]) => [oldBlocks[o]!, newBlocks[n]!]);
  return { sections: sections.map(({ oldIndex: _o, newIndex: _n, ...sc }) => sc), units, blockPairs };
}
