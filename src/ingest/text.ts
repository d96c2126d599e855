// Plain text: paragraphs are separated by blank lines; hard-wrapped lines inside a paragraph are
// joined; "42. " and "1.3 " paragraph labels are kept; "- ", "* ", "• " lines are bullets.
// A short single-line block without closing punctuation is taken as a heading.

import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Ingested } from './types.js';
import { decodeText } from './sniff.js';
import { LABELLED_LINE, LeafOrigins, NUMBERED, normaliseTree, paragraph, toMarkdown } from './mdast.js';

const BULLET = /^\s*(?:[-*+•◦▪‣⁃·]|\u2013|\u2014)\s+(?=\S)/;
const SETEXT = /^(?:=+|-+)\s*$/;

export function readText(source: string, bytes: Uint8Array): Ingested {
  const text = decodeText(source, bytes);
  const { markdown, lines } = textToMarkdownWithLines(text);
  // The decoded text and each block's first line, so a change is cited by the file's own line.
  return { markdown, format: 'text', source, lines, text };
}

export function textToMarkdown(input: string): string {
  return textToMarkdownWithLines(input).markdown;
}

/** One line of the source, with its 1-based number. */
interface SourceLine {
  text: string;
  line: number;
}

/** The markdown, and for each of its lines the source line where its block starts. */
export function textToMarkdownWithLines(input: string): { markdown: string; lines: number[] } {
  const blocks = blocksOf(input);
  const root: Root = { type: 'root', children: [] };
  const origins = new LeafOrigins();
  blocks.forEach((lines, i) => {
    root.children.push(...blockToNodes(lines, i === blocks.length - 1, origins));
  });
  const tree = normaliseTree(root);
  const markdown = toMarkdown(tree);
  return { markdown, lines: origins.byLine(tree, markdown) };
}

/** Blocks of non-blank lines, split at blank lines and form feeds (page breaks), trailing space trimmed. */
function blocksOf(input: string): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const end = (): void => {
    if (current.length) blocks.push(current);
    current = [];
  };
  input.split('\n').forEach((raw, i) => {
    raw.split('\f').forEach((part, k) => {
      if (k > 0) end();
      const text = part.replace(/\s+$/, '');
      if (text.trim() === '') end();
      else current.push({ text, line: i + 1 });
    });
  });
  end();
  return blocks;
}

function join(lines: SourceLine[]): string {
  return lines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ');
}

function looksLikeHeading(line: string, isLast: boolean): boolean {
  const t = line.trim();
  if (isLast || t.length > 90 || NUMBERED.test(t) || BULLET.test(t)) return false;
  if (/[.,;:!?)"”’]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}

function blockToNodes(lines: SourceLine[], isLast: boolean, origins: LeafOrigins): RootContent[] {
  const first = lines[0]!;
  // Setext-style underlined headings and markdown-style "# " headings in text files.
  if (lines.length === 2 && SETEXT.test(lines[1]!.text.trim())) {
    return [origins.mark(heading(lines[1]!.text.trim().startsWith('=') ? 1 : 2, first.text.trim()), first.line)];
  }
  const atx = /^(#{1,6})\s+(.+?)\s*#*$/.exec(first.text);
  if (lines.length === 1 && atx) return [origins.mark(heading(atx[1]!.length, atx[2]!), first.line)];
  if (lines.length === 1 && looksLikeHeading(first.text, isLast)) return [origins.mark(heading(2, first.text.trim()), first.line)];

  // Split the block into items: each bullet line, and each line that opens with a paragraph
  // label ("42. ", "1.2 ", "(ii) "), starts a new one; other lines continue the one before.
  const out: RootContent[] = [];
  let current: SourceLine[] = [];
  let kind: 'para' | 'bullet' = 'para';
  const flush = (): void => {
    if (current.length === 0) return;
    const value = join(current);
    const line = current[0]!.line;
    if (kind === 'bullet') {
      const item: ListItem = { type: 'listItem', spread: false, children: [origins.mark(paragraph(value.replace(BULLET, '')), line)] };
      const prev = out[out.length - 1];
      if (prev?.type === 'list' && !prev.ordered) prev.children.push(item);
      else out.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else {
      out.push(origins.mark(paragraph(value) satisfies Paragraph, line));
    }
    current = [];
  };
  for (const line of lines) {
    if (BULLET.test(line.text)) {
      flush();
      kind = 'bullet';
    } else if (NUMBERED.test(line.text.trim()) || LABELLED_LINE.test(line.text.trim())) {
      flush();
      kind = 'para';
    }
    current.push(line);
  }
  flush();
  return out;
}

function heading(depth: number, value: string): Heading {
  return { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: [{ type: 'text', value }] };
}
