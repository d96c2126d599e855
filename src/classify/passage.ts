// Rewritten passages are compared as passages. When a new edition recasts a
// paragraph — splits a sentence, turns a list into prose, moves a clause into the
// next sentence — a role can leave one sentence and take the same part in another.
// A role event found in a pair of sentences stands only if no sentence of the aligned
// passage on the other side gives that role a part in the same (or a clearly
// similar) decision. The passage is the section the change is in and the sections
// aligned with it.
import type { Change, RoleEvent } from '../types.js';
import type { TableCell } from './table.js';
import { frameOf } from './table.js';
import { participates, type Frame } from './frames.js';
import type { RoleLexicon } from './lexicon.js';
import { tokenize } from './tokens.js';

export type SideName = 'old' | 'new';

/** One sentence of a passage, with what the classifier reads along with it. */
export interface PassageSentence {
  text: string;
  cell?: TableCell;
  lead?: string;
  follow?: string;
}

/** The sections of both documents, and which are aligned with which. */
export interface Passages {
  /** Every sentence of these sections on one side. */
  sentences(side: SideName, paths: string[][]): PassageSentence[];
  /** The sections on the other side aligned with this one. */
  counterparts(side: SideName, path: string[]): string[][];
}

export class PassageFilter {
  private readonly frames = new Map<string, Frame>();

  constructor(
    private readonly passages: Passages,
    private readonly lexicon: RoleLexicon,
    /** Document-wide role renames, old id → new id. */
    private readonly renames: ReadonlyMap<string, string>,
  ) {}

  /** The events of a change that no other sentence of the passage undoes. */
  keep(change: Pick<Change, 'old' | 'new'>, events: RoleEvent[]): RoleEvent[] {
    return events.filter((e) => !this.heldElsewhere(change, e));
  }

  private heldElsewhere(change: Pick<Change, 'old' | 'new'>, e: RoleEvent): boolean {
    const other: SideName = e.change === 'removed' ? 'new' : 'old';
    const own = e.change === 'removed' ? change.old : change.new;
    const there = other === 'new' ? change.new : change.old;
    const paths = [...(there ? [there.section] : []), ...(own ? this.passages.counterparts(other === 'new' ? 'old' : 'new', own.section) : [])];
    if (!paths.length) return false;
    for (const s of this.passages.sentences(other, unique(paths))) {
      // Reading a sentence's grammar costs far more than finding its role words: only a
      // sentence that names the role at all is read.
      const named = this.rolesNamed(s);
      if (!named.has(e.role) && ![...named].some((r) => this.renames.get(r) === e.role)) continue;
      for (const m of this.frameOf(s).mentions) {
        if (!participates(m.slot)) continue;
        const role = other === 'old' ? (this.renames.get(m.role) ?? m.role) : m.role;
        if ((role === e.role || m.role === e.role) && similarDecisions(m.decision, e.decision)) return true;
      }
    }
    return false;
  }

  private readonly named = new Map<string, Set<string>>();
  private rolesNamed(s: PassageSentence): Set<string> {
    const text = [s.lead, s.text, s.follow].filter((x) => x).join(' ');
    let roles = this.named.get(text);
    if (!roles) {
      roles = new Set(this.lexicon.matcher.findAll(tokenize(text)).map((m) => m.value));
      this.named.set(text, roles);
    }
    return roles;
  }

  private frameOf(s: PassageSentence): Frame {
    const key = `${s.lead ?? ''}\u0000${s.follow ?? ''}\u0000${s.cell ? s.cell.cells.join('\u0001') + s.cell.index : ''}\u0000${s.text}`;
    let f = this.frames.get(key);
    if (!f) {
      f = frameOf(s.text, s.cell, this.lexicon, s.lead, s.follow);
      this.frames.set(key, f);
    }
    return f;
  }
}

function unique(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const k = p.join('\u001f');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'on', 'in', 'and', 'or', 'any', 'all', 'their', 'its', 'whether', 'this', 'that', 'these', 'those', 'be', 'is', 'are', 'it', 'them', 'they', 'each', 'about', 'at', 'as']);

/** "agreed" and "agree", "plans" and "plan": close enough to compare decisions. */
function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s|e)$/, '');
}

/**
 * Two decisions are the same or clearly similar when their predicates agree and
 * their objects share a content word (or one of them names none), or when their
 * objects share two content words whatever the verb ("approve the closure of the
 * case" and "the case is closed with the approval of").
 */
export function similarDecisions(a: string, b: string): boolean {
  if (!a || !b) return true;
  const wa = tokenize(a).map((t) => t.w).filter((w) => /\p{L}/u.test(w));
  const wb = tokenize(b).map((t) => t.w).filter((w) => /\p{L}/u.test(w));
  const content = (ws: string[]) => new Set(ws.slice(1).filter((w) => !FUNCTION_WORDS.has(w)).map(stem));
  const [ca, cb] = [content(wa), content(wb)];
  const shared = [...ca].filter((w) => cb.has(w)).length;
  const sameVerb = stem(wa[0] ?? '') === stem(wb[0] ?? '');
  if (sameVerb && (shared > 0 || !ca.size || !cb.size)) return true;
  return shared >= 2;
}
