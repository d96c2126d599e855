// The slot of one role mention in its clause: who decides (bearer, agent), decides
// with them (co-participant), is consulted, or is only told (informed). Read from
// the words that govern the mention — a marker ("with", "in consultation with",
// "access to"), a verb whose object it is ("consult", "inform"), "by" after a
// passive, "to" after "report" — else from where it stands: before the clause's
// verb and outside a prepositional phrase, it is the subject.
// One piece: markers, governing verbs and position are tried in one order of precedence, which
// reads best in one place.
import type { PhraseMatch } from './tokens.js';
import type { TaggedToken } from './grammar.js';
import { BE, markers, modals, words, PUNCT, type PredicateDef, type Slot } from './words.js';

/** How far back a list of nouns may reach to the preposition that governs it. */
const LIST_REACH = 12;
/** A word that may stand inside a list of nouns: "children, young people, adults and". */
const listy = (t: TaggedToken) => t.w === ',' || t.w === 'and' || t.w === 'or' || t.pos === 'NOUN' || t.pos === 'ADJ';

/** How far before "by" the passive participle may stand. */
const PASSIVE_REACH = 12;

const MAX_SKIP = 3;

export interface ClauseView {
  tokens: readonly TaggedToken[];
  /** Where the clause's subject may start (after an opening "Where …," or the subordinator). */
  start: number;
  /** The clause's main modal or verb; a subject stands before it. */
  mainVerb: number;
  preds: PhraseMatch<PredicateDef>[];
  /** Only roles right before the verb are its subject ("Where a child is at risk the social worker should …"). */
  nearestOnly: boolean;
  roles: PhraseMatch<string>[];
}

/** The token stands inside a role's name. */
export function inRole(c: Pick<ClauseView, 'roles'>, k: number): boolean {
  return c.roles.some((r) => k >= r.from && k < r.to);
}

/** Where the role's name that starts at `at` ends (the next token when none starts there). */
function roleEnd(c: ClauseView, at: number): number {
  return c.roles.find((x) => x.from === at)?.to ?? at + 1;
}

export function isParticiple(w: string): boolean {
  return words.irregularParticiples.has(w) || (/(?:ed|en)$/.test(w) && w.length > 3);
}

/** Words that decide a following role's slot. */
function governs(w: string): boolean {
  return w === 'by' || w === 'with' || w === 'to' || w === 'of' || w === 'from' || w === 'alongside' || w === 'in' || words.consultVerbs.has(w) || words.informVerbs.has(w) || markers.matchAt([{ w, start: 0, end: 0 }], 0) !== undefined;
}

