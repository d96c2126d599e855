// The Word redline: the new edition with every change from the old tracked (w:ins, w:del; moves
// as w:moveFrom / w:moveTo, see docx-moves.ts), a comment on each role, duty and timescale change,
// and a first page of counts and "who lost or gained a say". Built with the `docx` package, so
// every text from the documents is escaped by its XML writer; characters XML 1.0 cannot hold
// (control characters) are left out first.
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { Change, Comparison, Op, Redline, RedlineAnchor, RedlineParagraph } from '../types.js';
import { shownChanges } from './types.js';
import { AUTHOR, commentLines, para, summaryPage } from './docx-summary.js';
import { xmlSafe } from '../text/sanitize.js';
import { markMoves, type MoveMarks } from './docx-moves.js';

export interface DocxOptions {
  /** Comment every change the report shows (editorial-only and terminology-only too). */
  all: boolean;
  /** When the tracked changes are dated: the run's time. */
  date: Date;
}

const TAGS_WITH_COMMENTS = /^(role|duty|timescale)-/;

/** The redline as a .docx file. */
export async function renderDocx(cmp: Comparison, redline: Redline, options: DocxOptions): Promise<Uint8Array> {
  const b = new Builder(cmp, options);
  const body = b.edition(redline);
  const doc = new Document({
    creator: AUTHOR,
    title: xmlSafe(`${cmp.documents.old.label} → ${cmp.documents.new.label}`),
    description: 'Tracked changes made by wtdiff',
    comments: { children: b.comments },
    // Space between paragraphs, as the editions are printed; the package's default style has none.
    styles: { default: { document: { paragraph: { spacing: { after: 160 } } } } },
    sections: [{ children: summaryPage(cmp, options.all, b.iso) }, { children: body }],
  });
  // An ArrayBuffer, not a Node Buffer: the browser app writes the same file.
  return markMoves(new Uint8Array(await Packer.toArrayBuffer(doc)), b.moves);
}

/** Which changes get a comment, and what it says. */
function commentedChanges(cmp: Comparison, all: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const filtered = cmp.filter !== undefined;
  for (const c of shownChanges(cmp, all)) {
    if (all || filtered || c.tags.some((t) => TAGS_WITH_COMMENTS.test(t))) out.set(c.id, commentLines(cmp, c));
  }
  return out;
}

class Builder {
  readonly comments: { id: number; author: string; initials: string; date: Date; children: Paragraph[] }[] = [];
  readonly moves: MoveMarks = { from: new Map(), to: new Map() };
  private nextId = 1;
  readonly iso: string;
  private readonly toComment: Map<string, string[]>;
  private readonly commented = new Set<string>();
  private readonly renamesLeft: Map<string, string>;
  private readonly byId: Map<string, Change>;

  constructor(
    cmp: Comparison,
    private readonly options: DocxOptions,
  ) {
    this.iso = options.date.toISOString().replace(/\.\d+Z$/, 'Z');
    this.toComment = commentedChanges(cmp, options.all);
    this.byId = new Map(cmp.changes.map((c) => [c.id, c]));
    // Each document-wide rename gets one comment, at the first change it explains.
    this.renamesLeft = new Map(cmp.terminology.map((r) => [`${r.from} → ${r.to}`, `Terminology throughout: “${r.from}” → “${r.to}” (${r.count} ${r.count === 1 ? 'time' : 'times'}) (terminology)`]));
  }

  private revision() {
    return { id: this.nextId++, author: AUTHOR, date: this.iso };
  }

