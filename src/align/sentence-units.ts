// The small pieces every sentence unit is made of: where a unit stands in the new document
// (order), which sentence of which block it cites (ref), and how alike two sentences are.
// Shared by the units of paired blocks (units-of.ts) and the sentence passes
// (pass-sentences.ts), which must place and compare sentences the same way.
import type { Sentence, SentenceRef } from '../types.js';
import { words } from '../text/normalise.js';
import { bagOf, dice, type Bag } from '../text/similarity.js';
import type { GBlock } from './units.js';

/** Sentences this alike are one sentence edited. */
export const SENTENCE_SIMILAR = 0.5;

/** A unit's place: its new block's number, then its sentence's place in that block. */
export function order(newGlobal: number, sentence: number): number {
  return newGlobal * 1000 + Math.min(sentence, 998);
}

export function ref(b: GBlock, sentence: Sentence): SentenceRef {
  return { section: b.section, block: b.block, sentence };
}

const sentenceBags = new WeakMap<Sentence, { bag: Bag; size: number }>();
export function sentenceSim(a: Sentence, b: Sentence): number {
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