export function slotOf(c: ClauseView, at: number): Slot {
  const { tokens } = c;
  // "The decision rests with the team manager", "it is for the DSL to decide".
  const lead = skipBack(tokens, at);
  for (let start = Math.max(0, lead - 5); start < lead; start++) {
    const m = words.bearerMarkers.matchAt(tokens, start);
    // Not "appoint a member of staff to the role of designated safeguarding lead", nor "the
    // role of the school in this": a nominal marker, ending on "of" ("the role of X", "the
    // functions of X"), names a bearer only as the subject of "is" or "include".
    if (m && m.to === lead && !words.prepositions.has(tokens[skipDeterminers(tokens, start)]?.w ?? '') && (tokens[m.to - 1]!.w !== 'of' || BE.has(tokens[start]!.w) || copulaAfter(c, at))) return 'bearer';
  }
  // "others who the local authority considers necessary": the subject of a relative clause of its own.
  if (RELATIVE_PRONOUNS.has(tokens[lead - 1]?.w ?? '') && finiteAfter(c, at)) return 'bearer';
  // Look left past up to MAX_SKIP modifiers ("their", "other", "frontline") for what governs the role.
  let i = at - 1;
  // Only modifiers are skipped: a noun or another preposition between ("alongside the requirement for staff") ends the search.
  while (i >= 0 && at - i <= MAX_SKIP && !governs(tokens[i]!.w) && !PUNCT.has(tokens[i]!.w) && !words.prepositions.has(tokens[i]!.w) && ((tokens[i]!.pos !== 'NOUN' && tokens[i]!.pos !== 'PROPN') || /['’]s?$/.test(tokens[i]!.w))) i--;
  const g = tokens[i]?.w;
  if (g !== undefined && governs(g)) {
    const before = (n: number) => tokens.slice(Math.max(0, i - n), i);
    // "share the plan with the GP", "send a copy to the manager", "copy in the IRO".
    if (g === 'with' && before(4).some((t) => words.shareVerbs.has(t.w))) return 'informed';
    if (g === 'in' && words.informVerbs.has(tokens[i - 1]?.w ?? '')) return 'informed';
    for (let start = Math.max(0, i - 2); start <= i; start++) {
      const m = markers.matchAt(tokens, start);
      if (m && m.to === i + 1 && m.value !== 'agent') return m.to - start > 1 || g !== 'with' || attachedToDecision(c, start) ? m.value : 'other';
    }
    if (words.informVerbs.has(g)) return 'informed';
    if (words.consultVerbs.has(g)) return 'consulted';
    if (g === 'of' && words.consultNouns.has(tokens[i - 1]?.w ?? '')) return 'consulted';
    if (g === 'to') {
      if (before(6).some((t) => words.talkVerbs.has(t.w))) return 'consulted';
      if (before(6).some((t) => words.tellVerbs.has(t.w) || words.informVerbs.has(t.w))) return 'informed';
    }
    if (g === 'by') {
      // An agent follows "by" after a passive: a participle with "be" shortly before it.
      const part = tokens[i - 1]?.w ?? '';
      // "will be taken by X and countersigned by Y": after "and" the "be" may stand further back.
      const reach = ['and', 'or'].includes(tokens[i - 2]?.w ?? '') ? 12 : 5;
      const passive = isParticiple(part) && tokens.slice(Math.max(0, i - reach), i - 1).some((t) => BE.has(t.w));
      const listed = c.preds.some((p) => p.value.passive && p.to <= i && i - p.to <= 3);
      return passive || listed || passiveBefore(c, i) ? 'agent' : 'other';
    }
  }
  if (at >= c.start && at < c.mainVerb) {
    // Bearer unless inside a prepositional phrase of the subject ("the needs of the child"),
    // also at the end of a list the preposition governs ("services to children, young people and families").
    for (let k = at - 1; k >= c.start && k >= at - LIST_REACH; k--) {
      const t = tokens[k]!;
      // "relies upon local agencies working together to …": the subject of a gerund of its own.
      if (words.prepositions.has(t.w)) return gerundSubject(c, at) ? 'bearer' : 'other';
      if (!words.fillers.has(t.w) && !listy(t)) break;
    }
    if (c.nearestOnly && !nearSubject(c, at)) return 'other';
    if (modifiesNoun(c, at) || objectOfVerb(c, at)) return 'other';
    return passiveSubject(c) ?? 'bearer';
  }
  return 'other';
}

/**
 * "with …" joins the decision only when it hangs on the decision's verb: not in
 * "any contact the pupil has had with the police", where the nearest verb is "had".
 */
function attachedToDecision(c: ClauseView, marker: number): boolean {
  const { tokens } = c;
  for (let k = marker - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (c.preds.some((p) => k >= p.from && k < p.to)) return true;
    if (inRole(c, k)) continue;
    // "should, with the police, decide": the marker stands before the verb it belongs to.
    if (modals.matchAt(tokens, k)) return true;
    // The verb a modal governs is the duty itself: "should set the date … with the social worker".
    // "professionals working with children": a participle right before "with" is its verb.
    // "for exceeding the time limit": a gerund inside a prepositional phrase is part of the object.
    if (t.pos === 'VERB' && t.w.endsWith('ing') && words.prepositions.has(tokens[k - 1]?.w ?? '') && k !== marker - 1) continue;
    // ", working with the DSL," set off as an aside joins whoever does the deciding.
    if (k === marker - 1 && t.w.endsWith('ing') && (k === 0 || tokens[k - 1]!.w === ',')) return true;
    // "how they will work together and with any relevant agencies": working with someone decides nothing.
    // But after a passive's agent, "defined by schools and colleges working with the DSL", the DSL decides with them
    // ("practitioners working with children should …" only says which practitioners).
    if (t.pos === 'VERB' && words.workVerbs.has(t.lemma)) return t.w.endsWith('ing') && agentList(c, k);
    if (t.pos === 'VERB' || (k === marker - 1 && t.w.endsWith('ing') && t.w.length > 5)) return tokens.slice(Math.max(0, k - 2), k).some((x) => x.w === 'to' || modals.matchAt([x], 0) !== undefined);
  }
  return true;
}

/**
 * The subject of "should be informed / consulted" is told or asked, not the one who
 * decides; the subject of any other passive ("staff should be offered support", "the
 * member of staff should be suspended") has it done to them. "Involved", "satisfied"
 * and the like read as passives but say what the subject does.
 */
function passiveSubject(c: ClauseView): Slot | undefined {
  const { tokens } = c;
  // "Practitioners should receive supervision": given something, not deciding.
  // (The clause's own verb, past "also continue to": not "benefit" in "decide which children would benefit".)
  for (let k = c.mainVerb + 1; k < tokens.length && k <= c.mainVerb + 5; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.w === 'continue') continue;
    if (words.receiveVerbs.has(t.w)) return 'other';
    break;
  }
  for (let k = c.mainVerb; k < tokens.length && k <= c.mainVerb + 4; k++) {
    const w = tokens[k]!.w;
    if (!BE.has(tokens[k - 1]?.w ?? '') && !(w === 'kept' || w === 'made')) continue;
    if (words.informVerbs.has(w) || w === 'aware' || w === 'copied' || w === 'sent') return 'informed';
    if (words.consultVerbs.has(w)) return 'consulted';
    // A participle after "be" is passive unless it opens a listed phrase of its own ("be involved in").
    if (tokens[k]!.pos === 'VERB' && isParticiple(w) && !words.activeParticiples.has(w) && !c.preds.some((p) => k >= p.from && k < p.to && !p.value.passive && p.to - p.from > 1)) return 'other';
    if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART' && !BE.has(w)) break;
  }
  return undefined;
}

/** A participle after "be" earlier in the clause, with no punctuation between: "referred to the designated officer at the local authority by …". */
function passiveBefore(c: ClauseView, by: number): boolean {
  const { tokens } = c;
  for (let k = by - 1; k > 0 && k >= by - PASSIVE_REACH; k--) {
    const w = tokens[k]!.w;
    if (inRole(c, k)) continue;
    if (PUNCT.has(w) && w !== '(' && w !== ')') return false;
    if (tokens[k]!.pos === 'VERB') return isParticiple(w) && BE.has(tokens[k - 1]!.w);
  }
  return false;
}

/** The role is followed by a gerund that is a decision or "working together": "agencies working together to identify …". */
function gerundSubject(c: ClauseView, at: number): boolean {
  if (!c.roles.some((r) => r.from === at)) return false;
  const end = roleEnd(c, at);
  const next = c.tokens[end];
  if (!next || !next.w.endsWith('ing') || next.pos !== 'VERB') return false;
  return (next.lemma === 'work' && c.tokens[end + 1]?.w === 'together') || c.preds.some((p) => p.from === end);
}

/**
 * A verb before the role in its clause makes it that verb's object ("need to work
 * together to identify the children …"), unless the verb hands it the decision:
 * "enable the social worker to visit", "brings together family members … to make decisions".
 */
function objectOfVerb(c: ClauseView, at: number): boolean {
  const { tokens } = c;
  let verb = -1;
  for (let k = c.start; k < at; k++) {
    const t = tokens[k]!;
    if (inRole(c, k)) continue;
    if ((t.pos === 'VERB' && !isParticiple(t.w) && !t.w.endsWith('ing')) || t.pos === 'AUX') verb = k;
  }
  if (verb < 0 || words.controlVerbs.has(tokens[verb]!.w)) return false;
  // A noun phrase between them closes the verb's own clause: "If an assessment exceeds 45 working days the social worker should …".
  // So does "that": "does not mean that safeguarding partners must …" makes them the subject of what follows.
  for (let k = verb + 1; k < at; k++) if ((['NOUN', 'PROPN', 'NUM'].includes(tokens[k]!.pos) && !inRole(c, k)) || tokens[k]!.w === 'that') return false;
  return true;
}

/**
 * A role after a noun of the subject and a preposition or participle belongs to that
 * noun, not to the clause: "any allegation of abuse made against a teacher …".
 */
function modifiesNoun(c: ClauseView, at: number): boolean {
  const { tokens } = c;
  // The subject's noun phrase ends at the clause's first verb ("The purpose of the plan is to enable the manager to …").
  if (tokens.slice(c.start, at).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !isParticiple(t.w) && !t.w.endsWith('ing')))) return false;
  let noun = false;
  for (let k = c.start; k < at; k++) {
    if (inRole(c, k)) return false;
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    else if (noun && (words.prepositions.has(t.w) || (t.pos === 'VERB' && (isParticiple(t.w) || (t.w.endsWith('ing') && t.w !== 'including'))))) return true;
  }
  return false;
}

