// Decision and duty frames of one sentence, by explainable rules over tagged tokens:
//  - modals (must / should / may …, with polarity) and a directive "will" when a
//    decision predicate follows it;
//  - decision predicates (agree, review, judgements to be made …), matched as
//    written or by lemma ("decides", "approving"), and a noun-verb ("plan",
//    "review") only where the tagger reads a verb;
//  - role mentions: only a role word that heads its noun phrase (not "police
//    station", "professional development"), outside examples ("for example youth
//    services");
//  - clauses (clauses.ts) and each mention's slot in its clause (slots.ts).
// Roles joined by "and", "or" or commas share the slot of the first. Mentions in no
// slot ("the needs of the child") and roles only informed take no part in a decision.
// One piece: modals, predicates and mentions are read from the same tagged tokens and clause
// bounds into one Frame; clauses and slots, which stand alone, are already apart.
import { tokenize, type PhraseMatch, type Token } from './tokens.js';
import { tagTokens, type TaggedToken } from './grammar.js';
import { asides, clauses, examples, type ClauseSpan } from './clauses.js';
import { inRole, isParticiple, joined, slotOf, type ClauseView } from './slots.js';
import { decisionFor, decisionNoun } from './decisions.js';
import { BE, DUTY_NOUNS, markers, modals, predicateLemmas, predicates, PUNCT, words, type PredicateDef, type Slot } from './words.js';
import type { RoleLexicon } from './lexicon.js';
import type { DecisionSlot } from '../types.js';

export { isListWord, type Slot } from './words.js';

export interface RoleMention {
  role: string;
  slot: Slot;
  /** The words as written: "their manager". */
  text: string;
  /** The decision it takes part in, in words: "agree a plan of action". */
  decision: string;
  token: number;
  /**
   * It stands as its clause's subject, in a decision or not ("They set the strategic
   * direction"): a passage that recasts a duty as a statement still gives it that part.
   */
  subject?: boolean;
  /** The words of its clause, which a recast passage's decision is looked for in. */
  clause?: string;
  /** Every decision of a bearer whose clause gives it several, the first being `decision`. */
  decisions?: string[];
  /** It stands in a prepositional phrase ("from the school or college leadership team"): no antecedent for "the post holder". */
  inPhrase?: boolean;
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
  /** Words standing for a role named earlier ("they", "the post holder"), with their slot; `role` is empty. */
  anaphors: RoleMention[];
}

/** Slots in which a role takes part in a decision. */
export function participates(slot: Slot): slot is DecisionSlot {
  return slot !== 'other' && slot !== 'informed';
}

/** The slot of a role event: only a mention that takes part makes one. */
export function eventSlot(slot: Slot): DecisionSlot {
  if (!participates(slot)) throw new Error(`a role event from a mention that takes no part (${slot})`);
  return slot;
}

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

const DIRECTIVE_REACH = 3;

// Frames are read from at most this many words of a sentence. Real sentences are far
// shorter; the bound keeps a pathological megabyte "sentence" linear (several rules
// compare every modal with every predicate).
const MAX_TOKENS = 600;

// The same sentence is read for its pair and again as part of its passage: remember
// frames per lexicon, up to a bound so memory stays flat on huge inputs. Frames are
// treated as read-only by every caller.
const memo = new WeakMap<RoleLexicon, Map<string, Frame>>();
const MEMO_LIMIT = 20_000;

export function analyseSentence(text: string, lexicon: RoleLexicon): Frame {
  let frames = memo.get(lexicon);
  if (!frames) memo.set(lexicon, (frames = new Map()));
  let frame = frames.get(text);
  if (!frame) {
    frame = readSentence(text, lexicon);
    if (frames.size >= MEMO_LIMIT) frames.clear();
    frames.set(text, frame);
  }
  return frame;
}

