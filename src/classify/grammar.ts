// Part of speech and lemma for the classifier's tokens, from wink-nlp's English
// model. Word lists over raw tokens cannot tell "the plan" from "plan a visit", nor a
// role that heads its noun phrase ("the police decide") from one that only modifies
// it ("a police station"); the tagger can, at several hundred thousand tokens a
// second. It is loaded on first use, so commands that classify nothing never pay.
import { createRequire } from 'node:module';
import type { Token } from './tokens.js';
import { unifyPunctuation } from '../text/normalise.js';
import { readCoreModel, type CoreModelJson } from './wink-model.js';

/** A token with its universal part-of-speech tag (NOUN, VERB, AUX, ADP …) and lemma. */
export interface TaggedToken extends Token {
  pos: string;
  lemma: string;
}

interface Nlp {
  readDoc(text: string): { tokens(): { out(what: unknown): string[] } };
  its: { value: unknown; pos: unknown; lemma: unknown };
}

/** The model package's core JSON, which wink-model.ts reads in place of the package's own loader. */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

let nlp: Nlp | undefined;
function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Nlp;
    const model = require('wink-eng-lite-web-model') as Record<string, unknown>;
    nlp = winkNLP({ ...model, core: () => readCoreModel(require(CORE_JSON) as CoreModelJson) }, ['pos']);
  }
  return nlp;
}

/**
 * Tag the tokens of `text` (as made by `tokenize`). The tagger's own tokens are
 * mapped back by character offset; a token of ours that spans several of its
 * ("children's") takes the first one's tag and keeps its own word as lemma.
 */
export function tagTokens(text: string, tokens: readonly Token[]): TaggedToken[] {
  if (!tokens.length) return [];
  // The tagger reads the tokens rebuilt with single spaces, so what it sees is bounded by
  // the tokens kept (never a megabyte of text after them) and an overlong "word" is
  // read as a placeholder of bounded length.
  const t = unifyPunctuation(text);
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const tok of tokens) {
    const word = tok.end - tok.start > MAX_WORD ? 'word' : t.slice(tok.start, tok.end);
    starts.push(length);
    parts.push(word);
    length += word.length + 1;
  }
  const rebuilt = parts.join(' ');
  const nlp = load();
  const doc = nlp.readDoc(rebuilt);
  const values = doc.tokens().out(nlp.its.value);
  const pos = doc.tokens().out(nlp.its.pos);
  const lemmas = doc.tokens().out(nlp.its.lemma);
  const wStart: number[] = [];
  const wEnd: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = rebuilt.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    wStart.push(start);
    wEnd.push(start + (at < 0 ? 0 : v.length));
    if (at >= 0) cursor = at + v.length;
  }
  const out: TaggedToken[] = [];
  let k = 0;
  tokens.forEach((tok, i) => {
    const start = starts[i]!;
    const end = start + parts[i]!.length;
    while (k + 1 < wStart.length && wEnd[k]! <= start) k++;
    const exact = wStart[k] === start && wEnd[k] === end && parts[i] !== 'word';
    // Fields written out, not spread: the spread was a third of tagging's own time.
    out.push({ w: tok.w, start: tok.start, end: tok.end, pos: pos[k] ?? 'X', lemma: exact ? (lemmas[k] ?? tok.w).toLowerCase() : tok.w });
  });
  return out;
}

/** Longest word handed to the tagger as written. */
const MAX_WORD = 64;