/**
 * "is", "are" or "include" after the role's name, past an aside or a short phrase
 * with no verb: "The role of the Virtual School Head for previously looked-after children is to …".
 */
function copulaAfter(c: ClauseView, at: number): boolean {
  const start = roleEnd(c, at);
  for (let k = start; k < c.tokens.length && k < start + 8; k++) {
    const t = c.tokens[k]!;
    if (['is', 'are', 'include', 'includes', 'will', 'should', 'must'].includes(t.w)) return true;
    if ((t.pos === 'VERB' && !t.w.includes('-')) || t.pos === 'AUX' || t.w === ',' || t.w === ';') return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'that']);

/** A finite decision verb right after the role's name: "who the local authority considers necessary". */
function finiteAfter(c: ClauseView, at: number): boolean {
  const k = roleEnd(c, at);
  const t = c.tokens[k];
  return t !== undefined && t.pos === 'VERB' && !t.w.endsWith('ing') && c.preds.some((p) => p.from === k);
}

/** The word before a phrase, past "the", "a" and "an". */
function skipDeterminers(tokens: readonly TaggedToken[], at: number): number {
  let k = at - 1;
  while (k >= 0 && ['the', 'a', 'an'].includes(tokens[k]!.w)) k--;
  return k;
}

function skipBack(tokens: readonly TaggedToken[], at: number): number {
  let k = at;
  while (k > 0 && words.fillers.has(tokens[k - 1]!.w)) k--;
  return k;
}