function readSentence(text: string, lexicon: RoleLexicon): Frame {
  const raw = tokenize(text).slice(0, MAX_TOKENS);
  // Tagging costs far more than everything else here: a sentence that names no role (and
  // no "they") needs only its modals and predicates as written, which need no tagger.
  const named = lexicon.matcher.findAll(raw).length > 0 || words.anaphors.findAll(raw).length > 0;
  const tokens = named ? tagTokens(text, raw) : raw.map((t) => ({ w: t.w, start: t.start, end: t.end, pos: 'X', lemma: t.w }));
  const frame: Frame = { isDecision: false, mainPredicate: '', modals: [], predicates: [], mentions: [], anaphors: [] };
  const example = examples(tokens);
  // Each clause ("…, and the manager should record the decision", "Unless the chair agrees, …") has its own subject.
  for (const span of clauses(tokens)) analyseClause(text, tokens, span, lexicon, frame, example);
  return frame;
}

/** Predicates as written, then one-word predicates by lemma; a noun-verb only where it is a verb. */
function findPredicates(text: string, tokens: readonly TaggedToken[], roleTo: ReadonlySet<number>): PhraseMatch<PredicateDef>[] {
  const out: PhraseMatch<PredicateDef>[] = [];
  for (let i = 0; i < tokens.length; ) {
    // A name is no verb: "the Children Act 2004", "the Child Safeguarding Practice Review Panel".
    const name = i > 0 && tokens[i - 1]!.w !== '.' && tokens[i - 1]!.w !== ':' && /^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end));
    const m = name ? undefined : (predicates.matchAt(tokens, i) ?? lemmaMatch(tokens, i));
    if (m) {
      if (!m.value.noun || verbal(tokens, m.from, roleTo)) out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
}

function lemmaMatch(tokens: readonly TaggedToken[], i: number): PhraseMatch<PredicateDef> | undefined {
  const t = tokens[i]!;
  if (t.pos !== 'VERB') return undefined;
  const def = predicateLemmas.get(t.lemma);
  return def ? { value: def, from: i, to: i + 1 } : undefined;
}

/** A predicate that is also a noun is a verb where the tagger says so, or after a modal or "to". */
function verbal(tokens: readonly TaggedToken[], at: number, roleTo: ReadonlySet<number>): boolean {
  const t = tokens[at]!;
  const prev = tokens[at - 1]?.w ?? '';
  if (words.verbIntro.has(prev) && prev !== ',' && prev !== 'and' && prev !== 'or') return true;
  // Right after its subject ("social workers review the plan") whatever the tagger says,
  // or after "and" with an object of its own ("review the plan and record their decisions").
  if (t.pos === 'VERB' || roleTo.has(at)) return true;
  if ((prev === 'and' || prev === 'or') && ['DET', 'PRON'].includes(tokens[at + 1]?.pos ?? '')) return true;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') return false;
  // The other verb introducers were read above; these three remain.
  return at === 0 || prev === ',' || prev === 'and' || prev === 'or';
}

/**
 * Role mentions that head their noun phrase. A role word followed by a noun only
 * modifies it: "police station", "child protection plan", "parent support adviser".
 */
function roleMentions(tokens: readonly TaggedToken[], lexicon: RoleLexicon): PhraseMatch<string>[] {
  const found = lexicon.matcher.findAll(tokens);
  const starts = new Set(found.map((r) => r.from));
  return found.filter((r) => {
    const last = tokens[r.to - 1]!;
    const next = tokens[r.to];
    if (!next || last.w.endsWith("'s") || last.w.endsWith("s'") || starts.has(r.to)) return true;
    // "professionals working with children": a participle after the role is no head noun,
    // but a compound title is: "the children missing education guidance", "child safeguarding cases".
    const noun = (t?: TaggedToken) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
    if (next.w.endsWith('ing') && noun(tokens[r.to + 1]) && (noun(tokens[r.to + 2]) || words.compoundWords.has(next.w))) return false;
    if (!noun(next) || next.w.endsWith('ing')) return true;
    // "social workers review cases": a predicate after a role is its verb, whatever the tag.
    if (predicates.matchAt(tokens, r.to) || predicateLemmas.has(next.lemma)) return true;
    return false;
  });
}

