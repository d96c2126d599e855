// Who decides, two versions side by side: the sentences paired by alignment, each side's
// decision and roles, and which roles left or joined it (a rename applied throughout is not).
import type { Decision, DecisionComparison, DecisionRow, ParsedDocument } from '../types.js';
import { mapSentences } from '../align/sentence-mapping.js';
import { decisionOf, listDecisions } from '../classify/decision-list.js';

/** The decisions of one version, with the roles that take part in each (`wtdiff roles FILE`). */
export { listDecisions };
import { defaultRoles, type RoleLexicon } from '../classify/lexicon.js';
import { renamesFromPairs } from '../classify/terminology.js';
import { roleRenames } from '../classify/index.js';

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
