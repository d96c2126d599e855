// Copies of a repeated paragraph (boilerplate, "The parties shall …" thirty times): which
// old copy each new copy is, by place and neighbours, never first with first.
import type { GBlock } from './units.js';
import { bestFirstPairs } from './sequence.js';

/** Keys that occur more than once on either side: copies of a repeated paragraph. */
export function repeatedKeys(oldBlocks: GBlock[], newBlocks: GBlock[]): Set<string> {
  const out = new Set<string>();
  for (const blocks of [oldBlocks, newBlocks]) {
    const seen = new Set<string>();
    for (const b of blocks) {
      if (seen.has(b.block.key)) out.add(b.block.key);
      seen.add(b.block.key);
    }
  }
  return out;
}

const COPY_PAIRS_LIMIT = 10_000;
const CONTEXT = 3;

/**
 * Free copies of one repeated paragraph, paired by their neighbours (how many blocks on
 * either side are the same or already paired with each other), then by place in the
 * document; never simply first with first. Copies edited in place come last.
 */
export function pairCopies(
  olds: number[],
  news: number[],
  oldBlocks: GBlock[],
  newBlocks: GBlock[],
  pairO: Map<number, number>,
  editedInPlace: (o: number) => boolean,
): [number, number][] {
  if (olds.length * news.length > COPY_PAIRS_LIMIT) return olds.slice(0, news.length).map((o, k) => [o, news[k]!]);
  const same = (o: number, n: number) => {
    const x = oldBlocks[o];
    const y = newBlocks[n];
    return !!x && !!y && (pairO.get(o) === n || x.block.key === y.block.key);
  };
  const context = (o: number, n: number) => {
    let c = 0;
    for (let k = 1; k <= CONTEXT && same(o - k, n - k); k++) c++;
    for (let k = 1; k <= CONTEXT && same(o + k, n + k); k++) c++;
    return c;
  };
  const scored: { o: number; n: number; score: number }[] = [];
  for (const o of olds) {
    const last = editedInPlace(o) ? -2 * CONTEXT - 1 : 0;
    for (const n of news) {
      const place = 1 - Math.abs(o / oldBlocks.length - n / newBlocks.length);
      scored.push({ o, n, score: last + context(o, n) + place / 2 });
    }
  }
  return bestFirstPairs(scored);
}