  /** The edition itself, paragraph by paragraph; consecutive table rows make one table. */
  edition(redline: Redline): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    let rows: TableRow[] = [];
    const flush = () => {
      if (rows.length) out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
      rows = [];
    };
    for (const p of redline.paragraphs) {
      if (p.kind === 'tableRow' && p.cells) {
        rows.push(this.tableRow(p));
        continue;
      }
      flush();
      out.push(this.paragraph(p));
    }
    flush();
    if (!out.length) out.push(para('(Both editions are empty.)'));
    return out;
  }

  private paragraph(p: RedlineParagraph): Paragraph {
    const mark = this.markOf(p);
    const children = this.runs(p.ops, p, this.place(p, p.ops));
    const style: ConstructorParameters<typeof Paragraph>[0] & object = { children, ...(mark ? { run: mark } : {}) };
    if (p.kind === 'heading') return new Paragraph({ ...style, heading: HEADINGS[Math.min(Math.max(p.level ?? 1, 1), 6) - 1]! });
    if (p.kind === 'listItem' && !p.labelled) return new Paragraph({ ...style, bullet: { level: 0 } });
    if (p.kind === 'quote') return new Paragraph({ ...style, indent: { left: 720 } });
    return new Paragraph(style);
  }

  private tableRow(p: RedlineParagraph): TableRow {
    const cells = p.cells!;
    // Comments are placed over the row as parsed (the cells joined by " | "), then each stays in
    // the cell where its range starts, cut at that cell's end.
    const placed = this.place(p, cells.flatMap((ops, i) => (i ? [CELL_SEPARATOR, ...ops] : ops)));
    let start = 0;
    const children = cells.map((ops, i) => {
      if (i) start++; // the separator
      const end = start + ops.length;
      const here = placed.filter((c) => c.first >= start && c.first < end).map((c) => ({ id: c.id, first: c.first - start, last: Math.min(c.last, end - 1) - start }));
      start = end;
      return new TableCell({ children: [new Paragraph({ children: this.runs(ops, p, here) })] });
    });
    const mark = this.markOf(p);
    if (!children.length) children.push(new TableCell({ children: [new Paragraph({})] }));
    return new TableRow({ children, ...(mark?.insertion ? { insertion: mark.insertion } : {}), ...(mark?.deletion ? { deletion: mark.deletion } : {}) });
  }

  /** A paragraph only one edition has is tracked to its mark, so accepting or rejecting removes it whole. */
  private markOf(p: RedlineParagraph): { insertion?: Revision; deletion?: Revision } | null {
    if (p.state === 'same' || p.state === 'changed') return null;
    const r = this.revision();
    this.noteMove(p, r.id);
    return p.state === 'inserted' || p.state === 'movedTo' ? { insertion: r } : { deletion: r };
  }

  private noteMove(p: RedlineParagraph, id: number): void {
    if (p.move === undefined) return;
    (p.state === 'movedFrom' ? this.moves.from : this.moves.to).set(id, p.move);
  }

  /**
   * The comments on the changes anchored in this paragraph, each once, placed from the first to the
   * last tracked operation of its sentence; a change with nothing tracked here waits for its next
   * anchor, and so does the rename note it carries.
   */
  private place(p: RedlineParagraph, ops: readonly Op[]): Placement[] {
    const offsets = anchorOffsets(ops);
    const out: Placement[] = [];
    for (const change of new Set(p.anchors.map((a) => a.change))) {
      if (this.commented.has(change)) continue;
      const renames = (this.byId.get(change)?.terminology ?? []).filter((t) => this.renamesLeft.has(t));
      const lines = [...renames.map((t) => this.renamesLeft.get(t)!), ...(this.toComment.get(change) ?? [])];
      if (!lines.length) continue;
      const range = commentRange(ops, offsets, p.anchors.filter((a) => a.change === change));
      if (!range) continue;
      const id = this.nextId++;
      this.comments.push({ id, author: AUTHOR, initials: 'wt', date: this.options.date, children: lines.map((l) => para(l)) });
      this.commented.add(change);
      for (const t of renames) this.renamesLeft.delete(t);
      out.push({ id, first: range[0], last: range[1] });
    }
    return out;
  }

  /** The runs of one paragraph (or cell), with its comments' ranges and references. */
  private runs(ops: readonly Op[], p: RedlineParagraph, placed: readonly Placement[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    ops.forEach((o, i) => {
      for (const c of placed) if (c.first === i) out.push(new CommentRangeStart(c.id));
      const text = xmlSafe(o.text);
      if (o.op === 'equal') out.push(new TextRun(text));
      else {
        const r = this.revision();
        this.noteMove(p, r.id);
        out.push(o.op === 'insert' ? new InsertedTextRun({ ...r, text }) : new DeletedTextRun({ ...r, text }));
      }
      for (const c of placed) if (c.last === i) out.push(new CommentRangeEnd(c.id), new TextRun({ children: [new CommentReference(c.id)] }));
    });
    return out;
  }
}

/** A comment on operations `first` to `last` of a paragraph. */
interface Placement {
  id: number;
  first: number;
  last: number;
}

const CELL_SEPARATOR: Op = { op: 'equal', text: ' | ' };
type Revision = { id: number; author: string; date: string };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Where each operation stands in the old text and in the new. */
interface OpOffsets {
  old: [number, number];
  new: [number, number];
}

function anchorOffsets(ops: readonly Op[]): OpOffsets[] {
  let o = 0;
  let n = 0;
  return ops.map((op) => {
    const oldLen = op.op === 'insert' ? 0 : op.text.length;
    const newLen = op.op === 'delete' ? 0 : op.text.length;
    const at: OpOffsets = { old: [o, o + oldLen], new: [n, n + newLen] };
    o += oldLen;
    n += newLen;
    return at;
  });
}

/**
 * The first and last tracked operation inside a change's sentence (the new side's, else the
 * old's); failing that, every tracked operation of the paragraph; null when nothing here is tracked.
 */
function commentRange(ops: readonly Op[], offsets: readonly OpOffsets[], anchors: readonly RedlineAnchor[]): [number, number] | null {
  const tracked = ops.map((o, i) => (o.op === 'equal' ? -1 : i)).filter((i) => i >= 0);
  if (!tracked.length) return null;
  const ordered = [...anchors].sort((a, b) => (a.side === b.side ? 0 : a.side === 'new' ? -1 : 1));
  for (const a of ordered) {
    const inside = tracked.filter((i) => {
      const [s, e] = offsets[i]![a.side];
      return s === e ? s >= a.start && s <= a.end : s < a.end && e > a.start;
    });
    if (inside.length) return [inside[0]!, inside[inside.length - 1]!];
  }
  return [tracked[0]!, tracked[tracked.length - 1]!];
}
