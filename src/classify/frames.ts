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
  /** The predicate of the first clause's main verb ("determined" in "should be determined by"). */
  mainPredicate: string;
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
  /** Also a common noun ("the plan", "a home visit"): a verb only where a verb can stand. */
  noun?: boolean;
}

const modals = new PhraseMatcher<ModalDef>();
for (const m of frameData.modals as ModalDef[]) modals.add(m.phrase, m);
const predicates = new PhraseMatcher<PredicateDef>();
for (const p of frameData.predicates as PredicateDef[]) predicates.add(p.phrase, p);
const markers = new PhraseMatcher<Slot>();
for (const s of frameData.slotMarkers) markers.add(s.phrase, s.slot as Slot);

/**
 * The decision predicates named in a piece of text, as written: "close" in "Close the
 * case", and in a table's third-person style "authorises" in "Authorises closure".
 */
export function predicatesIn(text: string): string[] {
  const tokens = tokenize(text);
  const found = predicates.findAll(tokens);
  const matches = found.length ? found : predicates.findAll(tokens.map((t) => ({ ...t, w: baseForm(t.w) })));
  return matches.map((p) => tokensText(text, tokens, p.from, p.to));
}

/** "authorises" → "authorise", "chairs" → "chair", "discusses" → "discuss", "notifies" → "notify". */
function baseForm(w: string): string {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Sentences that open with these put their subject after the first comma. */
const SUBORDINATORS = new Set(['where', 'when', 'if', 'once', 'after', 'before', 'following', 'unless', 'although', 'whilst', 'while', 'as', 'in', 'at', 'during', 'for', 'on', 'to', 'because', 'since', 'until', 'throughout']);
/** Words that may stand between two roles of one list. */
const JOINERS = new Set([',', 'and', 'or', 'their', 'the', 'a', 'an', 'other', 'relevant', 'any', 'all', 'his', 'her', 'its', 'as', 'well', 'both', 'either', 'also', 'nor', 'local', 'appropriate', 'senior', 'named', 'designated', 'of', 'from']);
/** Words between a marker and its role: determiners and a few adjectives. */
const FILLERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'other', 'relevant', 'any', 'all', 'appropriate', 'named', 'senior', 'experienced', 'another', 'each', 'every', 'both', 'qualified', 'local', 'vulnerable', 'individual', 'allocated', 'nominated', 'responsible', 'more']);
/** A word that may stand among role names in a list ("the social worker and their named manager"). */
export function isListWord(w: string): boolean {
  return JOINERS.has(w) || FILLERS.has(w);
}
/** Prepositions that put a role outside the bearer's slot. */
const PREPOSITIONS = new Set(['of', 'for', 'about', 'to', 'on', 'from', 'in', 'into', 'after', 'before', 'during', 'following', 'upon', 'without', 'at', 'by', 'with', 'within', 'between', 'among', 'against', 'towards', 'than', 'under', 'over', 'via', 'whom', 'whose', 'which', 'that', 'who', 'faced', 'affecting']);
const STOPS = new Set(['with', 'by', 'and', ',', ';', ':', '.', '!', '?', 'in', 'within', 'where', 'when', 'if', 'so', 'to', 'who', 'which', 'that', 'as', '(', ')']);

const DIRECTIVE_REACH = 3;
const PHRASE_WORDS = 5;

// Frames are read from at most this many words of a sentence. Real sentences are far
// shorter; the bound keeps a pathological megabyte "sentence" linear (several rules
// compare every modal with every predicate).
const MAX_TOKENS = 600;

