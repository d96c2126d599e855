// The decision a role takes part in, in words: the predicate and its object, cut
// at the clause boundary — "agree a plan of action", "approve the closure of the
// case" — for "Manager removed from: …". Never a dangling "decide whether".
import type { PhraseMatch, Token } from './tokens.js';
import { PUNCT, words, type PredicateDef, type Slot } from './words.js';

const PHRASE_WORDS = 8;
const DUTY_NOUNS = new Set(['duty', 'power', 'responsibility']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Words that end a decision's object: a new clause, an agent, a partner, a purpose. */
const BOUNDARY = new Set(['with', 'by', 'where', 'when', 'if', 'unless', 'once', 'so', 'who', 'which', 'that', 'as', 'and', 'or', 'but', 'within', 'in', 'because', 'until', 'while', 'whilst', 'before', 'after', 'following']);
/** Words a phrase may not end on. */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'whether', 'for', 'on', 'about', 'their', 'its', 'any', 'and', 'or', 'how', 'what']);

/** The decision a mention takes part in, as a short phrase from the sentence. */
export function decisionFor(tokens: readonly Token[], r: { from: number; to: number }, slot: Slot, preds: PhraseMatch<PredicateDef>[]): string {
  let pred: PhraseMatch<PredicateDef> | undefined;
  // A bearer's decision is the duty's verb, not one in a relative clause that describes it ("practitioners who provide services …, who have to make decisions").
  const relative = (p: PhraseMatch<PredicateDef>) => RELATIVE.has(tokens[p.from - 1]?.w ?? '');
  if (slot === 'bearer') pred = preds.find((p) => p.from >= r.to && !relative(p)) ?? preds.find((p) => p.from >= r.to) ?? lastBefore(preds, r.from);
  else if (slot === 'consulted' || slot === 'informed') pred = preds.find((p) => p.from >= r.to && p.from - r.to <= 3) ?? lastBefore(preds, r.from);
  else pred = lastBefore(preds, r.from) ?? preds.find((p) => p.from >= r.to);
  if (!pred) return '';
  const out: string[] = [];
  for (let i = pred.from; i < pred.to; i++) out.push(tokens[i]!.w);
  // A passive's decision is what is done: "taken by the chair" → "taken decisions on behalf of the LSP".
  if (slot === 'agent' && tokens[pred.to]?.w === 'by') {
    const subject = passiveObject(tokens, pred.from);
    if (subject) out.push(...subject);
  }
  if (!(pred.value.passive && tokens[pred.to]?.w === 'by') && !(slot === 'agent' && tokens[pred.to]?.w === 'by')) {
    for (let i = pred.to; i < tokens.length && i < pred.to + PHRASE_WORDS; i++) {
      const w = tokens[i]!.w;
      // "whether", "how" and "to" right after the verb open its object ("decide whether to close the case").
      const opensObject = i === pred.to && (w === 'to' || w === 'whether' || w === 'how' || w === 'on' || w === 'that');
      if (!opensObject && (PUNCT.has(w) || words.bearerMarkers.matchAt(tokens, i) || BOUNDARY.has(w) || (w === 'to' && i > pred.to + 1 && out.length > 3))) break;
      out.push(w);
    }
  }
  while (out.length > 1 && DANGLING.has(out[out.length - 1]!)) out.pop();
  // A predicate that only opens a question it never states ("decide whether") stands alone.
  return out.join(' ');
}

/** A phrase for "the decision to close the case rests with …": the words after "decision". */
export function decisionNoun(tokens: readonly Token[], from: number, to: number): string {
  // "The duty to notify events to the Panel rests with …" names its decision as "the decision to …" does.
  const at = tokens.findIndex((t, k) => k >= from && k < to && (t.w === 'decision' || t.w === 'decisions' || (DUTY_NOUNS.has(t.w) && tokens[k + 1]?.w === 'to')));
  if (at < 0) return '';
  const out: string[] = [];
  for (let i = at + 1; i < to && out.length < PHRASE_WORDS; i++) {
    const w = tokens[i]!.w;
    if (PUNCT.has(w) || words.bearerMarkers.matchAt(tokens, i)) break;
    out.push(w);
  }
  while (out.length && DANGLING.has(out[out.length - 1]!)) out.pop();
  if (out[0] === 'to') out.shift();
  return out.length ? out.join(' ') : 'decide';
}

/** The subject of a passive ("decisions on behalf of the LSP should be taken"): the words before its modal or "be", up to a clause boundary. */
function passiveObject(tokens: readonly Token[], participle: number): string[] {
  let k = participle - 1;
  while (k >= 0 && ['be', 'been', 'is', 'are', 'was', 'were', 'should', 'must', 'will', 'may', 'can', 'not', 'also', 'always'].includes(tokens[k]!.w)) k--;
  const out: string[] = [];
  for (; k >= 0 && out.length < PHRASE_WORDS; k--) {
    const w = tokens[k]!.w;
    if (PUNCT.has(w) || BOUNDARY.has(w) && w !== 'of') break;
    out.unshift(w);
  }
  while (out.length && ['the', 'a', 'an', 'any', 'all', 'this', 'these'].includes(out[0]!)) out.shift();
  return out;
}

function lastBefore(preds: PhraseMatch<PredicateDef>[], at: number): PhraseMatch<PredicateDef> | undefined {
  let best: PhraseMatch<PredicateDef> | undefined;
  for (const p of preds) if (p.to <= at) best = p;
  return best;
}
