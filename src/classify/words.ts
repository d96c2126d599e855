// The classifier's vocabulary, read once from data/frames.json: modals with their
// strength, decision predicates, slot markers, and the closed word classes the
// clause and slot rules consult. Nothing here is a rule; the rules are in
// clauses.ts, slots.ts and decisions.ts.
import frameData from '../../data/frames.json' with { type: 'json' };
import { PhraseMatcher } from './tokens.js';

/** Where a role stands in a decision. `informed` and `other` take no part in it. */
export type Slot = 'bearer' | 'agent' | 'co-participant' | 'consulted' | 'informed' | 'other';

export interface ModalDef {
  phrase: string;
  strength: number;
  directive?: boolean;
}
export interface PredicateDef {
  phrase: string;
  passive?: boolean;
  /** Also a common noun ("the plan", "a home visit"): a verb only where a verb can stand. */
  noun?: boolean;
}

export const modals = new PhraseMatcher<ModalDef>();
for (const m of frameData.modals as ModalDef[]) modals.add(m.phrase, m);

export const predicates = new PhraseMatcher<PredicateDef>();
/** One-word predicates by lemma, so "decides", "deciding" and "approves" need no entry of their own. */
export const predicateLemmas = new Map<string, PredicateDef>();
for (const p of frameData.predicates as PredicateDef[]) {
  predicates.add(p.phrase, p);
  if (!p.phrase.includes(' ') && !p.passive) predicateLemmas.set(p.phrase, p);
}

export const markers = new PhraseMatcher<Slot>();
for (const s of frameData.slotMarkers) markers.add(s.phrase, s.slot as Slot);

const w = frameData.words;
const set = (xs: string[]) => new Set(xs);
const matcher = (xs: string[]) => {
  const m = new PhraseMatcher<true>();
  for (const x of xs) m.add(x, true);
  return m;
};

export const words = {
  /** Words that open a sentence whose subject comes after the first comma. */
  subordinators: set(w.subordinators),
  /** Conjunctions that open a clause of their own ("Unless the manager decides otherwise, …"). */
  clauseSubordinators: set(w.clauseSubordinators),
  coordinators: set(w.coordinators),
  joiners: set(w.joiners),
  fillers: set(w.fillers),
  prepositions: set(w.prepositions),
  stops: set(w.stops),
  verbIntro: set(w.verbIntro),
  irregularParticiples: set(w.irregularParticiples),
  /** Participles after "be" that say what the subject does: "should be involved in", "must be satisfied that". */
  activeParticiples: set(w.activeParticiples),
  /** Verbs whose "to …" receives something: "report concerns to the DSL". */
  tellVerbs: set(w.tellVerbs),
  /** Verbs whose "to …" is asked: "speak to the manager". */
  talkVerbs: set(w.talkVerbs),
  consultVerbs: set(w.consultVerbs),
  informVerbs: set(w.informVerbs),
  /** Verbs whose "with …" only receives: "share the plan with the GP". */
  shareVerbs: set(w.shareVerbs),
  consultNouns: set(w.consultNouns),
  examples: matcher(w.exampleMarkers),
  /** Phrases that name the same decision, read as one when decisions are compared ("make sure" is "ensure"). */
  sameDecision: new Map(Object.entries(w.sameDecision as Record<string, string>)),
  /** Verbs (lemmas) of working alongside someone, whose "with …" takes no part in a decision. */
  workVerbs: set(w.workVerbs),
  /** "-ing" words that, after a role word and before a noun, make one compound: "child safeguarding cases". */
  compoundWords: set(w.compoundWords),
  /** Verbs whose subject is given something, not deciding: "practitioners should receive supervision". */
  receiveVerbs: set(w.receiveVerbs),
  /** Verbs whose object is the subject of the "to …" after it: "enable the manager to review". */
  controlVerbs: set(w.controlVerbs),
  /** Words that stand for a role named before them: "they", "the post holder". */
  anaphors: matcher(w.anaphors),
  /** "The decision rests with …", "it is for … to decide". */
  bearerMarkers: matcher(w.bearerMarkers),
};

/** A word that may stand among role names in a list ("the social worker and their named manager"). */
export function isListWord(x: string): boolean {
  return words.joiners.has(x) || words.fillers.has(x);
}

/** Forms of "be" that make the participle after them passive. */
export const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Nouns whose "to …" names a decision: "the duty to notify", "the power to suspend". */
export const DUTY_NOUNS = new Set(['duty', 'power', 'responsibility']);

export const PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '-', '–', '—']);