export function analyseSentence(text: string, lexicon: RoleLexicon): Frame {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  const frame: Frame = { isDecision: false, mainPredicate: '', modals: [], predicates: [], mentions: [] };
  // Each coordinated clause ("…, and the manager should record the decision") has its own subject.
  for (const [from, to] of clauses(tokens)) analyseClause(text, tokens, from, to, lexicon, frame);
  return frame;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whilst', 'whereas', 'so']);

/** Clause spans: split at ";" and at ", and/but/or …" when a modal follows. */
function clauses(tokens: Token[]): [number, number][] {
  const cuts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    const split = w === ';' || (w === ',' && COORDINATORS.has(tokens[i + 1]?.w ?? ''));
    // Only between two clauses that each have a verb: "A, B, and C should attend" is one subject.
    const before = tokens.slice(cuts[cuts.length - 1] ?? 0, i);
    if (split && modals.findAll(tokens.slice(i + 1)).length && (modals.findAll(before).length || predicates.findAll(before).length)) cuts.push(i + 1);
  }
  const spans: [number, number][] = [];
  let from = 0;
  for (const c of cuts) {
    spans.push([from, c]);
    from = c;
  }
  spans.push([from, tokens.length]);
  return spans;
}

function analyseClause(text: string, all: Token[], from: number, to: number, lexicon: RoleLexicon, frame: Frame): void {
  const tokens = all.slice(from, to);
  const roleMatches = lexicon.matcher.findAll(tokens);
  const roleTo = new Set(roleMatches.map((r) => r.to));
  const predMatches = predicates.findAll(tokens).filter((p) => !p.value.noun || verbal(tokens, p.from, roleTo));
  const roleFrom = new Set(roleMatches.map((r) => r.from));

  // Modals; a directive "will" needs a predicate within reach ("will be authorised by").
  const found: Modal[] = [];
  for (const m of modals.findAll(tokens)) {
    // "will" and the modals of ability (can, could, might) make a decision only with a
    // decision predicate close behind: "supervision can play a critical role" is no duty,
    // while "may" in guidance grants a permission whatever the verb.
    const needsPredicate = m.value.directive || ['can', 'could', 'might'].includes(m.value.phrase);
    if (needsPredicate && !predMatches.some((p) => p.from >= m.to && p.from <= m.to + DIRECTIVE_REACH)) continue;
    found.push({ phrase: m.value.phrase, strength: m.value.strength, token: from + m.from });
  }
  // A predicate that is itself a role word ("chair", "lead") counts only outside a role's
  // name: not in "the chair", nor in "conference chair" or "designated safeguarding lead".
  const preds = predMatches.filter((p) => !roleFrom.has(p.from) && !roleMatches.some((r) => p.from > r.from && p.from < r.to));
  const isDecision = found.length > 0 || preds.length > 0;
  frame.isDecision ||= isDecision;
  frame.modals.push(...found);
  frame.predicates.push(...preds.map((p) => tokensText(text, tokens, p.from, p.to)));

  const subordinate = tokens.length > 0 && SUBORDINATORS.has(tokens[0]!.w);
  const comma = subordinate ? tokens.findIndex((t) => t.w === ',') : -1;
  const clauseStart = comma + 1;
  const verbs = [...found.map((m) => m.token - from), ...preds.map((p) => p.from)].filter((i) => i >= clauseStart);
  const mainModal = found.map((m) => m.token - from).find((i) => i >= clauseStart);
  const mainVerb = mainModal ?? (verbs.length ? Math.min(...verbs) : Infinity);
  // "Where a child is at risk the social worker should …": without the comma only
  // the roles named right before the verb are its subject.
  const nearestOnly = subordinate && comma < 0;
  if (!frame.mainPredicate) {
    const main = preds.find((p) => p.from >= mainVerb) ?? preds[0];
    if (main) frame.mainPredicate = tokensText(text, tokens, main.from, main.to);
  }

  const mentions: RoleMention[] = [];
  const aside = asides(tokens);
  let prev: { slot: Slot; to: number } | null = null;
  for (const r of roleMatches) {
    let slot: Slot = 'other';
    const possessive = tokens[r.to - 1]!.w.endsWith("'s") && roleMatches.some((x) => x.from === r.to || x.from === r.to + 1);
    // A role inside an aside ("and, if the child is looked after, the IRO") takes no part.
    const inAside = aside[r.from] === 1;
    if (isDecision && !possessive && !inAside) {
      if (prev && prev.slot !== 'other' && joined(tokens, prev.to, r.from, aside)) slot = prev.slot;
      else slot = slotOf(tokens, r.from, clauseStart, mainVerb, preds, nearestOnly, roleMatches);
    }
    const words = tokensText(text, tokens, backToDeterminer(tokens, r.from), r.to);
    mentions.push({ role: r.value, slot, text: words, decision: slot === 'other' ? '' : decisionFor(tokens, r, slot, preds), token: from + r.from });
    if (!inAside) prev = { slot, to: r.to };
  }
  frame.mentions.push(...mentions);
}

