// Word tokens with their character offsets, and a phrase matcher over them.
// Phrases are literal word sequences (never user regexes), matched longest first
// through a trie, so matching is linear in the sentence whatever the lexicon holds.
import { unifyPunctuation } from '../text/normalise.js';

export interface Token {
  /** Lower-cased word, or a punctuation mark. */
  w: string;
  start: number;
  end: number;
}

// Hyphenated compounds stay one word: "multi-agency" names no agency.
// A dash standing between spaces ("the child – the DSL is …") is a mark of its own.
const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[,;:.!?()]|(?<=\s)[-–—](?=\s)/gu;

export function tokenize(text: string): Token[] {
  const t = unifyPunctuation(text);
  const out: Token[] = [];
  for (const m of t.matchAll(TOKEN)) out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.w);
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  value: V;
  /** Token index of the first and one past the last word. */
  from: number;
  to: number;
}

export class PhraseMatcher<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(phrase: string, value: V): void {
    let node = this.root;
    for (const w of phraseWords(phrase)) {
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = { next: new Map() }));
      node = n;
    }
    node.value = value;
  }

  /** Longest match starting at token i, if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: PhraseMatch<V> | undefined;
    for (let k = i; k < tokens.length && node; k++) {
      node = node.next.get(tokens[k]!.w);
      if (node?.value !== undefined) best = { value: node.value, from: i, to: k + 1 };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
