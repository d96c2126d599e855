// Whether two decisions, said in words, are the same or clearly similar decision, and
// whether a decision is named inside a clause: how a rewritten passage is compared with
// the other side (passage.ts) and a role's events with each other (roles.ts).
import { tokenize } from './tokens.js';
import { words } from './words.js';

// Decisions and clauses are compared many times over within one passage: their words, and
// the stems the comparisons read, are worked out once per text.
interface DecisionStems {
  /** The decision's words. */
  words: string[];
  /** The stem of its first word (or "" when it has none). */
  verb: string;
  /** The stems of its content words after the first, each once, in order. */
  content: string[];
  /** The stems of all its words, made when first asked for (only clauses are asked). */
  all?: Set<string>;
}
const stemsMemo = new Map<string, DecisionStems>();
const MEMO_LIMIT = 20_000;

function decisionStems(text: string): DecisionStems {
  let out = stemsMemo.get(text);
  if (!out) {
    const words = readDecisionWords(text);
    const content = [...new Set(words.slice(1).filter((w) => !FUNCTION_WORDS.has(w)).map(stem))];
    out = { words, verb: stem(words[0] ?? ''), content };
    if (stemsMemo.size >= MEMO_LIMIT) stemsMemo.clear();
    stemsMemo.set(text, out);
  }
  return out;
}

/** The words of a decision, with phrases that name the same decision made one ("make sure" → "ensure"). */
function readDecisionWords(text: string): string[] {
  let t = ` ${tokenize(text).map((x) => x.w).filter((w) => /\p{L}/u.test(w)).join(' ')} `;
  for (const [from, to] of words.sameDecision) t = t.split(` ${from} `).join(` ${to} `);
  const out = t.trim().split(' ').filter((w) => w);
  // "is responsible for notifying events" names the decision "notifying events".
  let k = 0;
  while (k < out.length - 1 && RESPONSIBLE.has(out[k]!)) k++;
  return out.slice(out[k - 1] === 'for' || out[k - 1] === 'to' ? k : 0);
}

const RESPONSIBLE = new Set(['is', 'are', 'be', 'jointly', 'responsible', 'accountable', 'and', 'for', 'has', 'have', 'a', 'duty', 'the', 'to']);

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'on', 'in', 'and', 'or', 'any', 'all', 'their', 'its', 'whether', 'this', 'that', 'these', 'those', 'be', 'is', 'are', 'it', 'them', 'they', 'each', 'about', 'at', 'as']);

/** "agreed" and "agree", "plans" and "plan": close enough to compare decisions. */
function stem(w: string): string {
  // "referring" and "refer", "taken" and "take".
  return w.replace(/(?<=k)en$/, 'e').replace(/(?:ing|ed|es|s|e)$/, '').replace(/([bdglmnprt])\1$/, '$1');
}

/**
 * A decision named inside a clause of the other passage: its verb there (as any form)
 * and one of its content words, or two of its content words whatever the verb —
 * "agreeing" in "They set the direction, which includes agreeing shared priorities".
 */
export function decisionIn(decision: string, clause: string): boolean {
  if (!decision) return true;
  const d = decisionStems(decision);
  const c = decisionStems(clause);
  const have = (c.all ??= new Set(c.words.map(stem)));
  const shared = d.content.filter((w) => have.has(w)).length;
  if (have.has(d.verb) && (shared > 0 || !d.content.length)) return true;
  return shared >= 2;
}

/** Both decisions have words and start with the same verb. */
export function sameVerb(a: string, b: string): boolean {
  const [da, db] = [decisionStems(a), decisionStems(b)];
  return da.words.length > 0 && db.words.length > 0 && da.verb === db.verb;
}

/**
 * Two decisions are the same or clearly similar when their predicates agree and
 * their objects share a content word (or one of them names none), or when their
 * objects share two content words whatever the verb ("approve the closure of the
 * case" and "the case is closed with the approval of").
 */
export function similarDecisions(a: string, b: string): boolean {
  if (!a || !b) return true;
  const [da, db] = [decisionStems(a), decisionStems(b)];
  const shared = da.content.filter((w) => db.content.includes(w)).length;
  if (da.verb === db.verb && (shared > 0 || !da.content.length || !db.content.length)) return true;
  return shared >= 2;
}
