// Similarity of two texts as the Dice coefficient of their word multisets:
// cheap (linear), symmetric, and tolerant of reordering inside a sentence.

export type Bag = Map<string, number>;

export function bagOf(tokens: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

export function bagSize(bag: Bag): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

export function dice(a: Bag, b: Bag, sizeA = bagSize(a), sizeB = bagSize(b)): number {
  if (sizeA + sizeB === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [t, c] of small) {
    const d = large.get(t);
    if (d) shared += Math.min(c, d);
  }
  return (2 * shared) / (sizeA + sizeB);
}
