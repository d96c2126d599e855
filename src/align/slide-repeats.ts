// Sliding runs of unpaired copies along identical neighbours to sit beside their likeliest
// partner: which copy of a repeated item the diff leaves unpaired is arbitrary, and the
// similarity pass pairs what stands side by side. Applied by exactAnchors in sequence.ts
// to the edit script from edit-script.ts, in place.
import type { Op } from './edit-script.js';

/** How far a run of unpaired copies may slide looking for its partner. */
const SLIDE_LIMIT = 64;

/**
 * Of identical copies, which one is unpaired is the diff's arbitrary choice: old "P P P P",
 * new "P′ P P P" may leave the last old P unpaired, so the edited first copy is paired with
 * the last and quoted from the wrong place. Slide each run of unpaired items along the
 * copies it could trade places with, to sit beside the most alike unpaired item on the other
 * side, where the gap pass pairs them by position. (Git's diff slides its hunks the same way.)
 */
export function slideRepeats(ops: Op[], ka: string[], kb: string[], affinity: (i: number, j: number) => number): void {
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
      // Already beside a partner: where it stands is as good a place as any.
      if (bestScore > 0) return s;
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