function analyseClause(text: string, all: readonly TaggedToken[], span: ClauseSpan, lexicon: RoleLexicon, frame: Frame, example: Uint8Array): void {
  const { from, to } = span;
  const tokens = all.slice(from, to);
  const roleMatches = roleMentions(tokens, lexicon);
  const roleTo = new Set(roleMatches.map((r) => r.to));
  const predMatches = findPredicates(text, tokens, roleTo);
  const roleFrom = new Set(roleMatches.map((r) => r.from));

  // Modals; a directive "will" needs a predicate within reach ("will be authorised by").
  const found: Modal[] = [];
  for (const m of modals.findAll(tokens)) {
    // "will" and the modals of ability (can, could, might) make a decision only with a
    // decision predicate close behind: "supervision can play a critical role" is no duty,
    // while "may" in guidance grants a permission whatever the verb.
    const needsPredicate = m.value.directive || ['can', 'could', 'might'].includes(m.value.phrase);
    // The predicate must be this modal's own: not across "when" or a comma ("will find it useful when considering").
    const reach = tokens.slice(m.to, m.to + DIRECTIVE_REACH + 1).findIndex((t) => PUNCT.has(t.w) || words.clauseSubordinators.has(t.w) || t.w === 'who' || t.w === 'that');
    const limit = m.to + (reach < 0 ? DIRECTIVE_REACH : reach - 1);
    if (needsPredicate && !predMatches.some((p) => p.from >= m.to && p.from <= limit)) continue;
    found.push({ phrase: m.value.phrase, strength: m.value.strength, token: from + m.from });
  }
  // Unlisted verbs that are still the decision: the verb a modal governs ("should
  // appoint"), and after "it is the responsibility of X" the infinitive ("to appoint").
  const addVerb = (k: number) => {
    if (k >= 0 && !predMatches.some((p) => k >= p.from && k < p.to)) predMatches.push({ value: { phrase: tokens[k]!.lemma }, from: k, to: k + 1 });
  };
  for (const m of found) {
    const at = m.token - from + m.phrase.split(' ').length;
    let verb = dutyVerb(tokens, at);
    // "should be sufficiently senior to be able to speak …": the duty is the infinitive.
    if (verb < 0 || tokens[verb]!.lemma === 'be') verb = infinitiveAfter(tokens, at);
    addVerb(verb);
    // and the verbs coordinated with it: "speak with authority, take decisions … and hold …".
    for (const k of coordinatedVerbs(tokens, verb)) addVerb(k);
  }
  // An imperative is a duty addressed to the reader: "Seek advice from your manager", "- ensure the policy is reviewed".
  const imperative = found.length || span.subordinate ? -1 : imperativeVerb(tokens);
  if (imperative >= 0) addVerb(imperative);
  // A bearer marker counts with a role (or "they") right after it: "rests with the manager", not "is essential for early identification".
  const marks = (i: number) => {
    const m = words.bearerMarkers.matchAt(tokens, i);
    if (!m) return false;
    let k = m.to;
    while (k < tokens.length && k < m.to + 3 && words.fillers.has(tokens[k]!.w)) k++;
    return roleFrom.has(k) || words.anaphors.matchAt(tokens, k) !== undefined;
  };
  // "… are to: participate in any review": the infinitive may follow a list's colon.
  const infinitive = (i: number) => (tokens[i + 1]?.w === ':' ? i + 2 : i + 1);
  const bearerMarked = tokens.some((_, i) => marks(i)) && tokens.some((t, i) => t.w === 'decision' || t.w === 'decisions' || (t.w === 'to' && tokens[infinitive(i)]?.pos === 'VERB'));
  if (bearerMarked) tokens.forEach((t, i) => t.w === 'to' && tokens[infinitive(i)]?.pos === 'VERB' && addVerb(infinitive(i)));
  predMatches.sort((a, b) => a.from - b.from);
  // A predicate that is itself a role word ("chair", "lead") counts only outside a role's
  // name: not in "the chair", nor in "conference chair" or "designated safeguarding lead".
  const preds = predMatches.filter((p) => !roleFrom.has(p.from) && !roleMatches.some((r) => p.from > r.from && p.from < r.to));
  // Without a modal, a predicate makes a decision only as a finite verb ("the manager
  // decides", "plans are reviewed"), not as a gerund or bare participle ("when
  // considering children who …", "procedures put in place by …").
  const isDecision = found.length > 0 || bearerMarked || imperative >= 0 || preds.some((p) => finite(tokens, p.from));
  frame.isDecision ||= isDecision;
  frame.modals.push(...found);
  frame.predicates.push(...preds.map((p) => tokensText(text, tokens, p.from, p.to)));

  // A sentence opening with "Where …," or "In these cases," has its subject after the comma;
  // a subordinate clause of its own has it right after the conjunction.
  // "Depending on the case, …" and other phrases led by a preposition or a gerund open the same way.
  const first = tokens[0];
  const opener = !span.subordinate && first !== undefined && (words.subordinators.has(first.w) || ((first.pos === 'ADP' || (first.pos === 'VERB' && first.w.endsWith('ing'))) && !roleFrom.has(0) && tokens.some((t) => t.w === ',')) || (first.pos === 'ADV' && tokens[1]?.w === ','));
  // The opener runs to the last comma before the first modal: "Whilst considering their duty to X, and to Y, headteachers should …".
  const firstComma = tokens.findIndex((t) => t.w === ',');
  const firstModal = found.map((m) => m.token - from).find((k) => k > firstComma) ?? tokens.length;
  // It ends at the first comma after which no verb stands before the modal (a list of roles may follow).
  const verbless = (k: number) => tokens.slice(k + 1, firstModal).every((t, j) => (t.pos !== 'VERB' && t.pos !== 'AUX') || inRole({ roles: roleMatches }, k + 1 + j));
  const commas = opener ? tokens.map((t, k) => (t.w === ',' && k < firstModal ? k : -1)).filter((k) => k >= 0) : [];
  const comma = commas.find(verbless) ?? commas[0] ?? -1;
  const clauseStart = span.subordinate ? 1 : comma + 1;
  const verbs = [...found.map((m) => m.token - from), ...preds.map((p) => p.from)].filter((i) => i >= clauseStart);
  const mainModal = found.map((m) => m.token - from).find((i) => i >= clauseStart);
  const mainVerb = mainModal ?? (verbs.length ? Math.min(...verbs) : Infinity);
  if (!frame.mainPredicate) {
    const main = preds.find((p) => p.from >= mainVerb) ?? preds[0];
    if (main) frame.mainPredicate = tokensText(text, tokens, main.from, main.to);
  }
  const view: ClauseView = { tokens, start: clauseStart, mainVerb, preds, nearestOnly: opener && comma < 0, roles: roleMatches };

  const aside = asides(tokens);
  const skip = aside.map((a, i) => a | (example[from + i] ?? 0));
  // Outside a decision, the subject is what stands before the clause's first verb.
  const firstVerb = tokens.findIndex((t, i) => i >= clauseStart && (t.pos === 'VERB' || t.pos === 'AUX'));
  const looseView: ClauseView = { ...view, mainVerb: firstVerb < 0 ? Infinity : firstVerb };
  const clauseText = tokensText(text, tokens, 0, tokens.length);
  const isSubject = (at: number) => skip[at] !== 1 && slotOf(isDecision ? view : looseView, at) === 'bearer';
  for (const a of words.anaphors.findAll(tokens)) {
    // "each" and "it" stand for a role only on their own: not "each local authority", not "it is essential".
    const next = tokens[a.to];
    if (roleMatches.some((r) => a.from < r.to && r.from < a.to) || roleFrom.has(a.to) || ['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '') || next?.w === 'of') continue;
    if (tokens[a.from]!.w === 'it' && ['is', 'was', 'will', 'would', 'may', 'can', 'might'].includes(next?.w ?? '')) continue;
    const slot: Slot = isDecision && skip[a.from] !== 1 ? slotOf(view, a.from) : 'other';
    const decision = slot === 'other' ? '' : decisionFor(tokens, { from: a.from, to: a.to }, slot, preds);
    const subject = isSubject(a.from);
    const clause = subject || slot === 'bearer' ? tokensText(text, tokens, a.from, tokens.length) : clauseText;
    frame.anaphors.push({ role: '', slot, text: tokensText(text, tokens, a.from, a.to), decision, token: from + a.from, subject, clause });
  }
  let prev: { slot: Slot; to: number } | null = null;
  for (const r of roleMatches) {
    let slot: Slot = 'other';
    // "the child's social worker", "a child's file": a possessive names whose it is, not who
    // decides — unless what it owns is a say ("with the manager's agreement").
    const last = tokens[r.to - 1]!.w;
    const possessive = (last.endsWith("'s") || last.endsWith("s'")) && !words.consultNouns.has(tokens[r.to]?.w ?? '');
    // A role inside an aside ("and, if the child is looked after, the IRO") or an example takes no part.
    const aside = skip[r.from] === 1;
    // "It is the local authority that has the duty to …", "It is the headteacher in whom the power to suspend is vested".
    const cleftRole = cleft(tokens, r);
    if (cleftRole && (isDecision || tokens.some((t, k) => DUTY_NOUNS.has(t.w) && tokens[k + 1]?.w === 'to'))) {
      slot = 'bearer';
      frame.isDecision = true;
    } else if (isDecision && !possessive && !aside) {
      // "and, with the agreement of the DCS, a lead social worker": the comma closes the aside, no list goes on.
      if (prev && prev.slot !== 'other' && joined(tokens, prev.to, r.from, skip) && !closesMarkerAside(tokens, prev.to, r.from)) slot = prev.slot;
      else slot = slotOf(view, r.from);
    }
    const said = tokensText(text, tokens, backToDeterminer(tokens, r.from), r.to);
    let decision = slot === 'other' ? '' : decisionFor(tokens, r, slot, preds);
    if (slot !== 'other' && (!decision || cleftRole) && (bearerMarked || cleftRole)) decision = decisionNoun(tokens, 0, tokens.length) || decision;
    // A subject's decision follows it: its clause is read from the role on ("…, which the Panel should keep informed").
    const subject = isSubject(r.from);
    const clause = subject || slot === 'bearer' ? tokensText(text, tokens, r.from, tokens.length) : clauseText;
    const mention: RoleMention = { role: r.value, slot, text: said, decision, token: from + r.from, subject, clause };
    if (inPhrase(tokens, r.from)) mention.inPhrase = true;
    // A bearer does every verb its clause gives it: "should be senior enough to speak with authority, take decisions … and hold …".
    if (slot === 'bearer') {
      const more = preds.filter((p) => p.from >= r.to).map((p) => decisionFor(tokens, r, slot, [p])).filter((d) => d && d !== decision);
      if (more.length) mention.decisions = [decision, ...new Set(more)];
    }
    frame.mentions.push(mention);
    if (!aside) prev = { slot, to: r.to };
  }
}

/**
 * The verb of an imperative clause: a base-form verb first (after a paragraph number),
 * or first after the comma that closes an opening "If …,".
 */
function imperativeVerb(tokens: readonly TaggedToken[]): number {
  const base = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.pos === 'VERB' && t.w === t.lemma && !t.w.endsWith('ing') && !isParticiple(t.w);
  };
  let k = 0;
  while (k < tokens.length && (tokens[k]!.pos === 'NUM' || PUNCT.has(tokens[k]!.w) || tokens[k]!.w === '-')) k++;
  if (base(k)) return k;
  if (!words.clauseSubordinators.has(tokens[k]?.w ?? '')) return -1;
  const comma = tokens.findIndex((t, j) => j > k && t.w === ',');
  if (comma > 0 && base(comma + 1)) return comma + 1;
  // "If in doubt seek advice", "If unsure, …": a verbless condition, then the verb.
  if (!['ADP', 'ADJ', 'ADV'].includes(tokens[k + 1]?.pos ?? '')) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PRON' || t.pos === 'AUX' || PUNCT.has(t.w)) return -1;
    if (t.pos === 'VERB') return base(j) && j > k + 1 ? j : -1;
  }
  return -1;
}

