// Plain text: paragraphs are separated by blank lines; hard-wrapped lines inside a paragraph are
// joined; "42. " and "1.3 " paragraph labels are kept; "- ", "* ", "• " lines are bullets.
// A short single-line block without closing punctuation is taken as a heading.

import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Ingested } from './types.js';
import { decodeText } from './sniff.js';
import { NUMBERED, normaliseTree, paragraph, toMarkdown } from './mdast.js';

const BULLET = /^\s*(?:[-*+•◦▪‣⁃·]|\u2013|\u2014)\s+(?=\S)/;
const SETEXT = /^(?:=+|-+)\s*$/;

export function readText(source: string, bytes: Uint8Array): Ingested {
  return { markdown: textToMarkdown(decodeText(source, bytes)), format: 'text', source };
}

export function textToMarkdown(input: string): string {
  const blocks = input
    .replace(/\f/g, '\n\n')
    .split(/\n[ \t]*\n+/)
    .map((b) => b.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
  const root: Root = { type: 'root', children: [] };
  blocks.forEach((lines, i) => {
    root.children.push(...blockToNodes(lines, i === blocks.length - 1));
  });
  return toMarkdown(normaliseTree(root));
}

function join(lines: string[]): string {
  return lines.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ');
}

function looksLikeHeading(line: string, isLast: boolean): boolean {
  const t = line.trim();
  if (isLast || t.length > 90 || NUMBERED.test(t) || BULLET.test(t)) return false;
  if (/[.,;:!?)"”’]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}

function blockToNodes(lines: string[], isLast: boolean): RootContent[] {
  const first = lines[0]!;
  // Setext-style underlined headings and markdown-style "# " headings in text files.
  if (lines.length === 2 && SETEXT.test(lines[1]!.trim())) {
    return [heading(lines[1]!.trim().startsWith('=') ? 1 : 2, first.trim())];
  }
  const atx = /^(#{1,6})\s+(.+?)\s*#*$/.exec(first);
  if (lines.length === 1 && atx) return [heading(atx[1]!.length, atx[2]!)];
  if (lines.length === 1 && looksLikeHeading(first, isLast)) return [heading(2, first.trim())];

  // Split the block into items: each bullet or numbered line starts a new one; other lines continue.
  const out: RootContent[] = [];
  let current: string[] = [];
  let kind: 'para' | 'bullet' = 'para';
  const flush = (): void => {
    if (current.length === 0) return;
    const value = join(current);
    if (kind === 'bullet') {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(value.replace(BULLET, ''))] };
      const prev = out[out.length - 1];
      if (prev?.type === 'list' && !prev.ordered) prev.children.push(item);
      else out.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else {
      out.push(paragraph(value) satisfies Paragraph);
    }
    current = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      flush();
      kind = 'bullet';
    } else if (NUMBERED.test(line.trim()) || /^\d+(?:\.\d+)+\s+\S/.test(line.trim())) {
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
