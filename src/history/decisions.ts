// Who decides: the decisions of one version and the roles that take part in each,
// and two versions side by side.
import type { ParsedDocument } from '../parse/document.js';
import { frameOf, tableCellOf } from '../classify/table.js';
import { participates } from '../classify/frames.js';
import { defaultRoles, type RoleLexicon } from '../classify/lexicon.js';
import { allSentences, mapSentences, type SentenceAt } from './mapping.js';
import { renamesFromPairs } from '../classify/terminology.js';
import { roleRenames } from '../classify/index.js';

export interface Decision {
  text: string;
  section: string[];
  /** The first decision predicate ("agree"), or "" when only a modal makes it a duty. */
  predicate: string;
  /** The first modal ("should"), or null. */
  modal: string | null;
  roles: string[];
  line: number;
}

export interface DecisionRow {
  section: string[];
  old: Decision | null;
  new: Decision | null;
  removed: string[];
  added: string[];
}

export interface DecisionComparison {
  old: Decision[];
  new: Decision[];
  rows: DecisionRow[];
}

export function decisionOf(s: SentenceAt, lexicon: RoleLexicon): Decision | null {
  const cell = tableCellOf(s.block, s.sentence);
  const frame = frameOf(s.sentence.text, cell, lexicon);
  const roles = [...new Set(frame.mentions.filter((m) => participates(m.slot)).map((m) => m.role))];
  if (!frame.isDecision || !roles.length) return null;
  // A role named in a table cell decides what its row says: show the row.
  return { text: cell ? s.block.text : s.sentence.text, section: s.section.path, predicate: frame.mainPredicate, modal: frame.modals[0]?.phrase ?? null, roles, line: s.sentence.position.line };
}

export function listDecisions(doc: ParsedDocument, lexicon: RoleLexicon = defaultRoles()): Decision[] {
  return allSentences(doc).flatMap((s) => decisionOf(s, lexicon) ?? []);
}

export function compareDecisions(old: ParsedDocument, neu: ParsedDocument, lexicon: RoleLexicon = defaultRoles()): DecisionComparison {
  const mapping = mapSentences(old, neu);
  // A rename applied throughout (professional → practitioner) is not a change of who decides.
  const renames = roleRenames(renamesFromPairs(mapping.pairs.map(([o, n]) => [o.sentence.text, n.sentence.text])), lexicon);
  const rows: DecisionRow[] = [];
  const row = (o: Decision | null, n: Decision | null, section: string[]) => {
    if (!o && !n) return;
    const a = [...new Set((o?.roles ?? []).map((r) => renames.get(r) ?? r))];
    const b = n?.roles ?? [];
    rows.push({ section, old: o, new: n, removed: a.filter((r) => !b.includes(r)), added: b.filter((r) => !a.includes(r)) });
  };
  for (const [o, n] of mapping.pairs) row(decisionOf(o, lexicon), decisionOf(n, lexicon), n.section.path);
  for (const o of mapping.removed) row(decisionOf(o, lexicon), null, o.section.path);
  for (const n of mapping.added) row(null, decisionOf(n, lexicon), n.section.path);
  rows.sort((x, y) => (x.new?.line ?? x.old?.line ?? 0) - (y.new?.line ?? y.old?.line ?? 0));
  return { old: listDecisions(old, lexicon), new: listDecisions(neu, lexicon), rows };
}
