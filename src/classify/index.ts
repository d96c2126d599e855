// Classification: a document-wide pass finds terminology renames, then each
// change gets its role, duty and timescale tags from the frames of its pairs.
import type { Change, DraftChange, Op, RoleEvent, TableCell, TerminologyRename } from '../types.js';
import { sortTags } from '../tags.js';
import type { Frame } from './frames.js';
import { frameOf } from './table.js';
import { defaultRoles, type RoleLexicon } from './lexicon.js';
import { compareRoles } from './roles.js';
import { compareDuty } from './duty.js';
import { compareTimescales } from './timescale.js';
import { detectTerminology, explainedByHunks, keyedHunks, replacementKey } from './terminology.js';
import { wordOps } from '../diff/words.js';
import { editorialKey, isEditorialOnly } from '../diff/editorial.js';
import { tokenize } from './tokens.js';
import { PassageFilter, type Passages } from './passage.js';
import { definedAcronyms, withDefinitions } from './definitions.js';

export interface ClassifyOptions {
  roles?: RoleLexicon;
  /** Both documents' sections, so rewritten passages are compared as passages (passage.ts). */
  passages?: Passages;
  /** The documents' text, read for the acronyms they define ("lead safeguarding partners (LSPs)"). */
  definitions?: string;
  /** Renames known to hold throughout, as [old term, new term], besides those found. */
  renames?: [string, string][];
}

export interface Classified {
  changes: Change[];
  terminology: TerminologyRename[];
}

export function classify(drafts: DraftChange[], options: ClassifyOptions = {}): Classified {
  const base = options.roles ?? defaultRoles();
  const lexicon = options.definitions ? withDefinitions(base, definedAcronyms(options.definitions, base)) : base;
  const terminology = detectTerminology(drafts);
  const known = knownRenames(options.renames);
  const renameKeys = new Set([...terminology.map((t) => `${t.from}\u0000${t.to}`), ...known.keys]);
  const renamedRoles = roleRenames([...terminology, ...known.renames], lexicon);
  const filter = options.passages ? new PassageFilter(options.passages, lexicon, renamedRoles) : undefined;
  let changes = drafts.map((d) => {
    const c = classifyOne(d, lexicon, renameKeys, renamedRoles);
    if (!filter || !c.roleEvents.length) return c;
    const kept = filter.keep(c, c.roleEvents);
    const taken = kept.flatMap((e) => filter.takenOver(c, e)).filter((t) => !kept.some((e) => e.role === t.role));
    return withEvents(c, [...kept, ...taken.map((t) => ({ ...t, label: lexicon.label(t.role) }))], taken.length > 0);
  });
  if (options.passages) changes = reworded(changes, options.passages);
  return { changes, terminology };
}

/**
 * A role that leaves one decision and joins another inside the same passage was
 * reworded, not moved: a rewrite recasts what it does ("may include those who …" →
 * "may also take part"), and reporting it as lost and gained would mislead. Both
 * events go. (In the real-text evaluation sets no annotator found a role both removed
 * and added within one passage.)
 */
function reworded(changes: Change[], passages: Passages): Change[] {
  const passageOf = (c: Change) => {
    if (c.new) return c.new.section.join('\u001f');
    const there = c.old ? passages.counterparts('old', c.old.section)[0] : undefined;
    return there ? there.join('\u001f') : `old\u0000${c.old?.section.join('\u001f') ?? ''}`;
  };
  const seen = new Map<string, Set<string>>();
  for (const c of changes) for (const e of c.roleEvents) {
    const k = `${passageOf(c)}\u0000${e.role}`;
    const s = seen.get(k) ?? new Set<string>();
    s.add(e.change);
    seen.set(k, s);
  }
  const both = (c: Change, e: RoleEvent) => seen.get(`${passageOf(c)}\u0000${e.role}`)!.size === 2;
  return changes.map((c) => (c.roleEvents.some((e) => both(c, e)) ? withEvents(c, c.roleEvents.filter((e) => !both(c, e))) : c));
}

/** The change with only these role events, and its role tags to match. */
function withEvents(c: Change, events: RoleEvent[], substituted = false): Change {
  if (events.length === c.roleEvents.length && events.every((e, i) => e === c.roleEvents[i])) return c;
  const removed = [...new Set(events.filter((e) => e.change === 'removed').map((e) => e.role))];
  const added = [...new Set(events.filter((e) => e.change === 'added').map((e) => e.role))];
  const tags = new Set(c.tags);
  for (const t of ['role-removed', 'role-added', 'role-substituted']) tags.delete(t);
  if (removed.length) tags.add('role-removed');
  if (added.length) tags.add('role-added');
  if ((substituted || c.tags.includes('role-substituted')) && removed.length && added.length) tags.add('role-substituted');
  return { ...c, tags: sortTags(tags), roles: { removed, added }, roleEvents: events };
}