/** Longest aside set off by commas after "and"/"or" inside a list of roles. */
const ASIDE_WORDS = 8;

/**
 * Asides inside lists: ", where appropriate," or ", if the child is looked after," just
 * after "and"/"or". Marks each token of one (commas included) with 1, so that the roles
 * either side of it are still one list and a role inside it is in no slot.
 */
function asides(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!['and', 'or'].includes(tokens[i]!.w) || tokens[i + 1]!.w !== ',') continue;
    let end = -1;
    for (let k = i + 3; k < tokens.length && k <= i + 2 + ASIDE_WORDS; k++) {
      if (tokens[k]!.w === ',') {
        end = k;
        break;
      }
    }
    if (end < 0) continue;
    out.fill(1, i + 1, end + 1);
    i = end;
  }
  return out;
}

/** Words after which "plan", "review", "record", "visit" … are verbs: "should review", "to plan", "agree and record". */
const VERB_INTRO = new Set(['to', 'and', 'or', ',', 'not', 'also', 'then', 'jointly', 'together', 'must', 'shall', 'should', 'may', 'might', 'can', 'cannot', 'could', 'will', 'would', 'need']);

/** A predicate that is also a noun is a verb at the start of a clause, after a verb introducer, or right after its subject ("social workers review"). */
function verbal(tokens: Token[], at: number, roleTo: ReadonlySet<number>): boolean {
  return at === 0 || VERB_INTRO.has(tokens[at - 1]!.w) || roleTo.has(at);
}

/** Two roles of one list: only joiners between them, or a conjunction and a few modifiers ("and the referring GP"); asides skipped. */
function joined(tokens: Token[], from: number, to: number, aside: Uint8Array): boolean {
  const between: string[] = [];
  for (let i = from; i < to; i++) if (aside[i] !== 1) between.push(tokens[i]!.w);
  if (between.length > 4) return false;
  if (between.every((w) => JOINERS.has(w))) return true;
  if (!['and', 'or', ','].includes(between[0] ?? '')) return false;
  return between.slice(1).every((w) => !PREPOSITIONS.has(w) && !STOPS.has(w) && !PUNCT.has(w));
}

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const IRREGULAR_PARTICIPLES = new Set(['led', 'made', 'held', 'done', 'seen', 'given', 'taken', 'undertaken', 'kept', 'sent', 'told', 'brought', 'set', 'put', 'run', 'met', 'found', 'known', 'shown', 'written', 'chosen', 'drawn', 'overseen']);
/** Verbs whose "to …" names the one told or consulted ("report concerns to the DSL"). */
const TELL_VERBS = new Set(['report', 'reports', 'reported', 'reporting', 'escalate', 'escalates', 'escalated', 'escalating', 'refer', 'refers', 'referred', 'pass', 'passed', 'send', 'sent', 'explain', 'explained', 'speak', 'talk', 'turn', 'go', 'submit', 'submitted', 'present', 'presented', 'provide', 'provided', 'give', 'given', 'raise', 'raised', 'communicate', 'communicated', 'disclose', 'disclosed', 'forward', 'forwarded']);
/** Verbs whose object is consulted ("inform the LADO", "after consulting the social worker"). */
const CONSULT_VERBS = new Set(['inform', 'informs', 'informed', 'informing', 'notify', 'notifies', 'notified', 'notifying', 'consult', 'consults', 'consulting', 'contact', 'contacts', 'contacting', 'alert', 'alerts', 'alerting', 'tell', 'tells', 'telling', 'advise', 'advising', 'involve', 'involves', 'involving', 'invite', 'invites', 'inviting', 'ask', 'asks', 'asking', 'update', 'updating', 'brief', 'briefing']);
/** Nouns whose "of …" names the one consulted ("the advice of the designated doctor"). */
const CONSULT_NOUNS = new Set(['advice', 'views', 'view', 'agreement', 'approval', 'consent', 'permission', 'input', 'opinion', 'guidance', 'authorisation', 'authorization', 'support']);
const MAX_SKIP = 3;

