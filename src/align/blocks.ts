// Blocks as the passes see them, and the word bags their similarity is computed from.
import type { ParsedBlock, ParsedSection } from '../types.js';
import { words } from '../text/normalise.js';
import { bagOf, dice, type Bag } from '../text/similarity.js';
import type { GBlock } from './units.js';

export class BagCache {
  private readonly cache = new Map<ParsedBlock, { bag: Bag; size: number; tokens: string[] }>();
  get(b: ParsedBlock) {
    let v = this.cache.get(b);
    if (!v) {
      const tokens = words(b.text);
      v = { bag: bagOf(tokens), size: tokens.length, tokens };
      this.cache.set(b, v);
    }
    return v;
  }
  dice(a: ParsedBlock, b: ParsedBlock): number {
    const x = this.get(a);
    const y = this.get(b);
    // Lengths too different can never reach the threshold: skip the work.
    if (Math.min(x.size, y.size) * 3 < Math.max(x.size, y.size)) return 0;
    return dice(x.bag, y.bag, x.size, y.size);
  }
}

export function flatten(sections: readonly ParsedSection[]): GBlock[] {
  const out: GBlock[] = [];
  sections.forEach((section, sec) => section.blocks.forEach((block) => out.push({ g: out.length, sec, section, block })));
  return out;
}

export function groupBySection(blocks: GBlock[], count: number): GBlock[][] {
  const groups: GBlock[][] = Array.from({ length: count }, () => []);
  for (const b of blocks) groups[b.sec]!.push(b);
  return groups;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