function classifyOne(d: DraftChange, lexicon: RoleLexicon, renameKeys: Set<string>, roleRenames: Map<string, string>): Change {
  const tags = new Set(d.tags);
  const removed = new Set<string>();
  const added = new Set<string>();
  const events: RoleEvent[] = [];
  const usedRenames = new Set<string>();
  const editorial = new Set<string>();
  let duty: Change['duty'];
  let timescale: Change['timescale'];
  let allTerminology = d.pairs.length > 0 && tags.has('wording');

  for (const p of d.pairs) {
    if (p.old !== null && p.new !== null) {
      const hs = keyedHunks(p.ops);
      for (const h of hs) {
        const [a, b] = [h.deleted.trim(), h.inserted.trim()];
        if (a !== b && editorialKey(a) === editorialKey(b)) editorial.add(`${a} → ${b}`);
      }
      // A pair that differs only by document-wide renames and editorial changes
      // cannot change who decides or how strongly: no frames to compare.
      const t = explainedByHunks(hs, renameKeys);
      if (t.explained) {
        t.used.forEach((k) => usedRenames.add(k));
        continue;
      }
      if (p.old !== p.new) allTerminology = false;
      // A rename beside other changes still names the rename: "terminology" as well as the rest.
      for (const { key } of hs) if (key && renameKeys.has(key)) usedRenames.add(key);
      if (p.editorialOnly) continue;
    } else {
      allTerminology = false;
    }
    const oldFrame: Frame | null = p.old !== null ? frameOf(p.old, p.oldCell, lexicon, p.oldLead, p.oldFollow) : null;
    const newFrame: Frame | null = p.new !== null ? frameOf(p.new, p.newCell, lexicon, p.newLead, p.newFollow) : null;
    const delta = compareRoles(oldFrame, newFrame, roleRenames);
    delta.removed.forEach((r) => removed.add(r));
    delta.added.forEach((r) => added.add(r));
    for (const e of delta.events) events.push({ ...e, label: lexicon.label(e.role) });
    if (delta.substituted) tags.add('role-substituted');
    if (oldFrame && newFrame) {
      duty ??= compareDuty(oldFrame.modals, newFrame.modals);
      // A table cell's number takes its unit from the column heading: "10" under "Working days".
      timescale ??= compareTimescales(p.old, p.new) ?? compareTimescales(inColumn(p.old, p.oldCell), inColumn(p.new, p.newCell));
    }
  }
  if (removed.size) tags.add('role-removed');
  if (added.size) tags.add('role-added');
  if (duty) tags.add(`duty-${duty.direction}`);
  if (timescale) tags.add('timescale-changed');
  if (allTerminology && usedRenames.size) {
    tags.delete('wording');
    tags.add('terminology');
  } else if (usedRenames.size) tags.add('terminology');
  const { pairs: _pairs, ...change } = d;
  const out: Change = { ...change, tags: sortTags(tags), roles: { removed: [...removed], added: [...added] }, roleEvents: events };
  if (duty) out.duty = duty;
  if (timescale) out.timescale = timescale;
  const renamesHere = [...usedRenames].map((k) => k.replace('\u0000', ' → '));
  if (renamesHere.length) out.terminology = renamesHere;
  if (editorial.size) out.editorial = [...editorial];
  return out;
}

/** A cell's text followed by its column heading, so "10" under "Working days" reads "10 Working days". */
function inColumn(text: string | null, cell: TableCell | undefined): string | null {
  const heading = cell?.header?.[cell.index];
  return text !== null && heading ? `${text} ${heading}` : null;
}

/** Renames between two role terms map the old role id onto the new one. */
export function roleRenames(terminology: TerminologyRename[], lexicon: RoleLexicon): Map<string, string> {
  const out = new Map<string, string>();
  // The term as written, else its plural (a rename found in the singular names a plural role term).
  const roleOf = (phrase: string) => {
    for (const variant of [phrase, `${phrase}s`]) {
      const t = tokenize(variant);
      const m = lexicon.matcher.matchAt(t, 0);
      if (m && m.to === t.length) return m.value;
    }
    return undefined;
  };
  for (const t of terminology) {
    const a = roleOf(t.from);
    const b = roleOf(t.to);
    if (a && b && a !== b) out.set(a, b);
  }
  return out;
}

export type PairOptions = ClassifyOptions;

/** Renames given by the caller, as renames and as the keys `explainedByTerminology` reads. */
function knownRenames(pairs: [string, string][] = []): { renames: TerminologyRename[]; keys: Set<string> } {
  const keys = new Set<string>();
  for (const [from, to] of pairs) {
    const k = replacementKey({ deleted: from, inserted: to });
    if (k) keys.add(k);
  }
  return { renames: pairs.map(([from, to]) => ({ from: from.toLowerCase(), to: to.toLowerCase(), count: 1 })), keys };
}

/** Classify one aligned sentence pair on its own (the evaluation set uses this). */
export function classifyPair(oldText: string, newText: string, options: PairOptions = {}): Change {
  const lexicon = options.roles ?? defaultRoles();
  const known = knownRenames(options.renames);
  const ops = wordOps(oldText, newText);
  const editorialOnly = isEditorialOnly(oldText, newText);
  const draft: DraftChange = {
    id: '',
    kind: 'changed',
    tags: [editorialOnly ? 'editorial' : 'wording'],
    roles: { removed: [], added: [] },
    old: { text: oldText, section: [], line: 1, column: 1 },
    new: { text: newText, section: [], line: 1, column: 1 },
    ops,
    roleEvents: [],
    pairs: [{ old: oldText, new: newText, ops, editorialOnly }],
  };
  return classifyOne(draft, lexicon, known.keys, roleRenames(known.renames, lexicon));
}

/** Classify a sentence that was added or removed as a whole (history uses this). */
export function classifySide(text: string, kind: 'added' | 'removed', options: ClassifyOptions = {}): Change {
  const lexicon = options.roles ?? defaultRoles();
  const side = { text, section: [], line: 1, column: 1 };
  const ops: Op[] = [{ op: kind === 'added' ? 'insert' : 'delete', text }];
  const draft: DraftChange = {
    id: '',
    kind,
    tags: [kind],
    roles: { removed: [], added: [] },
    old: kind === 'removed' ? side : null,
    new: kind === 'added' ? side : null,
    ops,
    roleEvents: [],
    pairs: [{ old: kind === 'removed' ? text : null, new: kind === 'added' ? text : null, ops, editorialOnly: false }],
  };
  return classifyOne(draft, lexicon, new Set(), new Map());
}
