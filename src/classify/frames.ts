// Decision and duty frames of one sentence, by explainable rules:
//  - modals (must / should / may …, with polarity) and a directive "will"
//    when a decision predicate follows it;
//  - decision predicates (agree, review, judgements to be made …);
//  - each role mention's slot: bearer (named before the modal or verb, outside a
//    prepositional phrase), agent (after "by" following a passive predicate),
//    co-participant ("with …"), consulted ("access to …", "consult …").
//    Roles joined by "and", "or" or commas share the slot of the first.
// Mentions in no slot ("the needs of the child") do not take part in a decision.
import frameData from '../../data/frames.json' with { type: 'json' };
import { PhraseMatcher, tokenize, type PhraseMatch, type Token } from './tokens.js';
import type { RoleLexicon } from './lexicon.js';

export type Slot = 'bearer' | 'agent' | 'co-participant' | 'consulted' | 'other';

export interface RoleMention {
  role: string;
  slot: Slot;
  /** The words as written: "their manager". */
  text: string;
  /** The decision it takes part in, in words: "agree a plan of action". */
  decision: string;
  token: number;
}

export interface Modal {
  phrase: string;
  strength: number;
  token: number;
}

export interface Frame {
  isDecision: boolean;
  modals: Modal[];
  predicates: string[];
  mentions: RoleMention[];
}

interface ModalDef {
  phrase: string;
  strength: number;
  directive?: boolean;
}
interface PredicateDef {
  phrase: string;
  passive?: boolean;
}

const modals = new PhraseMatcher<ModalDef>();
for (const m of frameData.modals as ModalDef[]) modals.add(m.phrase, m);
const predicates = new PhraseMatcher<PredicateDef>();
for (const p of frameData.predicates as PredicateDef[]) predicates.add(p.phrase, p);
const markers = new PhraseMatcher<Slot>();
for (const s of frameData.slotMarkers) markers.add(s.phrase, s.slot as Slot);

/** Sentences that open with these put their subject after the first comma. */
const SUBORDINATORS = new Set(['where', 'when', 'if', 'once', 'after', 'before', 'following', 'unless', 'although', 'whilst', 'while', 'as', 'in', 'at', 'during', 'for', 'on', 'to', 'because', 'since', 'until', 'throughout']);
/** Words that may stand between two roles of one list. */
const JOINERS = new Set([',', 'and', 'or', 'their', 'the', 'a', 'an', 'other', 'relevant', 'any', 'all', 'his', 'her', 'its', 'as', 'well', 'both', 'either', 'also', 'nor', 'local', 'appropriate', 'senior', 'named', 'designated', 'of', 'from']);
/** Words between a marker and its role: determiners and a few adjectives. */
const FILLERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'other', 'relevant', 'any', 'all', 'appropriate', 'named', 'senior', 'experienced', 'another', 'each', 'every', 'both', 'qualified', 'local', 'vulnerable', 'individual', 'allocated', 'nominated', 'responsible', 'more']);
/** Prepositions that put a role outside the bearer's slot. */
const PREPOSITIONS = new Set(['of', 'for', 'about', 'to', 'on', 'from', 'in', 'into', 'at', 'by', 'with', 'within', 'between', 'among', 'against', 'towards', 'than', 'under', 'over', 'via', 'whom', 'whose', 'which', 'that', 'who', 'faced', 'affecting']);
const STOPS = new Set(['with', 'by', 'and', ',', ';', ':', '.', '!', '?', 'in', 'within', 'where', 'when', 'if', 'so', 'to', 'who', 'which', 'that', 'as', '(', ')']);

const DIRECTIVE_REACH = 3;
const PHRASE_WORDS = 5;