/** Only role words, joiners and fillers stand between this mention and the verb. */
function nearSubject(c: ClauseView, at: number): boolean {
  // The mention itself may be a role's name or a word standing for one ("they", "the post holder").
  const start = words.anaphors.matchAt(c.tokens, at)?.to ?? at;
  for (let k = start; k < c.mainVerb; k++) {
    if (inRole(c, k)) continue;
    if (words.joiners.has(c.tokens[k]!.w) || words.fillers.has(c.tokens[k]!.w)) continue;
    return false;
  }
  return true;
}

/** A list of roles right before this word that follows "by": "by individual schools and colleges". */
function agentList(c: ClauseView, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (inRole(c, k) || words.joiners.has(c.tokens[k]!.w) || words.fillers.has(c.tokens[k]!.w) || c.tokens[k]!.pos === 'ADJ')) k--;
  return c.tokens[k]?.w === 'by' && c.roles.some((r) => r.to === at);
}

/** Two roles of one list: only joiners between them, or a conjunction and a few modifiers ("and the referring GP"); asides skipped. */
export function joined(tokens: readonly TaggedToken[], from: number, to: number, skip: Uint8Array): boolean {
  const between: TaggedToken[] = [];
  for (let i = from; i < to; i++) if (skip[i] !== 1) between.push(tokens[i]!);
  if (between.length > 4) return false;
  if (between.every((t) => words.joiners.has(t.w))) return true;
  if (!['and', 'or', ','].includes(between[0]?.w ?? '')) return false;
  // Modifiers only: not ", having informed the DSL".
  return between.slice(1).every((t) => !words.prepositions.has(t.w) && !words.stops.has(t.w) && !PUNCT.has(t.w) && t.pos !== 'VERB' && t.pos !== 'AUX');
}