function isParticiple(w: string): boolean {
  return IRREGULAR_PARTICIPLES.has(w) || (/(?:ed|en)$/.test(w) && w.length > 3);
}

function slotOf(tokens: Token[], at: number, clauseStart: number, mainVerb: number, preds: PhraseMatch<PredicateDef>[], nearestOnly: boolean, roles: PhraseMatch<string>[]): Slot {
  // Look left past up to MAX_SKIP modifiers ("their", "other", "frontline") for what governs the role.
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_SKIP && !governs(tokens[i]!.w) && !PUNCT.has(tokens[i]!.w)) i--;
  const g = tokens[i]?.w;
  if (g !== undefined && governs(g)) {
    for (let start = Math.max(0, i - 2); start <= i; start++) {
      const m = markers.matchAt(tokens, start);
      if (m && m.to === i + 1 && m.value !== 'agent') return m.value;
    }
    if (CONSULT_VERBS.has(g)) return 'consulted';
    if (g === 'of' && CONSULT_NOUNS.has(tokens[i - 1]?.w ?? '')) return 'consulted';
    if (g === 'to' && tokens.slice(Math.max(0, i - 6), i).some((t) => TELL_VERBS.has(t.w))) return 'consulted';
    if (g === 'by') {
      // An agent follows "by" after a passive: a participle with "be" shortly before it.
      const part = tokens[i - 1]?.w ?? '';
      // "will be taken by X and countersigned by Y": after "and" the "be" may stand further back.
      const reach = ['and', 'or'].includes(tokens[i - 2]?.w ?? '') ? 12 : 5;
      const passive = isParticiple(part) && tokens.slice(Math.max(0, i - reach), i - 1).some((t) => BE.has(t.w));
      const listed = preds.some((p) => p.value.passive && p.to <= i && i - p.to <= 3);
      return passive || listed ? 'agent' : 'other';
    }
  }
  if (at >= clauseStart && at < mainVerb) {
    // Bearer unless inside a prepositional phrase of the subject ("the needs of the child").
    for (let k = at - 1; k >= clauseStart && k >= at - 3; k--) {
      if (PREPOSITIONS.has(tokens[k]!.w)) return 'other';
      if (!FILLERS.has(tokens[k]!.w)) break;
    }
    if (nearestOnly && !nearSubject(tokens, at, mainVerb, roles)) return 'other';
    return 'bearer';
  }
  return 'other';
}

const PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')']);

/** Words that decide a following role's slot. */
function governs(w: string): boolean {
  return w === 'by' || w === 'with' || w === 'to' || w === 'of' || w === 'from' || w === 'alongside' || CONSULT_VERBS.has(w) || markers.matchAt([{ w, start: 0, end: 0 }], 0) !== undefined;
}

/** Only role words, joiners and fillers stand between this mention and the verb. */
function nearSubject(tokens: Token[], at: number, verb: number, roles: PhraseMatch<string>[]): boolean {
  for (let k = at; k < verb; k++) {
    if (roles.some((r) => k >= r.from && k < r.to)) continue;
    if (JOINERS.has(tokens[k]!.w) || FILLERS.has(tokens[k]!.w)) continue;
    return false;
  }
  return true;
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
