// Who decides in one version: each sentence that makes a decision, with the roles that take part.
import type { Decision, ParsedDocument, SentenceAt } from '../types.js';
import { allSentences } from '../parse/sentences.js';
import { tableCellOf } from '../parse/context.js';
import { frameOf } from './table.js';
import { participates } from './frames.js';
import { defaultRoles, type RoleLexicon } from './lexicon.js';

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