export function analyseSentence(text: string, lexicon: RoleLexicon): Frame {
  const tokens = tokenize(text);
  const roleMatches = lexicon.matcher.findAll(tokens);
  const predMatches = predicates.findAll(tokens);
  const predAt = new Map<number, PhraseMatch<PredicateDef>>();
  for (const p of predMatches) predAt.set(p.from, p);
  const roleFrom = new Set(roleMatches.map((r) => r.from));

  // Modals; a directive "will" needs a predicate within reach ("will be authorised by").
  const found: Modal[] = [];
  for (const m of modals.findAll(tokens)) {
    if (m.value.directive && !predMatches.some((p) => p.from >= m.to && p.from <= m.to + DIRECTIVE_REACH)) continue;
    found.push({ phrase: m.value.phrase, strength: m.value.strength, token: m.from });
  }
  // A predicate that is itself a role word ("chair", "lead") counts only where no role starts.
  const preds = predMatches.filter((p) => !roleFrom.has(p.from));
  const isDecision = found.length > 0 || preds.length > 0;

  const firstVerb = Math.min(found[0]?.token ?? Infinity, preds[0]?.from ?? Infinity);
  const clauseStart = subjectStart(tokens, firstVerb);

  const mentions: RoleMention[] = [];
  let prev: { slot: Slot; to: number } | null = null;
  for (const r of roleMatches) {
    let slot: Slot = 'other';
    if (isDecision) {
      if (prev && prev.slot !== 'other' && joined(tokens, prev.to, r.from)) slot = prev.slot;
      else slot = slotOf(tokens, r.from, clauseStart, firstVerb, predMatches);
    }
    const words = tokensText(text, tokens, backToDeterminer(tokens, r.from), r.to);
    mentions.push({ role: r.value, slot, text: words, decision: slot === 'other' ? '' : decisionFor(tokens, r, slot, preds), token: r.from });
    prev = { slot, to: r.to };
  }
  return { isDecision, modals: found, predicates: preds.map((p) => tokensText(text, tokens, p.from, p.to)), mentions };
}

function subjectStart(tokens: Token[], firstVerb: number): number {
  if (!tokens.length || !SUBORDINATORS.has(tokens[0]!.w)) return 0;
  // After the last comma before the verb that closes the opening clause.
  let comma = -1;
  for (let i = 0; i < Math.min(firstVerb, tokens.length); i++) {
    if (tokens[i]!.w === ',') {
      comma = i;
      break;
    }
  }
  return comma + 1;
}

function joined(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(tokens[i]!.w)) return false;
  return true;
}

function slotOf(tokens: Token[], at: number, clauseStart: number, firstVerb: number, preds: PhraseMatch<PredicateDef>[]): Slot {
  // Look left past determiners for a slot marker ending right before the role.
  let i = at - 1;
  while (i >= 0 && FILLERS.has(tokens[i]!.w) && at - i <= 3) i--;
  for (let start = Math.max(0, i - 2); start <= i; start++) {
    const m = markers.matchAt(tokens, start);
    if (m && m.to === i + 1) {
      if (m.value !== 'agent') return m.value;
      // "by" names an agent only after a passive decision predicate.
      return preds.some((p) => p.value.passive && p.to <= start && start - p.to <= 3) ? 'agent' : 'other';
    }
  }
  if (at >= clauseStart && at < firstVerb) {
    // Bearer unless inside a prepositional phrase of the subject ("the needs of the child").
    for (let k = at - 1; k >= clauseStart && k >= at - 3; k--) {
      if (PREPOSITIONS.has(tokens[k]!.w)) return 'other';
      if (!FILLERS.has(tokens[k]!.w)) break;
    }
    return 'bearer';
  }
  return 'other';
}

function backToDeterminer(tokens: Token[], at: number): number {
  const w = tokens[at - 1]?.w;
  return w && ['their', 'the', 'a', 'an', 'his', 'her', 'its'].includes(w) ? at - 1 : at;
}

function tokensText(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to || !tokens[from]) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** The decision a mention takes part in, as a short phrase from the sentence. */
function decisionFor(tokens: Token[], r: PhraseMatch<string>, slot: Slot, preds: PhraseMatch<PredicateDef>[]): string {
  let pred: PhraseMatch<PredicateDef> | undefined;
  if (slot === 'bearer') pred = preds.find((p) => p.from >= r.to);
  else if (slot === 'consulted') pred = preds.find((p) => p.from >= r.to && p.from - r.to <= 3) ?? lastBefore(preds, r.from);
  else pred = lastBefore(preds, r.from) ?? preds.find((p) => p.from >= r.to);
  if (!pred) return '';
  const words: string[] = [];
  for (let i = pred.from; i < pred.to; i++) words.push(tokens[i]!.w);
  if (!(pred.value.passive && tokens[pred.to]?.w === 'by')) {
    for (let i = pred.to; i < tokens.length && i < pred.to + PHRASE_WORDS; i++) {
      const w = tokens[i]!.w;
      if (STOPS.has(w) && !(w === 'to' && i === pred.to)) break;
      words.push(tokens[i]!.w);
    }
  }
  return words.join(' ');
}

function lastBefore(preds: PhraseMatch<PredicateDef>[], at: number): PhraseMatch<PredicateDef> | undefined {
  let best: PhraseMatch<PredicateDef> | undefined;
  for (const p of preds) if (p.to <= at) best = p;
  return best;
}
