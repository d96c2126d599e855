// History across editions: each passage (sentence) followed through every version
// by chaining the pairwise alignments, with the events between versions tagged
// as `compare` tags them.
import { createHash } from 'node:crypto';
import type { History, HistoryEvent, ParsedDocument, Passage, Sentence, SentenceAt } from '../types.js';
import { allSentences } from '../parse/sentences.js';
import { mapSentences } from '../align/sentence-mapping.js';
import { analyseSentence, participates } from '../classify/frames.js';
import { classifyPair, classifySide } from '../classify/index.js';
import { defaultRoles, type RoleLexicon } from '../classify/lexicon.js';
import { renamesFromPairs } from '../classify/terminology.js';
import { matchKey, words } from '../text/normalise.js';
import { bagOf, dice } from '../text/similarity.js';




export interface HistoryOptions {
  labels: string[];
  paths?: string[];
  /**
   * The versions are excerpts (as in guidance/): a passage missing from a version
   * is "not quoted there", not "removed", and later changes compare with the last
   * version that has it.
   */
  excerpts?: boolean;
  roles?: RoleLexicon;
}

const REVIVE_SIMILARITY = 0.6;

interface Working {
  p: Passage;
  last: string;
  lastKey: string;
  firstVersion: number;
}

export function buildHistory(docs: ParsedDocument[], options: HistoryOptions): History {
  const lexicon = options.roles ?? defaultRoles();
  const n = docs.length;
  const all: Working[] = [];
  const start = (s: SentenceAt, version: number): Working => {
    const w: Working = { p: { id: '', section: s.section.path, texts: new Array<string | null>(n).fill(null), events: [], presence: {} }, last: s.sentence.text, lastKey: s.sentence.key, firstVersion: version };
    w.p.texts[version] = s.sentence.text;
    all.push(w);
    return w;
  };
  let current = new Map<Sentence, Working>();
  for (const s of allSentences(docs[0]!)) current.set(s.sentence, start(s, 0));

  for (let k = 1; k < n; k++) {
    const mapping = mapSentences(docs[k - 1]!, docs[k]!);
    const next = new Map<Sentence, Working>();
    const steps: { w: Working; s: SentenceAt; returning: boolean }[] = [];
    for (const [o, nw] of mapping.pairs) {
      const w = current.get(o.sentence);
      if (w) steps.push({ w, s: nw, returning: false });
    }
    for (const o of mapping.removed) {
      const w = current.get(o.sentence);
      if (w && !options.excerpts) w.p.events.push(sideEvent(w.last, 'removed', k, lexicon));
    }
    // Added sentences: a passage absent from the previous version may come back.
    const live = new Set(current.values());
    const dormant = all.filter((w) => !live.has(w) && w.p.texts[k - 1] === null && w.firstVersion < k);
    const fresh: SentenceAt[] = [];
    for (const a of mapping.added) {
      const revived = bestDormant(a, dormant);
      if (revived) {
        dormant.splice(dormant.indexOf(revived), 1);
        steps.push({ w: revived, s: a, returning: !options.excerpts });
      } else fresh.push(a);
    }
    // Renames of this step, found from all its changed pairs as `compare` finds them.
    const renames = renamesFromPairs(steps.map(({ w, s }) => [w.last, s.sentence.text])).map((t): [string, string] => [t.from, t.to]);
    for (const { w, s, returning } of steps) advance(w, s, k, renames, lexicon, next, returning);
    for (const a of fresh) {
      const w = start(a, k);
      w.p.events.push(sideEvent(a.sentence.text, 'added', k, lexicon));
      next.set(a.sentence, w);
    }
    current = next;
  }

  const passages = all.map((w) => finish(w.p, lexicon));
  const versions = options.labels.map((label, i) => (options.paths?.[i] !== undefined ? { label, path: options.paths[i]! } : { label }));
  return options.excerpts ? { versions, passages, excerpts: true } : { versions, passages };
}

function advance(w: Working, s: SentenceAt, k: number, renames: [string, string][], lexicon: RoleLexicon, next: Map<Sentence, Working>, returning = false): void {
  w.p.texts[k] = s.sentence.text;
  w.p.section = s.section.path;
  if (s.sentence.text !== w.last) {
    const c = classifyPair(w.last, s.sentence.text, { renames, roles: lexicon });
    const ev: HistoryEvent = { version: k, tags: returning ? ['added', ...c.tags] : c.tags, roles: c.roles };
    const decisions = [...new Set(c.roleEvents.map((e) => e.decision).filter(Boolean))];
    if (decisions.length) ev.decisions = decisions;
    w.p.events.push(ev);
  } else if (returning) {
    w.p.events.push({ version: k, tags: ['added'], roles: { removed: [], added: [] } });
  }
  w.last = s.sentence.text;
  w.lastKey = s.sentence.key;
  next.set(s.sentence, w);
}

function sideEvent(text: string, kind: 'added' | 'removed', k: number, lexicon: RoleLexicon): HistoryEvent {
  const c = classifySide(text, kind, { roles: lexicon });
  const ev: HistoryEvent = { version: k, tags: c.tags, roles: c.roles };
  const decisions = [...new Set(c.roleEvents.map((e) => e.decision).filter(Boolean))];
  if (decisions.length) ev.decisions = decisions;
  return ev;
}

function bestDormant(a: SentenceAt, dormant: Working[]): Working | undefined {
  const exact = dormant.find((w) => w.lastKey === a.sentence.key);
  if (exact) return exact;
  const bag = bagOf(words(a.sentence.text));
  let best: Working | undefined;
  let bestScore = REVIVE_SIMILARITY;
  for (const w of dormant) {
    const s = dice(bagOf(words(w.last)), bag);
    if (s >= bestScore) {
      best = w;
      bestScore = s;
    }
  }
  return best;
}

function finish(p: Passage, lexicon: RoleLexicon): Passage {
  const changing = new Set(p.events.flatMap((e) => [...e.roles.removed, ...e.roles.added]));
  for (const role of changing) {
    p.presence[role] = p.texts.map((t) => {
      if (t === null) return null;
      return analyseSentence(t, lexicon).mentions.some((m) => m.role === role && participates(m.slot));
    });
  }
  const first = p.texts.find((t) => t !== null) ?? '';
  p.id = `wt-${createHash('sha256').update(`${p.section.join('\u001f')}\u001e${matchKey(first)}\u001e${p.texts.findIndex((t) => t !== null)}`).digest('hex').slice(0, 12)}`;
  return p;
}
