// Terminology renames are found from the aligned pairs themselves, not from a
// list: a one- or two-word replacement seen in at least MIN_OCCURRENCES different
// changes ("professionals" → "practitioners" across the 2018 edition) is a
// rename applied across the document, reported once rather than everywhere.
import type { Op, TerminologyRename } from '../types.js';
import { editorialKey } from '../diff/editorial.js';
import { wordOps } from '../diff/words.js';
import { mayNameTime } from './timescale.js';

const MIN_OCCURRENCES = 3;
const MAX_WORDS = 2;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'any', 'all', 'their', 'other', 'and', 'or', 'of', 'to', 'his', 'her', 'its', 'this', 'that', 'these', 'those']);
// Duties and time limits are never renamed: "must" → "should" made throughout is a
// weakened duty in every sentence it touches, and "10" → "15" (working days) a
// changed time limit, however often it recurs. Such replacements are no terminology.
const DUTY_WORDS = new Set(['must', 'shall', 'should', 'ought', 'may', 'might', 'can', 'cannot', 'could', 'will', 'would', 'need', 'required', 'expected', 'encouraged', 'duty', 'not', 'never']);

export interface Hunk {
  deleted: string;
  inserted: string;
}

/** Runs of deletions and insertions between unchanged text. */
export function hunks(ops: readonly Op[]): Hunk[] {
  const out: Hunk[] = [];
  let cur: Hunk | null = null;
  for (const o of ops) {
    if (o.op === 'equal') {
      if (cur && o.text.trim() === '') continue;
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { deleted: '', inserted: '' };
    if (o.op === 'delete') cur.deleted += ` ${o.text}`;
    else cur.inserted += ` ${o.text}`;
  }
  if (cur) out.push(cur);
  return out;
}

/** A hunk with its replacement key (`replacementKey`). */
export interface KeyedHunk extends Hunk {
  key: string | null;
}

/** The hunks of these ops, each with its replacement key: classify reads both three times for each pair. */
export function keyedHunks(ops: readonly Op[]): KeyedHunk[] {
  return hunks(ops).map((h) => ({ ...h, key: replacementKey(h) }));
}

function lemma(word: string): string {
  const w = word.replace(/'s$/, '');
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/[^s]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** "professional → practitioner" for a hunk that replaces one term by another, else null. */
export function replacementKey(h: Hunk): string | null {
  const d = (h.deleted.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  const i = (h.inserted.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  // Lemma sets computed once: the former per-word `i.map(lemma).includes(w)` was
  // quadratic and hung on a changed megabyte-long sentence (one hunk of 100k words).
  const dLemmas = d.map(lemma);
  const iLemmas = i.map(lemma);
  const dSet = new Set(dLemmas);
  const iSet = new Set(iLemmas);
  const dl = dLemmas.filter((w) => !iSet.has(w));
  const il = iLemmas.filter((w) => !dSet.has(w));
  if (!dl.length || !il.length || dl.length > MAX_WORDS || il.length > MAX_WORDS) return null;
  const from = dl.join(' ');
  const to = il.join(' ');
  if (editorialKey(from) === editorialKey(to)) return null;
  if ([...dl, ...il].some((w) => DUTY_WORDS.has(w)) || mayNameTime(`${from} ${to}`)) return null;
  return `${from}\u0000${to}`;
}

export function detectTerminology(changes: readonly { pairs: { old: string | null; new: string | null; ops: Op[] }[] }[]): TerminologyRename[] {
  const counts = new Map<string, number>();
  for (const c of changes) {
    const keys = new Set<string>();
    for (const p of c.pairs) {
      if (p.old === null || p.new === null) continue;
      for (const h of keyedHunks(p.ops)) if (h.key) keys.add(h.key);
    }
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: TerminologyRename[] = [];
  for (const [k, count] of counts) {
    if (count < MIN_OCCURRENCES) continue;
    const [from, to] = k.split('\u0000') as [string, string];
    out.push({ from, to, count });
  }
  return out.sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
}

/** Is every hunk of this pair editorial, a known rename, or function words only? */
export function explainedByTerminology(ops: readonly Op[], renames: ReadonlySet<string>): { explained: boolean; used: string[] } {
  return explainedByHunks(keyedHunks(ops), renames);
}

/** `explainedByTerminology` for hunks already keyed. */
export function explainedByHunks(hs: readonly KeyedHunk[], renames: ReadonlySet<string>): { explained: boolean; used: string[] } {
  const used = new Set<string>();
  for (const h of hs) {
    if (editorialKey(h.deleted) === editorialKey(h.inserted)) continue;
    const k = h.key;
    if (k && renames.has(k)) {
      used.add(k);
      continue;
    }
    return { explained: false, used: [] };
  }
  return { explained: used.size > 0, used: [...used] };
}

/** Renames found among plain (old, new) sentence pairs. */
export function renamesFromPairs(pairs: [string, string][]): TerminologyRename[] {
  return detectTerminology(pairs.filter(([o, n]) => o !== n).map(([o, n]) => ({ pairs: [{ old: o, new: n, ops: wordOps(o, n) }] })));
}