/** A predicate standing as a finite verb: not "-ing", and a participle only after "be" or "have". */
function finite(tokens: readonly TaggedToken[], at: number): boolean {
  const w = tokens[at]!.w;
  if (w.endsWith('ing') && w.length > 5) return false;
  if (!isParticiple(w)) return true;
  const prev = tokens.slice(Math.max(0, at - 3), at).map((t) => t.w);
  return prev.some((x) => BE.has(x) || x === 'has' || x === 'have' || x === 'had');
}

const CLEFT_LINKS = new Set(['that', 'who', 'whom']);

/** A comma between two roles that closes an aside opened by "and," and a slot marker. */
function closesMarkerAside(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  const comma = tokens.findIndex((t, k) => k >= from && k < to && t.w === ',');
  if (comma < 0) return false;
  for (let k = from - 1; k > 0 && k >= from - 10; k--) {
    if (tokens[k]!.w === ',' && ['and', 'or'].includes(tokens[k - 1]!.w)) return markers.matchAt(tokens, k + 1) !== undefined;
    if (PUNCT.has(tokens[k]!.w)) return false;
  }
  return false;
}

/** A role named in a cleft: "It is [the] X that/who/in whom …". */
function cleft(tokens: readonly TaggedToken[], r: { from: number; to: number }): boolean {
  if (tokens[0]?.w !== 'it' || !['is', 'was'].includes(tokens[1]?.w ?? '')) return false;
  let k = 2;
  while (k < r.from && words.fillers.has(tokens[k]!.w)) k++;
  if (k !== r.from) return false;
  let after = r.to;
  // "the headteacher or principal in whom": a second name may follow.
  while (after < tokens.length && after < r.to + 3 && !CLEFT_LINKS.has(tokens[after]!.w) && !(['in', 'with', 'to'].includes(tokens[after]!.w) && tokens[after + 1]?.w === 'whom')) after++;
  return CLEFT_LINKS.has(tokens[after]?.w ?? '') || tokens[after + 1]?.w === 'whom';
}

