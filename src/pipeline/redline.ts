// Both editions as one sequence of tracked paragraphs, for the Word redline (report/docx.ts).
// The alignment says which old paragraph became which new one. Pairs that keep their order
// (the longest such chain) stand in place: unchanged, or changed word by word. A pair out of
// that order is a move: the old paragraph where it stood, the new one where it stands. Whatever
// has no pair is deleted or inserted, the old edition's first in each gap. So rejecting every
// change gives the old edition's paragraphs in order and accepting every change the new's.
import type { Alignment, Comparison, Op, ParsedBlock, ParsedDocument, ParsedSection, Redline, RedlineAnchor, RedlineParagraph, Side } from '../types.js';
import { wordOps } from '../diff/words.js';
import { longestIncreasing } from '../align/sequence.js';

/** A paragraph of one edition: a section's heading or one of its blocks. */
interface Item {
  heading?: ParsedSection;
  block?: ParsedBlock;
}

export function buildRedline(old: ParsedDocument, neu: ParsedDocument, alignment: Alignment, comparison: Comparison): Redline {
  const olds = itemsOf(old);
  const news = itemsOf(neu);
  const oldIndex = indexOf(olds);
  const newIndex = indexOf(news);

  // Old item → new item, one to one: matched headings, then paired paragraphs.
  const pairs = new Map<number, number>();
  const takenNew = new Set<number>();
  const pair = (o: number | undefined, n: number | undefined) => {
    if (o === undefined || n === undefined || pairs.has(o) || takenNew.has(n)) return;
    pairs.set(o, n);
    takenNew.add(n);
  };
  const oldSections = new Map(old.sections.map((s) => [s.position.line, s]));
  const newSections = new Map(neu.sections.map((s) => [s.position.line, s]));
  for (const s of alignment.sections) {
    if (!s.old || !s.new) continue;
    const o = oldSections.get(s.old.line);
    const n = newSections.get(s.new.line);
    if (o && n) pair(oldIndex.get(o), newIndex.get(n));
  }
  for (const [o, n] of alignment.blockPairs) pair(oldIndex.get(o.block), newIndex.get(n.block));

  // The pairs in order stay in place; a paragraph paired out of order moved (a heading out of
  // order is deleted and inserted instead: a section heading is not something one moves).
  const byNew = [...pairs].sort((a, b) => a[1] - b[1]);
  const keep = longestIncreasing(byNew.map(([o]) => o));
  const inPlace = byNew.filter((_, i) => keep.has(i));
  const placedOld = new Set(inPlace.map(([o]) => o));
  const moveOf = new Map<number, number>();
  let moves = 0;
  for (const [o, n] of pairs) {
    // Table rows are deleted and inserted instead: Word tracks rows, not moves of rows.
    const [ob, nb] = [olds[o]!.block, news[n]!.block];
    if (placedOld.has(o) || !ob || !nb || ob.kind === 'tableRow' || nb.kind === 'tableRow') continue;
    moves++;
    moveOf.set(-1 - o, moves);
    moveOf.set(n, moves);
  }

  const out: RedlineParagraph[] = [];
  const anchorsAt = anchorsByBlock(comparison);
  let o = 0;
  let n = 0;
  for (const [ao, an] of [...inPlace, [olds.length, news.length] as const]) {
    for (; o < ao; o++) if (!placedOld.has(o)) out.push(alone(olds[o]!, 'old', moveOf.get(-1 - o), anchorsAt));
    for (; n < an; n++) out.push(alone(news[n]!, 'new', moveOf.get(n), anchorsAt));
    if (ao < olds.length) out.push(together(olds[ao]!, news[an]!, anchorsAt));
    o = ao + 1;
    n = an + 1;
  }
  return { paragraphs: out };
}

/** Every heading and block of a document, in order. The preamble's empty heading is no paragraph. */
function itemsOf(doc: ParsedDocument): Item[] {
  const out: Item[] = [];
  for (const s of doc.sections) {
    if (s.heading) out.push({ heading: s });
    for (const b of s.blocks) out.push({ block: b });
  }
  return out;
}

/**
 * An edition's paragraphs as the redline writes them (headings, then each block's label and
 * text; a table row's cells joined by " | "): what accepting, or rejecting, every change gives.
 */
