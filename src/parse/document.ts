// mdast → Document: sections by heading path, blocks (paragraphs, list items,
// table rows, quotes, code) with their paragraph labels, and — on demand —
// sentences with line and column in the source.
//
// Walks are iterative (explicit stacks), so thousands of nested lists or quotes
// cannot overflow the call stack.
//
// One piece: the walk keeps one stack, the heading path and label state that every kind of node
// updates; split up, the parts would hand the same state back and forth.
import type { Nodes, Root, RootContent, PhrasingContent, ListItem, TableRow } from 'mdast';
import type { Block, BlockKind, ParsedBlock, ParsedDocument, ParsedSection } from '../types.js';
import { collapseSpace, matchKey } from '../text/normalise.js';
import { parseMarkdown } from './markdown.js';
import { splitLabel } from './labels.js';
import { lastAtMost } from '../text/sorted.js';

/** Parse markdown into the document model. */
export function parseDocument(markdown: string, fallbackTitle = 'document'): ParsedDocument {
  return buildDocument(parseMarkdown(markdown), markdown, fallbackTitle);
}

interface Frame {
  node: RootContent | Root;
  quote: boolean;
  label?: string;
  listItem: boolean;
}

export function buildDocument(root: Root, source: string, fallbackTitle = 'document'): ParsedDocument {
  const lines = new LineIndex(source);
  const positionAt = (offset: number) => lines.position(offset);
  const sections: ParsedSection[] = [];
  const headingStack: { depth: number; text: string }[] = [];
  let title = '';
  let blockCount = 0;

  let current: ParsedSection = newSection([], '', 0, { line: 1, column: 1 }, 0);
  sections.push(current);

  const pushBlock = (kind: BlockKind, inline: Inline, nodeStart: number, forcedLabel?: string): ParsedBlock | undefined => {
    const raw = inline.raw;
    // A label the text itself opens with ("3.1.", "(ii)") beats a markdown list's number: the
    // number may be the converter's ("1." for the first item), the label is the document's.
    const own = splitLabel(raw);
    const split = forcedLabel !== undefined && (forcedLabel === '' || own.label === undefined) ? { label: forcedLabel, start: 0 } : own;
    const label = split.label;
    let start = split.start;
    // A table row whose first cell is only the label ("| 1.2 | The manager agrees. |"): the
    // wording starts after the cell separator.
    if (kind === 'tableRow' && label !== undefined && inline.breaks.includes(start - 1)) start += /^\|[ \t]*/.exec(raw.slice(start))?.[0].length ?? 0;
    const wording = raw.slice(start);
    const text = collapseSpace(wording);
    if (!text) return undefined;
    const position = positionAt(inline.segs.length ? inline.segs[1]! : nodeStart);
    const block: ParsedBlock = {
      id: `b${blockCount++}`,
      kind,
      text,
      key: matchKey(text),
      sentences: [],
      position,
      raw,
      rawStart: start,
      segs: inline.segs,
    };
    if (label !== undefined) block.label = label;
    if (inline.breaks.length) block.breaks = inline.breaks;
    current.blocks.push(block);
    return block;
  };

  // Depth-first over block containers, in document order.
  const stack: Frame[] = [{ node: root, quote: false, listItem: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'footnoteDefinition':
        pushChildren(stack, node.children, { quote: frame.quote || node.type === 'blockquote', listItem: frame.listItem });
        break;
      case 'list': {
        const start = node.ordered ? (node.start ?? 1) : undefined;
        const items: Frame[] = node.children.map((item: ListItem, i: number) => {
          const f: Frame = { node: item, quote: frame.quote, listItem: true };
          if (start !== undefined) f.label = `${start + i}.`;
          return f;
        });
        for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
        break;
      }
      case 'listItem': {
        // The item's label goes on its first paragraph; nested content follows. An item that
        // opens with a heading ("1. ## Uptime", "- ## Scope") is a section written as a list:
        // its heading heads a section as a top-level one of that depth would, and the rest of
        // the item is that section's content, read as at the top level (the item's number
        // belongs to the heading, so no block takes it). In a quote it stays quoted text.
        const sectioning = !frame.quote && node.children[0]?.type === 'heading';
        const children = node.children.map((child, i) => {
          const f: Frame = { node: child, quote: frame.quote, listItem: !sectioning };
          if (i === 0 && frame.label !== undefined && !sectioning) f.label = frame.label;
          return f;
        });
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        break;
      }
      case 'heading': {
        const text = collapseSpace(inlineText(node.children).raw);
        if (frame.quote || frame.listItem) {
          pushBlock(frame.quote ? 'quote' : 'listItem', inlineText(node.children), offsetOf(node));
          break;
        }
        while (headingStack.length && headingStack[headingStack.length - 1]!.depth >= node.depth) headingStack.pop();
        headingStack.push({ depth: node.depth, text });
        if (!title && node.depth === 1) title = text;
        current = newSection(headingStack.map((h) => h.text), text, node.depth, positionAt(offsetOf(node)), sections.length);
        sections.push(current);
        break;
      }
      case 'paragraph': {
        const kind: BlockKind = frame.quote ? 'quote' : frame.listItem ? 'listItem' : 'paragraph';
        const inline = inlineText(node.children);
        if (frame.label !== undefined) pushBlock(kind, inline, offsetOf(node), frame.label);
        else pushBlock(kind, inline, offsetOf(node));
        break;
      }
      case 'table': {
        // Each row keeps its cells, and body rows the header's, so that a role named in
        // a cell can be read as taking part in the row's decision (classify/table.ts).
        let header: string[] | undefined;
        for (const row of node.children) {
          const inline = rowText(row);
          const block = pushBlock('tableRow', inline, offsetOf(row), undefined);
          if (block) block.cells = inline.cells;
          if (block && header) block.header = header;
          header ??= inline.cells;
        }
        break;
      }
      case 'code':
        pushBlock('code', leafText(node.value, node), offsetOf(node), '');
        break;
      case 'html':
        // Comments carry no wording; other raw HTML is the document's own text.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) pushBlock(kind(frame), leafText(node.value, node), offsetOf(node));
        break;
      default:
        // thematicBreak, definition, yaml …: no wording of their own.
        break;
    }
  }

  // Blocks with a forced empty label (code) should carry none.
  for (const s of sections) for (const b of s.blocks) if (b.label === '') delete b.label;

  const kept = sections.filter((s, i) => i > 0 || s.blocks.length > 0);
  return { title: title || fallbackTitle, sections: kept, source };
}

