// The Word redline's words: its first page (counts per tag, who lost or gained a say, how to
// read the rest) and what a comment on a change says.
import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Change, Comparison } from '../types.js';
import { cite, describeDuty, describeTimescale, formatsOf, roleLines } from './describe.js';
import { shownChanges, shownSentence } from './types.js';
import { TAGS, isKnownTag } from '../tags.js';
import { xmlSafe } from '../text/sanitize.js';

export const AUTHOR = 'wtdiff';

/** The first page: what changed in counts, who lost or gained a say, and how to read the rest. */
export function summaryPage(cmp: Comparison, all: boolean, iso: string): (Paragraph | Table)[] {
  const { old, new: neu } = cmp.documents;
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(`Changes from ${old.label} to ${neu.label}`))] }),
    para(`The pages after this one are ${neu.label} (“${neu.title}”) with every change from ${old.label} (“${old.title}”) tracked, by ${AUTHOR} on ${iso.slice(0, 10)}. Accept all changes to get ${neu.label}; reject all to get ${old.label}. A comment marks each change to a role, a duty or a time limit.`),
    para(shownSentence(cmp, shownChanges(cmp, all).length)),
  ];
  const tags = Object.entries(cmp.summary.byTag).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (tags.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Changes per tag')] }));
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: [2300, 1400, 5300],
        rows: [
          row(['Tag', 'Changes', 'Meaning'], true),
          ...tags.map(([tag, n]) => row([tag, String(n), isKnownTag(tag) ? TAGS[tag] : ''])),
        ],
      }),
    );
    out.push(para('A change can have several tags.'));
  }
  const say = cmp.changes.flatMap((c) => roleLines(c.roleEvents).map((r) => ({ r, c })));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Who lost or gained a say')] }));
  if (!say.length) out.push(para('No role left or joined a decision.'));
  const formats = formatsOf(cmp);
  for (const { r, c } of say) {
    const where = cite(c.new ?? c.old, c.new ? formats.new : formats.old);
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: xmlSafe(r.text), bold: true }), new TextRun(xmlSafe(` (${r.tag})${where ? `, ${where}` : ''}`))] }));
  }
  return out;
}

/** "Manager removed from: agree a plan of action (role-removed)", then the tags and where it was. */
export function commentLines(cmp: Comparison, c: Change): string[] {
  const lines = roleLines(c.roleEvents).map((r) => `${r.text} (${r.tag})`);
  const duty = describeDuty(c);
  if (duty && c.duty) lines.push(`${duty} (duty-${c.duty.direction})`);
  const time = describeTimescale(c);
  if (time) lines.push(`${time} (timescale-changed)`);
  lines.push(`Tags: ${c.tags.join(', ')}`);
  const formats = formatsOf(cmp);
  const was = c.old && cite(c.old, formats.old);
  if (was) lines.push(`Was ${was} in ${cmp.documents.old.label}`);
  return lines;
}

export function para(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(xmlSafe(text))] });
}

function row(cells: string[], header = false): TableRow {
  return new TableRow({ tableHeader: header, children: cells.map((t) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: xmlSafe(t), bold: header })] })] })) });
}

