// Passes E and F: sentences, for what the block passes could not pair. E aligns the sentences
// of the blocks still unpaired across each group of sections that are one passage (split,
// merged or rewritten paragraphs); F pairs identical sentences anywhere (a sentence moved on
// its own). Both work on the leftovers, the pool of unpaired sentence units.
import type { SentenceUnit, Unit } from '../types.js';
import type { IndexedSectionChange } from './units.js';
import { alignSequences } from './sequence.js';
import { push } from './blocks.js';
import { sectionGroups } from './rewrites.js';
import { order, ref, sentenceSim, SENTENCE_SIMILAR } from './sentence-units.js';
import type { AlignState } from './state.js';

/**
 * E. Sentences of unpaired blocks, across each group of sections that are one passage:
 * a matched pair, with the sections merged into it or split off from it. A rewritten
 * stretch comes out as one passage (see passageRuns), not as unrelated sentences.
 * Adds its units, and the sentences of blocks in sections with no counterpart at all,
 * to the leftovers; returns each group's steps, to be made into passages after pass F.
 */
export function pairSentencesInGroups(st: AlignState, sections: IndexedSectionChange[], leftovers: Unit[]): SentenceUnit[][] {
  const { ctx, oldBlocks, newBlocks, pairO, pairN } = st;
  const groups = sectionGroups(st.secMatches, sections, ctx.old.sections.length, ctx.new.sections.length);
  const passageSteps: SentenceUnit[][] = [];
  for (const group of groups) {
    const a = group.old.flatMap((sec) => st.byOldSec[sec]!.filter((x) => !pairO.has(x.g)));
    const b = group.new.flatMap((sec) => st.byNewSec[sec]!.filter((x) => !pairN.has(x.g)));
    if (!a.length && !b.length) continue;
    const so = a.flatMap((x) => st.oldSentences(x).map((s) => ({ g: x, s })));
    const sn = b.flatMap((x) => st.newSentences(x).map((s, k) => ({ g: x, s, k })));
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
  for (const ob of oldBlocks) if (!pairO.has(ob.g) && !grouped.old.has(ob.sec)) for (const s of st.oldSentences(ob)) leftovers.push({ type: 'removed', old: ref(ob, s), order: 0 });
  for (const nb of newBlocks) if (!pairN.has(nb.g) && !grouped.new.has(nb.sec)) st.newSentences(nb).forEach((s, k) => leftovers.push({ type: 'added', new: ref(nb, s), order: order(nb.g, k) }));
  return passageSteps;
}

/**
 * F. Identical sentences anywhere: a sentence moved on its own. Each removed sentence of the
 * leftovers takes the first added one with its key; the pairs go to units. Returns the
 * leftovers it consumed.
 */
export function pairMovedSentences(st: AlignState, leftovers: Unit[], units: Unit[]): Set<Unit> {
  const { ctx } = st;
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
    const moved = st.secO2N.get(ctx.old.sections.indexOf(u.old.section)) !== ctx.new.sections.indexOf(match.new.section);
    units.push({ type: 'pair', old: u.old, new: match.new, moved, order: match.order });
  }
  return consumed;
}