function kind(frame: Frame): BlockKind {
  return frame.quote ? 'quote' : frame.listItem ? 'listItem' : 'paragraph';
}

function pushChildren(stack: Frame[], children: RootContent[], ctx: { quote: boolean; listItem: boolean }): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, quote: ctx.quote, listItem: ctx.listItem });
}

function newSection(path: string[], heading: string, level: number, position: Block['position'], index: number): ParsedSection {
  return { id: `s${index}`, path, heading, level, blocks: [], position };
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

interface Inline {
  raw: string;
  segs: number[];
  breaks: number[];
}

function leafText(value: string, node: Nodes): Inline {
  return { raw: value, segs: [0, offsetOf(node)], breaks: [] };
}

/** Concatenate the text of inline content, remembering where each leaf came from. */
export function inlineText(children: PhrasingContent[]): Inline {
  let raw = '';
  const segs: number[] = [];
  const stack: PhrasingContent[] = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        segs.push(raw.length, offsetOf(node));
        raw += node.value;
        break;
      case 'break':
        raw += '\n';
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) {
          segs.push(raw.length, offsetOf(node));
          raw += node.alt;
        }
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) {
          const kids = node.children as PhrasingContent[];
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
        }
    }
  }
  return { raw, segs, breaks: [] };
}

function rowText(row: TableRow): Inline & { cells: string[] } {
  let raw = '';
  const segs: number[] = [];
  const breaks: number[] = [];
  const cells: string[] = [];
  row.children.forEach((cell, i) => {
    if (i > 0) {
      breaks.push(raw.length);
      raw += ' | ';
    }
    const inline = inlineText(cell.children);
    for (let j = 0; j < inline.segs.length; j += 2) segs.push(inline.segs[j]! + raw.length, inline.segs[j + 1]!);
    raw += inline.raw;
    cells.push(collapseSpace(inline.raw));
  });
  return { raw, segs, breaks, cells };
}

/** Offsets → 1-based line and column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Block['position'] {
    const i = lastAtMost(this.starts, offset);
    return { line: i + 1, column: offset - this.starts[i]! + 1 };
  }
  /** The offset where a 1-based line starts, if the source has that line. */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }
}
