// The decision a role takes part in, in words: the predicate and its object, cut
// at the clause boundary — "agree a plan of action", "approve the closure of the
// case" — for "Manager removed from: …". Never a dangling "decide whether".
import type { PhraseMatch, Token } from './tokens.js';
import { BE, DUTY_NOUNS, modals, PUNCT, words, type PredicateDef, type Slot } from './words.js';

const PHRASE_WORDS = 8;
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Words that end a decision's object: a new clause, an agent, a partner, a purpose. */
const BOUNDARY = new Set(['with', 'by', 'where', 'when', 'if', 'unless', 'once', 'so', 'who', 'which', 'that', 'as', 'and', 'or', 'but', 'within', 'in', 'because', 'until', 'while', 'whilst', 'before', 'after', 'following']);
/** Words a phrase may not end on. */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'whether', 'for', 'on', 'about', 'their', 'its', 'any', 'and', 'or', 'how', 'what', 'that', 'is', 'are', 'be', 'shall', 'should', 'must', 'will', 'may', 'can', 'not', 'same', 'against', 'this']);
/** Parts of speech a phrase cut short may not end on. */
const HANGING_POS = new Set(['ADJ', 'DET', 'ADP', 'AUX', 'PART', 'CCONJ', 'SCONJ', 'PRON']);
const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'not', 'also', 'always', 'then', 'first']);

/** The decision a mention takes part in, as a short phrase from the sentence. */
export function decisionFor(tokens: readonly Token[], r: { from: number; to: number }, slot: Slot, preds: PhraseMatch<PredicateDef>[]): string {
  let pred: PhraseMatch<PredicateDef> | undefined;
  // A bearer's decision is the duty's verb, not one in a relative clause that describes it ("practitioners who provide services …, who have to make decisions").
  const relative = (p: PhraseMatch<PredicateDef>) => RELATIVE.has(tokens[p.from - 1]?.w ?? '');
  if (slot === 'bearer') pred = preds.find((p) => p.from >= r.to && !relative(p)) ?? preds.find((p) => p.from >= r.to) ?? lastBefore(preds, r.from);
  else if (slot === 'consulted' || slot === 'informed') pred = preds.find((p) => p.from >= r.to && p.from - r.to <= 3) ?? lastBefore(preds, r.from);
  else pred = (slot === 'agent' ? participleBeforeBy(tokens, r.from) : undefined) ?? lastBefore(preds, r.from) ?? preds.find((p) => p.from >= r.to);
  if (!pred) return '';
  // A passive with its agent says what is done as a verb and its object: "the plan should
  // be agreed by the manager" → "agree the plan", "decisions … taken by the chair" → "take decisions …".
  const beBefore = BE.has(tokens[pred.from - 1]?.w ?? '') && tokens[pred.from - 1]!.w !== 'being';
  if (participle(tokens[pred.from]) && ((tokens[pred.to]?.w === 'by' && (pred.value.passive || slot === 'agent')) || beBefore)) {
    const object = passiveObject(tokens, pred.from);
    return trimmed([...baseWords(tokens, pred), ...object.map((k) => tokens[k]!)], object.length >= PHRASE_WORDS);
  }
  const out: Token[] = [];
  for (let i = pred.from; i < pred.to; i++) out.push(tokens[i]!);
  let cut = false;
  for (let i = pred.to; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    // "whether", "how" and "to" right after the verb open its object ("decide whether to close the case").
    const opensObject = i === pred.to && (w === 'to' || w === 'whether' || w === 'how' || w === 'on' || w === 'that' || w === 'which' || w === 'who');
    if (!opensObject && (PUNCT.has(w) || words.bearerMarkers.matchAt(tokens, i) || BOUNDARY.has(w) || (w === 'to' && i > pred.to + 1 && out.length > 3))) break;
    if (i >= pred.to + PHRASE_WORDS) {
      cut = true;
      break;
    }
    out.push(tokens[i]!);
  }
  return trimmed(out, cut);
}

/**
 * The phrase without a dangling end: no "the", "whether", "is" or "shall" last, and,
 * where the tagger read the words, no adjective or preposition left hanging where the
 * phrase was cut ("… on the effectiveness of local" → "… on the effectiveness").
 */
function trimmed(ts: (Token | string)[], cut = false): string {
  const out = [...ts];
  const word = (t: Token | string) => (typeof t === 'string' ? t : t.w);
  const pos = (t: Token | string) => (typeof t === 'string' ? undefined : (t as Token & { pos?: string }).pos);
  while (out.length > 1 && (DANGLING.has(word(out[out.length - 1]!)) || (cut && HANGING_POS.has(pos(out[out.length - 1]!) ?? '')))) out.pop();
  return out.map(word).join(' ');
}

/** The predicate's words in their base form when it is a verb: "signed off" → "sign off", "taken" → "take". */
function baseWords(tokens: readonly Token[], pred: PhraseMatch<PredicateDef>): string[] {
  const first = tokens[pred.from] as Token & { pos?: string; lemma?: string };
  const verb = first.pos === 'VERB' && first.lemma;
  const out: string[] = [];
  for (let i = pred.from; i < pred.to; i++) out.push(verb && i === pred.from ? first.lemma! : tokens[i]!.w);
  return out;
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

/** The subject of a passive ("decisions on behalf of the LSP should be taken"): the indexes of the words before its modal or "be", up to a clause boundary. */
function passiveObject(tokens: readonly Token[], participle: number): number[] {
  let k = participle - 1;
  while (k >= 0 && (AUXILIARIES.has(tokens[k]!.w) || modals.matchAt(tokens, k))) k--;
  const out: number[] = [];
  for (; k >= 0 && out.length < PHRASE_WORDS; k--) {
    const w = tokens[k]!.w;
    if (PUNCT.has(w) || (BOUNDARY.has(w) && w !== 'of') || modals.matchAt(tokens, k)) break;
    out.unshift(k);
  }
  while (out.length && ['the', 'a', 'an', 'any', 'all', 'this', 'these', 'such'].includes(tokens[out[0]!]!.w)) out.shift();
  return out;
}

/** The participle right before the "by" an agent follows: "accepted" in "has been accepted by children's social care". */
function participleBeforeBy(tokens: readonly Token[], at: number): PhraseMatch<PredicateDef> | undefined {
  let k = at - 1;
  while (k >= 0 && ['the', 'a', 'an', 'their', 'its'].includes(tokens[k]!.w)) k--;
  if (tokens[k]?.w !== 'by') return undefined;
  const v = tokens[k - 1] as (Token & { lemma?: string }) | undefined;
  return v && participle(v) ? { value: { phrase: v.lemma ?? v.w, passive: true }, from: k - 1, to: k } : undefined;
}

/** A verb that looks like a past participle: "agreed", "taken", "sent". */
function participle(t: (Token & { pos?: string }) | undefined): boolean {
  return t?.pos === 'VERB' && /(?:ed|en|[^e]t)$/.test(t.w);
}

function lastBefore(preds: PhraseMatch<PredicateDef>[], at: number): PhraseMatch<PredicateDef> | undefined {
  let best: PhraseMatch<PredicateDef> | undefined;
  for (const p of preds) if (p.to <= at) best = p;
  return best;
}
