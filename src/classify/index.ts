// Classification: a document-wide pass finds terminology renames, then each
// change gets its role, duty and timescale tags from the frames of its pairs.
import type { Change, RoleEvent, TerminologyRename } from '../types.js';
import type { DraftChange } from '../diff/changes.js';
import { sortTags } from '../tags.js';
import { analyseSentence, type Frame } from './frames.js';
import { defaultRoles, type RoleLexicon } from './lexicon.js';
import { compareRoles } from './roles.js';
import { compareDuty } from './duty.js';
import { compareTimescales } from './timescale.js';
import { detectTerminology, explainedByTerminology } from './terminology.js';
import { tokenize } from './tokens.js';

export interface ClassifyOptions {
  roles?: RoleLexicon;
}

export interface Classified {
  changes: Change[];
  terminology: TerminologyRename[];
}

export function classify(drafts: DraftChange[], options: ClassifyOptions = {}): Classified {
  const lexicon = options.roles ?? defaultRoles();
  const terminology = detectTerminology(drafts);
  const renameKeys = new Set(terminology.map((t) => `${t.from}\u0000${t.to}`));
  const roleRenames = roleRenamesOf(terminology, lexicon);
  const changes = drafts.map((d) => classifyOne(d, lexicon, renameKeys, roleRenames));
  return { changes, terminology };
}

function classifyOne(d: DraftChange, lexicon: RoleLexicon, renameKeys: Set<string>, roleRenames: Map<string, string>): Change {
  const tags = new Set(d.tags);
  const removed = new Set<string>();
  const added = new Set<string>();
  const events: RoleEvent[] = [];
  const usedRenames = new Set<string>();
  let duty: Change['duty'];
  let timescale: Change['timescale'];
  let allTerminology = d.pairs.length > 0 && tags.has('wording');

  for (const p of d.pairs) {
    const oldFrame: Frame | null = p.old !== null ? analyseSentence(p.old, lexicon) : null;
    const newFrame: Frame | null = p.new !== null ? analyseSentence(p.new, lexicon) : null;
    const delta = compareRoles(oldFrame, newFrame, roleRenames);
    delta.removed.forEach((r) => removed.add(r));
    delta.added.forEach((r) => added.add(r));
    events.push(...delta.events);
    if (delta.substituted) tags.add('role-substituted');
    if (oldFrame && newFrame) {
      duty ??= compareDuty(oldFrame.modals, newFrame.modals);
      timescale ??= compareTimescales(p.old, p.new);
      const t = explainedByTerminology(p.ops, renameKeys);
      if (t.explained) t.used.forEach((k) => usedRenames.add(k));
      else if (p.old !== p.new) allTerminology = false;
    } else {
      allTerminology = false;
    }
  }
  if (removed.size) tags.add('role-removed');
  if (added.size) tags.add('role-added');
  if (duty) tags.add(`duty-${duty.direction}`);
  if (timescale) tags.add('timescale-changed');
  if (allTerminology && usedRenames.size) {
    tags.delete('wording');
    tags.add('terminology');
  }
  const { pairs: _pairs, ...change } = d;
  const out: Change = { ...change, tags: sortTags(tags), roles: { removed: [...removed], added: [...added] }, roleEvents: events };
  if (duty) out.duty = duty;
  if (timescale) out.timescale = timescale;
  const renamesHere = [...usedRenames].map((k) => k.replace('\u0000', ' → '));
  if (renamesHere.length) out.terminology = renamesHere;
  return out;
}

/** Renames between two role terms map the old role id onto the new one. */
function roleRenamesOf(terminology: TerminologyRename[], lexicon: RoleLexicon): Map<string, string> {
  const out = new Map<string, string>();
  const roleOf = (phrase: string) => {
    const tokens = tokenize(phrase);
    for (const variant of [phrase, `${phrase}s`]) {
      const t = tokenize(variant);
      const m = lexicon.matcher.matchAt(t, 0);
      if (m && m.to === t.length) return m.value;
    }
    const m = lexicon.matcher.matchAt(tokens, 0);
    return m && m.to === tokens.length ? m.value : undefined;
  };
  for (const t of terminology) {
    const a = roleOf(t.from);
    const b = roleOf(t.to);
    if (a && b && a !== b) out.set(a, b);
  }
  return out;
}
