// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { alignSequences, bestFirstPairs, longestIncreasing, type SequenceAlignment, type SequenceOptions } from '../../src/align/sequence.js';
import { words } from '../../src/text/normalise.js';
import { bagOf, dice } from '../../src/text/similarity.js';

const similarity = (a: string, b: string) => dice(bagOf(words(a)), bagOf(words(b)));
const keyed: SequenceOptions<string> = { key: (s) => s, similarity, threshold: 0.5 };
const unkeyed: SequenceOptions<string> = { similarity, threshold: 0.5 };

/** Every index of both sides is used exactly once, and the steps are in order on both sides. */
function expectComplete(r: SequenceAlignment, n: number, m: number): void {
  const usedA = [...r.steps.map((s) => s[0]), ...r.reordered.map((p) => p[0])].filter((x): x is number => x !== null);
  const usedB = [...r.steps.map((s) => s[1]), ...r.reordered.map((p) => p[1])].filter((x): x is number => x !== null);
  expect(usedA.sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
  expect(usedB.sort((x, y) => x - y)).toEqual([...Array(m).keys()]);
  let lastA = -1;
  let lastB = -1;
  for (const [x, y] of r.steps) {
    if (x !== null) {
      expect(x).toBeGreaterThan(lastA);
      lastA = x;
    }
    if (y !== null) {
      expect(y).toBeGreaterThan(lastB);
      lastB = y;
    }
  }
}

describe('alignSequences', () => {
  it('pairs identical sequences item by item', () => {
    expect(alignSequences(['a', 'b', 'c'], ['a', 'b', 'c'], keyed)).toEqual({ steps: [[0, 0], [1, 1], [2, 2]], reordered: [] });
  });

  it('gives nothing for two empty sequences, all removals or all insertions against an empty one', () => {
    expect(alignSequences([], [], keyed)).toEqual({ steps: [], reordered: [] });
    expect(alignSequences(['a', 'b'], [], keyed)).toEqual({ steps: [[0, null], [1, null]], reordered: [] });
    expect(alignSequences([], ['a', 'b'], keyed)).toEqual({ steps: [[null, 0], [null, 1]], reordered: [] });
  });

  it('reports an identical item found out of order as reordered and keeps it out of the steps', () => {
    expect(alignSequences(['a', 'b', 'c'], ['c', 'a', 'b'], keyed)).toEqual({ steps: [[0, 1], [1, 2]], reordered: [[2, 0]] });
  });

  it('pairs an edited item between identical anchors by similarity', () => {
    const a = ['The plan is agreed.', 'The manager should agree the plan with the family.', 'It is reviewed.'];
    const b = ['The plan is agreed.', 'The manager must agree the plan with the family.', 'It is reviewed.'];
    expect(alignSequences(a, b, keyed)).toEqual({ steps: [[0, 0], [1, 1], [2, 2]], reordered: [] });
  });

  it('does not pair items less similar than the threshold: a removal and an insertion instead', () => {
    const a = ['The plan is agreed.', 'Parents consent to the visit.'];
    const b = ['The plan is agreed.', 'The chair writes a report.'];
    expect(alignSequences(a, b, keyed)).toEqual({ steps: [[0, 0], [1, null], [null, 1]], reordered: [] });
  });

  it('accepts a pair whose similarity equals the threshold', () => {
    // One of two words shared on each side: Dice 0.5.
    expect(alignSequences(['plan agreed'], ['plan signed'], unkeyed).steps).toEqual([[0, 0]]);
    expect(alignSequences(['plan agreed'], ['plan signed'], { ...unkeyed, threshold: 0.51 }).steps).toEqual([[0, null], [null, 0]]);
  });

  it('without a key, pairs by similarity alone, even identical items', () => {
    expect(alignSequences(['a b', 'c d'], ['a b', 'c d'], unkeyed)).toEqual({ steps: [[0, 0], [1, 1]], reordered: [] });
    // With no key there are no anchors, so nothing is ever reported as reordered.
    expect(alignSequences(['a b', 'c d'], ['c d', 'a b'], unkeyed).reordered).toEqual([]);
  });

  it('in a gap, keeps order and maximises the summed similarity of the pairs', () => {
    // Pairing (0,1) scores 1; pairing (1,0) scores 0.75; both cannot be kept in order.
    const r = alignSequences(['s t', 'a b c d'], ['a b c e', 's t'], unkeyed);
    expect(r.steps).toEqual([[null, 0], [0, 1], [1, null]]);
    // Two in-order pairs beat one better pair.
    const r2 = alignSequences(['a b c d', 'e f g h', 'x y'], ['x y', 'a b c z', 'e f g z'], unkeyed);
    expect(r2.steps).toEqual([[null, 0], [0, 1], [1, 2], [2, null]]);
  });

  it('uses the longest run of equal keys in order when keys repeat', () => {
    const a = ['x', 'a', 'x', 'b', 'x'];
    const b = ['x', 'x', 'b', 'x'];
    const r = alignSequences(a, b, keyed);
    expect(r.reordered).toEqual([]);
    expect(r.steps.filter((s) => s[0] !== null && s[1] !== null)).toHaveLength(4);
    expect(r.steps).toContainEqual([1, null]);
    expectComplete(r, a.length, b.length);
  });

  it('reports both items that swap ends as reordered, around the run kept in order', () => {
    expect(alignSequences(['a', 'b', 'c', 'd'], ['d', 'b', 'c', 'a'], keyed)).toEqual({ steps: [[1, 1], [2, 2]], reordered: [[3, 0], [0, 3]] });
  });

  it('pairs the occurrences of a repeated item that moved first with first', () => {
    expect(alignSequences(['m', 'm', 'a', 'b', 'c'], ['a', 'b', 'c', 'm', 'm'], keyed)).toEqual({
      steps: [[2, 0], [3, 1], [4, 2]],
      reordered: [[0, 3], [1, 4]],
    });
  });

  it('aligns a large gap greedily within a window of 24 items', () => {
    // 60 × 60 items in one gap is more than the exact alignment takes.
    const a = Array.from({ length: 60 }, (_, i) => `item ${i} old words here`);
    const b = Array.from({ length: 60 }, (_, i) => `item ${i} new words here`);
    const r = alignSequences(a, b, unkeyed);
    expect(r.steps).toEqual(a.map((_, i) => [i, i]));

    // An item whose partner is more than 24 items further on is left unpaired…
    const far = ['target words only', ...Array.from({ length: 59 }, (_, i) => `filler ${i} alpha`)];
    const farB = [...Array.from({ length: 30 }, (_, i) => `other ${i} beta`), 'target words only', ...Array.from({ length: 29 }, (_, i) => `more ${i} gamma`)];
    const rFar = alignSequences(far, farB, unkeyed);
    expect(rFar.steps).toContainEqual([0, null]);
    expect(rFar.steps).not.toContainEqual([0, 30]);
    expectComplete(rFar, 60, 60);
    // …while one within the window is paired, and the items it skips are insertions before it.
    const nearB = [...Array.from({ length: 20 }, (_, i) => `other ${i} beta`), 'target words only', ...Array.from({ length: 39 }, (_, i) => `more ${i} gamma`)];
    const rNear = alignSequences(far, nearB, unkeyed);
    expect(rNear.steps.slice(0, 21)).toEqual([...Array.from({ length: 20 }, (_, j) => [null, j]), [0, 20]]);
    expectComplete(rNear, 60, 60);
  });

  it('in a greedy gap, takes the most similar item in the window, not the first above the threshold', () => {
    const a = ['plan agreed', ...Array.from({ length: 50 }, (_, i) => `a${i} x`)];
    const b = ['plan agreed today', 'plan agreed', ...Array.from({ length: 49 }, (_, i) => `b${i} y`)];
    expect(a.length * b.length).toBeGreaterThan(2500);
    const r = alignSequences(a, b, unkeyed);
    expect(r.steps.slice(0, 2)).toEqual([[null, 0], [0, 1]]);
  });

  it('falls back to pairing occurrences in order and keeping the longest increasing run when the keys differ too much to diff', () => {
    // 1,100 items moved from the front to the back: 2,200 edits, over the bound of 2,000.
    const a = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    const b = [...a.slice(1100), ...a.slice(0, 1100)];
    const r = alignSequences(a, b, { key: (s) => s, similarity: () => 0, threshold: 0.5 });
    expect(r.steps).toEqual(Array.from({ length: 1900 }, (_, i) => [1100 + i, i]));
    expect(r.reordered).toEqual(Array.from({ length: 1100 }, (_, i) => [i, 1900 + i]));
  });

  it('uses every index exactly once and keeps steps in order on random sequences', () => {
    let seed = 2024;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const vocab = ['plan', 'agreed', 'manager', 'chair', 'signs', 'review', 'child', 'family'];
    const item = () => Array.from({ length: 1 + next(3) }, () => vocab[next(vocab.length)]).join(' ');
    for (let t = 0; t < 200; t++) {
      const a = Array.from({ length: next(8) }, item);
      const b = Array.from({ length: next(8) }, item);
      const r = alignSequences(a, b, t % 2 ? keyed : unkeyed);
      expectComplete(r, a.length, b.length);
      for (const [x, y] of r.steps) if (x !== null && y !== null && a[x] !== b[y]) expect(similarity(a[x]!, b[y]!)).toBeGreaterThanOrEqual(0.5);
      for (const [x, y] of r.reordered) expect(a[x]).toBe(b[y]);
    }
  });
});

describe('longestIncreasing', () => {
  it('gives the indices of a longest strictly increasing subsequence', () => {
    expect([...longestIncreasing([3, 1, 2, 5, 4])].sort()).toEqual([1, 2, 4]);
    expect([...longestIncreasing([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('gives one index for a decreasing or constant sequence (strictly increasing only)', () => {
    expect(longestIncreasing([5, 4, 3]).size).toBe(1);
    expect(longestIncreasing([1, 1, 1]).size).toBe(1);
  });

  it('gives nothing for nothing', () => {
    expect(longestIncreasing([]).size).toBe(0);
  });

  it('finds the long run among shuffled values', () => {
    const values = [10, 0, 11, 1, 2, 12, 3, 4, 13, 5];
    const keep = [...longestIncreasing(values)].sort((x, y) => x - y);
    expect(keep.map((i) => values[i])).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('bestFirstPairs', () => {
  it('takes pairs from the highest score down, each side at most once', () => {
    expect(bestFirstPairs([
      { o: 0, n: 0, score: 0.6 },
      { o: 0, n: 1, score: 0.9 },
      { o: 1, n: 1, score: 0.8 },
      { o: 1, n: 0, score: 0.7 },
    ])).toEqual([[0, 1], [1, 0]]);
  });

  it('breaks ties by old index, then new index', () => {
    expect(bestFirstPairs([
      { o: 1, n: 0, score: 0.5 },
      { o: 0, n: 1, score: 0.5 },
      { o: 0, n: 0, score: 0.5 },
      { o: 1, n: 1, score: 0.5 },
    ])).toEqual([[0, 0], [1, 1]]);
  });

  it('gives nothing for no candidates', () => {
    expect(bestFirstPairs([])).toEqual([]);
  });
});
