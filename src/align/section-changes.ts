// Section-level changes: matched sections renamed or moved, and the rest split, merged,
// added or removed, judged by where their paragraphs (or, rewritten, their words) went.
import type { ParsedSection } from '../types.js';
import type { AlignContext } from './state.js';
import type { GBlock, IndexedSectionChange } from './units.js';
import { longestIncreasing } from './sequence.js';
import type { matchSections } from './sections.js';
import { headingKey } from '../text/normalise.js';

export function sectionChanges(
  ctx: AlignContext,
  matches: ReturnType<typeof matchSections>,
  oldBlocks: GBlock[],
  newBlocks: GBlock[],
  pairO: Map<number, number>,
  contentHome: (side: 'old' | 'new', index: number) => number | null = () => null,
): IndexedSectionChange[] {
  const O = ctx.old.sections;
  const N = ctx.new.sections;
  const loc = (s: ParsedSection) => ({ path: s.path, line: s.position.line });
  const out: IndexedSectionChange[] = [];
  const inOrder = longestIncreasing(matches.map((m) => m.newIndex));
  const matchedO = new Set(matches.map((m) => m.oldIndex));
  const matchedN = new Set(matches.map((m) => m.newIndex));
  const o2n = new Map(matches.map((m) => [m.oldIndex, m.newIndex]));
  const n2o = new Map(matches.map((m) => [m.newIndex, m.oldIndex]));

  matches.forEach((m, idx) => {
    const so = O[m.oldIndex]!;
    const sn = N[m.newIndex]!;
    const renamed = headingKey(so.heading) !== headingKey(sn.heading);
    const moved = !inOrder.has(idx);
    const kind = renamed ? 'renamed' : moved ? 'moved' : 'matched';
    out.push({ kind, old: loc(so), new: loc(sn), renamed, moved, oldIndex: m.oldIndex, newIndex: m.newIndex });
  });

  // Block flows between sections that have no counterpart of their own, indexed
  // by each side's section: scanning every flow for every unmatched section was
  // quadratic (10,000 renamed sections took minutes). Insertion order is kept, so
  // ties resolve as before (first flow seen wins).
  const flowsFrom = new Map<number, Map<number, number>>(); // old sec → new sec → blocks
  const flowsInto = new Map<number, Map<number, number>>(); // new sec → old sec → blocks
  const bump = (m: Map<number, Map<number, number>>, k: number, other: number) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(other, (inner.get(other) ?? 0) + 1);
  };
  for (const [o, n] of pairO) {
    bump(flowsFrom, oldBlocks[o]!.sec, newBlocks[n]!.sec);
    bump(flowsInto, newBlocks[n]!.sec, oldBlocks[o]!.sec);
  }
  const best = (fixed: number, side: 'old' | 'new'): [number, number] | null => {
    let top: [number, number] | null = null;
    for (const [other, count] of (side === 'old' ? flowsFrom : flowsInto).get(fixed) ?? []) {
      if (!top || count > top[1]) top = [other, count];
    }
    return top;
  };
  /**
   * The section on the other side that an unmatched one split from or merged into: where at
   * least half its blocks went, or, rewritten on the way with no block paired, its words.
   */
  const homeOf = (index: number, side: 'old' | 'new', blocks: number): number | null => {
    const flow = best(index, side);
    if (flow && blocks && flow[1] * 2 >= blocks) return flow[0];
    return blocks ? contentHome(side, index) : null;
  };
  N.forEach((sn, n) => {
    if (matchedN.has(n)) return;
    const from = homeOf(n, 'new', sn.blocks.length);
    if (from === null) out.push({ kind: 'added', old: null, new: loc(sn), oldIndex: -1, newIndex: n });
    else {
      const sibling = o2n.get(from);
      out.push({ kind: 'split', old: loc(O[from]!), new: loc(sn), related: sibling !== undefined ? [N[sibling]!.path] : [], oldIndex: from, newIndex: n });
    }
  });
  O.forEach((so, o) => {
    if (matchedO.has(o)) return;
    const into = homeOf(o, 'old', so.blocks.length);
    if (into === null) out.push({ kind: 'removed', old: loc(so), new: null, oldIndex: o, newIndex: -1 });
    else {
      const sibling = n2o.get(into);
      out.push({ kind: 'merged', old: loc(so), new: loc(N[into]!), related: sibling !== undefined ? [O[sibling]!.path] : [], oldIndex: o, newIndex: into });
    }
  });
  return out;
}
