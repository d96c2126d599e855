// Clause structure of one sentence, read from its tokens and their parts of speech:
// coordinated clauses ("…, and the manager should record it"), subordinate clauses
// with a subject and decision of their own ("Unless the team manager decides
// otherwise, …"), asides inside lists of roles, and examples ("(for example youth
// services)"), whose roles take part in nothing.
import type { TaggedToken } from './grammar.js';
import { markers, modals, predicateLemmas, predicates, words } from './words.js';

const DASHES = new Set(['-', '–', '—']);

export interface ClauseSpan {
  from: number;
  to: number;
  /** Opens with a subordinating conjunction: its subject comes right after it. */
  subordinate: boolean;
}

/**
 * Clause spans: split at ";", at ", and/but/or …" when a modal follows, around an
 * opening subordinate clause ("Once the chair has approved the plan, …") and before
 * a later one (", unless the manager agrees otherwise").
 */
export function clauses(tokens: readonly TaggedToken[]): ClauseSpan[] {
  const cuts = new Set<number>();
  const hasVerb = (from: number, to: number) => modals.findAll(tokens.slice(from, to)).length > 0 || predicates.findAll(tokens.slice(from, to)).length > 0;
  // A subordinate clause with a subject and a decision of its own; "after seeking advice" has no subject.
  const ownClause = (from: number, to: number) => tokens[from]?.pos !== 'VERB' && tokens.slice(from, to).some((t) => t.pos === 'VERB' && predicateLike(t)) && hasVerb(from, to);
  const hasAnyVerb = (from: number, to: number) => tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    // A semicolon between two clauses that each have a verb always ends one.
    // "Looking after the welfare of the child – the DSL is responsible for …": a heading-like lead before a dash.
    if (DASHES.has(w) && i > 0 && !modals.findAll(tokens.slice(last, i)).length && (modals.findAll(tokens.slice(i + 1)).length || predicates.findAll(tokens.slice(i + 1)).length)) {
      cuts.add(i + 1);
      last = i + 1;
      continue;
    }
    // "; act as a leadership group" goes on with the same subject: no new clause.
    if (w === ';' && hasAnyVerb(last, i) && hasAnyVerb(i + 1, tokens.length) && !(tokens[i + 1]?.pos === 'VERB' || ['and', 'or'].includes(tokens[i + 1]?.w ?? '') && tokens[i + 2]?.pos === 'VERB')) {
      cuts.add(i + 1);
      last = i + 1;
      continue;
    }
    const split = w === ';' || (w === ',' && words.coordinators.has(tokens[i + 1]?.w ?? ''));
    // Only between two clauses that each have a verb: "A, B, and C should attend" is one subject.
    if (split && modals.findAll(tokens.slice(i + 1)).length && (modals.findAll(tokens.slice(last, i)).length || predicates.findAll(tokens.slice(last, i)).length)) {
      cuts.add(i + 1);
      last = i + 1;
    }
  }
  const subordinateAt = new Set<number>();
  const starts = [0, ...[...cuts].sort((a, b) => a - b)];
  for (const s of starts) {
    if (!words.clauseSubordinators.has(tokens[s]?.w ?? '')) continue;
    const comma = tokens.findIndex((t, k) => k > s && t.w === ',');
    if (comma > s + 2 && ownClause(s + 1, comma)) {
      subordinateAt.add(s);
      cuts.add(comma + 1);
    }
  }
  // A later subordinate clause: ", unless the team manager agrees", "once the chair has approved it".
  for (let i = 1; i < tokens.length; i++) {
    if (!words.clauseSubordinators.has(tokens[i]!.w) || tokens[i - 1]!.w !== ',') continue;
    let end = tokens.findIndex((t, k) => k > i && (t.w === ',' || t.w === ';'));
    if (end < 0) end = tokens.length;
    if (ownClause(i + 1, end)) {
      cuts.add(i);
      subordinateAt.add(i);
      if (end < tokens.length) cuts.add(end + 1);
    }
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < tokens.length).sort((a, b) => a - b);
  const spans: ClauseSpan[] = [];
  let from = 0;
  for (const c of [...sorted, tokens.length]) {
    if (c > from) spans.push({ from, to: c, subordinate: subordinateAt.has(from) });
    from = c;
  }
  return spans;
}

/** A verb token that a decision predicate matches as written or by lemma. */
function predicateLike(t: TaggedToken): boolean {
  return predicateLemmas.has(t.lemma) || predicates.matchAt([t], 0) !== undefined;
}

/** Longest aside set off by commas after "and"/"or" inside a list of roles. */
const ASIDE_WORDS = 8;

/**
 * Asides inside lists: ", where appropriate," or ", if the child is looked after," just
 * after "and"/"or". Marks each token of one (commas included) with 1, so that the roles
 * either side of it are still one list and a role inside it is in no slot.
 */
export function asides(tokens: readonly TaggedToken[]): Uint8Array {
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
    // ", jointly with the partners," is no aside: it names who decides with them.
    if (end < 0 || markers.matchAt(tokens, i + 2) !== undefined) continue;
    out.fill(1, i + 1, end + 1);
    i = end;
  }
  // A bracket is an aside too: "local authority children's social care (including the
  // fostering service, if the child is looked after), the police …". A bracket that only
  // repeats a name ("lead safeguarding partners (LSPs)") is read the same way.
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.w === '(') open = i;
    else if (tokens[i]!.w === ')' && open >= 0) {
      if (open > 0) out.fill(1, open, i + 1);
      open = -1;
    }
  }
  return out;
}

/**
 * Examples: from "for example", "such as", "including" … to the end of the bracket
 * they stand in, or else to the next verb or clause boundary. Marks each token with 1.
 */
export function examples(tokens: readonly TaggedToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    if (w === '(') open = i;
    if (w === ')') open = -1;
    const m = words.examples.matchAt(tokens, i);
    if (!m) continue;
    let end = m.to;
    if (tokens[end]?.w === '.') end++;
    while (end < tokens.length) {
      const t = tokens[end]!;
      if (open >= 0 ? t.w === ')' : t.w === ';' || t.w === '.' || t.w === ':' || (t.pos === 'VERB' || t.pos === 'AUX') || modals.matchAt(tokens, end)) break;
      end++;
    }
    out.fill(1, i, end);
    i = end - 1;
  }
  return out;
}