/** A role in a prepositional phrase: a preposition before it, past modifiers. */
function inPhrase(tokens: readonly TaggedToken[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (words.fillers.has(tokens[k]!.w) || tokens[k]!.pos === 'ADJ')) k--;
  return k >= 0 && words.prepositions.has(tokens[k]!.w);
}

/** The verb of the first "to …" within a few words, past "be able to": "senior enough to take decisions". */
function infinitiveAfter(tokens: readonly TaggedToken[], at: number): number {
  for (let k = at; k < tokens.length && k < at + 8; k++) {
    if (PUNCT.has(tokens[k]!.w)) return -1;
    if (tokens[k]!.w !== 'to') continue;
    const v = tokens[k + 1];
    if (v?.pos === 'VERB' && v.lemma !== 'be') return k + 1;
  }
  return -1;
}

/** Base-form verbs after "," or "and"/"or" that go on from a duty verb in its clause. */
function coordinatedVerbs(tokens: readonly TaggedToken[], verb: number): number[] {
  const out: number[] = [];
  if (verb < 0) return out;
  for (let k = verb + 1; k < tokens.length && k < verb + 30; k++) {
    const t = tokens[k]!;
    if (t.w === ';' || t.w === '.' || words.clauseSubordinators.has(t.w) || t.w === 'who' || t.w === 'which') break;
    if (![',', 'and', 'or'].includes(t.w)) continue;
    let v = k + 1;
    if (['and', 'or', 'to', 'also', 'then'].includes(tokens[v]?.w ?? '')) v++;
    const c = tokens[v];
    if (c?.pos === 'VERB' && c.w === c.lemma && !c.w.endsWith('ing')) out.push(v);
  }
  return out;
}

/** The main verb after a modal, past adverbs, "not", "be" and "have": "should always be given" → "given". */
function dutyVerb(tokens: readonly TaggedToken[], at: number): number {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return k;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return -1;
  }
  return -1;
}

function backToDeterminer(tokens: readonly Token[], at: number): number {
  const w = tokens[at - 1]?.w;
  return w && ['their', 'the', 'a', 'an', 'his', 'her', 'its'].includes(w) ? at - 1 : at;
}

function tokensText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to || !tokens[from]) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}


