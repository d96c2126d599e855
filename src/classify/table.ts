// Roles in table cells. Local procedures keep many decisions in tables —
// "Decision | Who decides", "Action | Responsible", "Meeting | Who attends" — where
// the cell that names the role has no verb of its own: the decision is in the
// column's header or in another cell of the row. Read as a sentence such a cell
// takes part in nothing, and "Team manager" → "Social worker" under "Who
// authorises closure" would be plain wording. So a cell that is mostly role names
// takes part in the row's decision when its header says so (data/frames.json
// `tableHeaders`, which also gives the slot) or another cell of the row names a
// decision predicate ("Close the case"). A cell that is a sentence with a decision
// of its own is read as a sentence.
import frameData from '../../data/frames.json' with { type: 'json' };
import type { TableCell } from '../types.js';
import { analyseSentence, isListWord, predicatesIn, type Frame, type Slot } from './frames.js';
import type { RoleLexicon } from './lexicon.js';
import { PhraseMatcher, tokenize } from './tokens.js';

const headers = new PhraseMatcher<Slot>();
for (const h of frameData.tableHeaders) headers.add(h.phrase, h.slot as Slot);

/** Words that may stand in a role cell besides role names: "Team manager or, if absent, service manager". */
const ROLE_CELL_SPARE_WORDS = 3;
/** Longest decision shown in words, taken from a cell of the row. */
const DECISION_WORDS = 8;

/** The frame of a sentence, read in its table cell when it has one. */
export function frameOf(text: string, cell: TableCell | undefined, lexicon: RoleLexicon, lead?: string, follow?: string): Frame {
  const frame = analyseSentence([lead, text, follow].filter((x) => x).join(' '), lexicon);
  if (!cell?.header || frame.isDecision || !frame.mentions.length || !isRoleCell(text, lexicon)) return frame;
  const headerSlot = slotOfHeader(cell.header[cell.index] ?? '');
  const others = cell.cells.filter((_, i) => i !== cell.index);
  // The first other cell that names a decision predicate ("Close the case"), and that predicate.
  let decisionCell: string | undefined;
  let predicate = '';
  for (const c of others) {
    const found = predicatesIn(c);
    if (found.length) {
      [decisionCell, predicate] = [c, found[0]!];
      break;
    }
  }
  if (!headerSlot && decisionCell === undefined) return frame;
  const decision = shortDecision(decisionCell ?? others.find((c) => c.trim() !== '') ?? cell.header[cell.index] ?? '');
  const slot = headerSlot ?? 'bearer';
  return {
    ...frame,
    isDecision: true,
    mainPredicate: predicate,
    predicates: predicate ? [predicate] : [],
    mentions: frame.mentions.map((m) => ({ ...m, slot, decision })),
  };
}

/** "Who is consulted": the most specific slot the header names wins over its "who". */
function slotOfHeader(header: string): Slot | undefined {
  const slots = headers.findAll(tokenize(header)).map((m) => m.value);
  return SLOT_PRECEDENCE.find((s) => slots.includes(s));
}
const SLOT_PRECEDENCE: Slot[] = ['consulted', 'co-participant', 'agent', 'bearer'];

/** A cell that names roles and little else. */
function isRoleCell(text: string, lexicon: RoleLexicon): boolean {
  const tokens = tokenize(text).filter((t) => /\p{L}/u.test(t.w));
  let covered = 0;
  for (const m of lexicon.matcher.findAll(tokens)) covered += m.to - m.from;
  const spare = tokens.length - covered - tokens.filter((t) => isListWord(t.w)).length;
  return covered > 0 && spare <= ROLE_CELL_SPARE_WORDS;
}

function shortDecision(cell: string): string {
  const words = cell.trim().split(/\s+/).slice(0, DECISION_WORDS);
  const first = words[0] ?? '';
  // "Close the case" reads as a decision in a sentence: "Manager removed from: close the case".
  if (first.length > 1 && first[0] !== first[0]!.toLowerCase() && first.slice(1) === first.slice(1).toLowerCase()) words[0] = first.toLowerCase();
  return words.join(' ').replace(/[.:;,]$/, '');
}
