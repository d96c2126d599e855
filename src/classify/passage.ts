// Rewritten passages are compared as passages. When a new edition recasts a
// paragraph — splits a sentence, turns a list into prose, moves a clause into the
// next sentence — a role can leave one sentence and take the same part in another.
// A role event found in a pair of sentences stands only if no sentence of the aligned
// passage on the other side gives that role a part in the same (or a clearly
// similar) decision. The passage is the section the change is in and the sections
// aligned with it.
import type { Change, RoleEvent, TableCell } from '../types.js';
import { frameOf } from './table.js';
import { participates, type Frame, type RoleMention } from './frames.js';
import { words } from './words.js';
import type { RoleLexicon } from './lexicon.js';
import { tokenize } from './tokens.js';
import { decisionIn, sameVerb, similarDecisions } from './decision-match.js';

/** How many sentences back "they" may look for the role it stands for. */
const ANTECEDENT_REACH = 3;

/** The roles a sentence names, and whether it has a word that may stand for one ("they"). */
interface Named {
  roles: Set<string>;
  anaphor: boolean;
}

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
  /** Every sentence of these sections on one side (to be read, not changed: the list may be cached). */
  sentences(side: SideName, paths: string[][]): readonly PassageSentence[];
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

  /**
   * A takeover across the passage: a role added as the one who decides D removes from D
   * any role that decided it somewhere in the old passage and decides it nowhere in the
   * new one ("A lead practitioner should undertake the assessment, …" → "The assessment
   * should be undertaken by a social worker. A lead practitioner should provide help …").
   */
  takenOver(change: Pick<Change, 'old' | 'new'>, added: RoleEvent): RoleEvent[] {
    if (added.change !== 'added' || !added.decision || (added.slot !== 'bearer' && added.slot !== 'agent') || !change.new) return [];
    const paths = unique(this.passages.counterparts('new', change.new.section));
    const out: RoleEvent[] = [];
    for (const s of this.passages.sentences('old', paths)) {
      // A sentence that names no role has no mentions: its grammar need not be read.
      if (!this.rolesNamed(s).roles.size) continue;
      for (const m of this.frameOf(s).mentions) {
        const role = this.renames.get(m.role) ?? m.role;
        if (role === added.role || (m.slot !== 'bearer' && m.slot !== 'agent') || out.some((e) => e.role === role)) continue;
        const d = (m.decisions ?? [m.decision]).find((x) => x && similarDecisions(x, added.decision!));
        if (!d) continue;
        const removed: RoleEvent = { role, change: 'removed', slot: m.slot, decision: d, trigger: m.text };
        if (!this.heldElsewhere({ old: { ...change.new, section: paths[0] ?? change.new.section }, new: change.new }, removed)) out.push(removed);
      }
    }
    return out;
  }

  private heldElsewhere(change: Pick<Change, 'old' | 'new'>, e: RoleEvent): boolean {
    const other: SideName = e.change === 'removed' ? 'new' : 'old';
    const own = e.change === 'removed' ? change.old : change.new;
    const there = other === 'new' ? change.new : change.old;
    const paths = [...(there ? [there.section] : []), ...(own ? this.passages.counterparts(other === 'new' ? 'old' : 'new', own.section) : [])];
    if (!paths.length) return false;
    const sentences = this.passages.sentences(other, unique(paths));
    const same = (role: string) => role === e.role || (other === 'old' && this.renames.get(role) === e.role);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      // Reading a sentence's grammar costs far more than finding its role words: only a
      // sentence that names the role, or stands for a role with "they" or "the post holder", is read.
      const named = this.rolesNamed(s);
      // "They" can stand for the role only if it was named shortly before (or in the list's lead-in).
      const nearby = () => [s.lead ?? '', ...sentences.slice(Math.max(0, i - ANTECEDENT_REACH - 1), i).map((x) => x.text)].some((t) => [...this.namedIn(t).roles].some(same));
      if (![...named.roles].some(same) && !(named.anaphor && nearby())) continue;
      const frame = this.frameOf(s);
      const parts = [...frame.mentions.filter((m) => same(m.role)), ...frame.anaphors.filter((a) => same(this.antecedent(sentences, i, frame, a)))];
      // Within one passage the same verb is the same decision, however its object was recast
      // ("appoint an appropriate senior member of staff … to the role of DSL" → "appoint the DSL").
      const similar = (m: RoleMention) => (m.decisions ?? [m.decision]).some((d) => similarDecisions(d, e.decision) || sameVerb(d, e.decision));
      if (parts.some((m) => (participates(m.slot) && similar(m)) || ((participates(m.slot) || m.subject) && decisionIn(e.decision, m.clause ?? '')))) return true;
    }
    return false;
  }

  /**
   * The role "they" or "the post holder" stands for. A pronoun ("they", "them") takes
   * the subject before it, in its own sentence or the one before (before the list's
   * lead-in, when it stands in one); a noun ("the post holder", "this person") the role
   * named last before it, as in "appoint a designated safeguarding lead; the post holder …".
   */
  private antecedent(sentences: readonly PassageSentence[], i: number, frame: Frame, a: RoleMention): string {
    const pronoun = !a.text.includes(' ');
    const pick = (ms: readonly RoleMention[]) => {
      const named = ms.filter((m) => !/['’]s?$/.test(m.text) && !(m.inPhrase && !participates(m.slot)));
      const subject = named.find((m) => m.subject);
      return pronoun && subject ? subject.role : named[named.length - 1]?.role;
    };
    const here = pick(frame.mentions.filter((m) => m.token < a.token));
    if (here) return here;
    const s = sentences[i]!;
    let j = i - 1;
    if (s.lead) while (j >= 0 && sentences[j]!.text !== s.lead) j--;
    if (s.lead && j >= 0) j--;
    for (; j >= 0 && j >= i - ANTECEDENT_REACH; j--) {
      const t = sentences[j]!;
      if (!this.namedIn(t.text).roles.size) continue;
      const found = pick(this.frameOf({ text: t.text }).mentions);
      if (found) return found;
    }
    return '';
  }

  private readonly named = new Map<string, Named>();
  // The passage's own sentence objects are asked about again and again: found by identity, their text is not joined each time.
  private readonly namedBySentence = new WeakMap<PassageSentence, Named>();
  private rolesNamed(s: PassageSentence): Named {
    let found = this.namedBySentence.get(s);
    if (found) return found;
    found = this.namedIn([s.lead, s.text, s.follow].filter((x) => x).join(' '));
    this.namedBySentence.set(s, found);
    return found;
  }

  private namedIn(text: string): Named {
    let found = this.named.get(text);
    if (!found) {
      const tokens = tokenize(text);
      found = { roles: new Set(this.lexicon.matcher.findAll(tokens).map((m) => m.value)), anaphor: words.anaphors.findAll(tokens).length > 0 };
      this.named.set(text, found);
    }
    return found;
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