export function editionParagraphs(doc: ParsedDocument): string[] {
  return itemsOf(doc).map(textOf);
}

function indexOf(items: Item[]): Map<object, number> {
  return new Map(items.map((it, i) => [(it.heading ?? it.block)!, i] as const));
}

/** A paragraph's words as a reader sees them: the label, then the text. */
function paragraphText(block: ParsedBlock): string {
  return block.label ? `${block.label} ${block.text}` : block.text;
}

function textOf(it: Item): string {
  return it.heading ? it.heading.heading : paragraphText(it.block!);
}

function shape(it: Item): Pick<RedlineParagraph, 'kind' | 'level' | 'labelled'> {
  if (it.heading) return { kind: 'heading', level: it.heading.level };
  return it.block!.label ? { kind: it.block!.kind, labelled: true } : { kind: it.block!.kind };
}

/** A paragraph only one edition has: deleted or inserted whole, or one end of a move. */
function alone(it: Item, side: 'old' | 'new', move: number | undefined, anchorsAt: AnchorIndex): RedlineParagraph {
  const op: Op['op'] = side === 'old' ? 'delete' : 'insert';
  const state = move !== undefined ? (side === 'old' ? 'movedFrom' : 'movedTo') : side === 'old' ? 'deleted' : 'inserted';
  const p: RedlineParagraph = { ...shape(it), state, ops: [], anchors: [] };
  const cells = it.block?.kind === 'tableRow' ? it.block.cells : undefined;
  if (cells) p.cells = cells.map((text) => (text ? [{ op, text }] : []));
  else if (textOf(it)) p.ops = [{ op, text: textOf(it) }];
  if (move !== undefined) p.move = move;
  if (it.block) p.anchors = anchorsAt.find(it.block, side, textOf(it));
  return p;
}

/** A paragraph both editions have in the same place: unchanged, or its words changed. */
function together(o: Item, n: Item, anchorsAt: AnchorIndex): RedlineParagraph {
  const p: RedlineParagraph = { ...shape(n), state: 'same', ops: [], anchors: [] };
  const oldCells = o.block?.kind === 'tableRow' ? o.block.cells : undefined;
  const newCells = n.block?.kind === 'tableRow' ? n.block.cells : undefined;
  if (oldCells && newCells && oldCells.length === newCells.length) {
    p.cells = newCells.map((text, i) => wordOps(oldCells[i]!, text));
    if (p.cells.some((ops) => ops.some((x) => x.op !== 'equal'))) p.state = 'changed';
  } else {
    p.ops = wordOps(textOf(o), textOf(n));
    if (p.ops.some((x) => x.op !== 'equal')) p.state = 'changed';
  }
  if (n.block) p.anchors = anchorsAt.find(n.block, 'new', textOf(n));
  if (o.block) p.anchors.push(...anchorsAt.find(o.block, 'old', textOf(o)));
  return p;
}

/** Which changes' sentences stand in which block, found by where each side starts. */
interface AnchorIndex {
  find(block: ParsedBlock, side: 'old' | 'new', text: string): RedlineAnchor[];
}

function anchorsByBlock(comparison: Comparison): AnchorIndex {
  const at = new Map<string, { change: string; side: Side }[]>();
  const key = (side: 'old' | 'new', line: number, column: number) => `${side}:${line}:${column}`;
  for (const c of comparison.changes) {
    for (const side of ['old', 'new'] as const) {
      const s = c[side];
      if (!s) continue;
      const k = key(side, s.line, s.column);
      const list = at.get(k) ?? [];
      list.push({ change: c.id, side: s });
      at.set(k, list);
    }
  }
  return {
    find(block, side, text) {
      const starts = [block.position, ...block.sentences.map((s) => s.position)];
      const seen = new Set<string>();
      const out: RedlineAnchor[] = [];
      for (const pos of starts) {
        const k = key(side, pos.line, pos.column);
        if (seen.has(k)) continue;
        seen.add(k);
        for (const { change, side: s } of at.get(k) ?? []) {
          // The sentence's characters in the paragraph; a passage longer than it, the whole paragraph.
          const start = text.indexOf(s.text);
          out.push(start >= 0 ? { change, side, start, end: start + s.text.length } : { change, side, start: 0, end: text.length });
        }
      }
      return out;
    },
  };
}
