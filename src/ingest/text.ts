// Plain text: paragraphs are separated by blank lines; hard-wrapped lines inside a paragraph are
// joined; "42. " and "1.3 " paragraph labels are kept; "- ", "* ", "• " lines are bullets.
// A line that opens with a label ("(ii) ", "(a) ", "b) ", "7.1.2 ") starts an item of its own.
// A short single-line block without closing punctuation is taken as a heading, unless it is
// a date, a parliamentary session, a bill number or the like from the top of a document.

import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Ingested } from './types.js';
import { decodeText } from './sniff.js';
import { BARE_LABEL, LABELLED_LINE, LeafOrigins, NUMBERED, normaliseTree, paragraph, toMarkdown } from './mdast.js';

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
  if (isFrontMatter(t)) return false;
  return t.split(/\s+/).length <= 12;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?';
/** A date: "12 March 2024", "1st March 2023", "March 12, 2024", "March 2024", "12/03/2024", "2024-03-12". */
const DATE = new RegExp(
  `(?:${WEEKDAY}\\s+)?(?:${DAY}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+${DAY},?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  'iu',
);
/** What may stand before a date on a line that only dates the document: "Published: 2 July 2018". */
const DATED = new RegExp(
  `^(?:(?:(?:first|originally)\\s+)?published(?:\\s+on)?|(?:last\\s+)?(?:updated|revised|amended|modified|reviewed)(?:\\s+on)?|dated?|issued(?:\\s+on)?|effective(?:\\s+(?:from|date))?|valid\\s+from|in\\s+force(?:\\s+from)?|(?:coming|comes|came)\\s+into\\s+force(?:\\s+on)?|made|laid(?:\\s+before\\s+parliament)?(?:\\s+on)?|presented(?:\\s+to\\s+parliament)?(?:\\s+on)?|ordered(?:\\s+by\\s+the\\s+house\\s+of\\s+\\w+)?\\s+to\\s+be\\s+printed|as\\s+(?:at|of)|correct\\s+(?:as\\s+)?(?:at|of)|next\\s+review(?:\\s+date)?|review\\s+date)?\\s*[:–—-]?\\s*$`,
  'iu',
);
const FRONT_MATTER: RegExp[] = [
  // "Session 2024-25", "Parliamentary session 2024–2025"
  /^(?:parliamentary\s+)?session\s+\d{4}\s*[-–—/]\s*\d{2,4}$/iu,
  // "HL Bill 35", "HC Bill 123 2024-25", "Bill 35 58/4"
  /^(?:(?:HL|HC)\s+)?Bill\s+\d+[A-Z]?(?:[\s,]+[\d/()–—-]+)*$/u,
  // "[AS INTRODUCED]", "As amended in committee", "(As brought from the Commons)"
  /^[[(]?\s*as\s+(?:introduced|amended|brought\s+from|passed|reported|ordered\s+to\s+be\s+printed)\b/iu,
  // "Version 2.1", "v1.3", "Revision 4 (draft)"
  /^(?:version|ver\.?|v|rev\.?|revision)\s*\d+(?:\.\d+)*[a-z]?\b(?:\s+\S+){0,4}$/iu,
  // "Crown copyright 2018", "ISBN 978-1-78105-862-2", "Reference: DFE-00195-2018"
  /^(?:©\s*)?crown\s+copyright\b/iu,
  /^ISBN\b/u,
  /^(?:ref(?:erence)?(?:\s+(?:no|number)\.?)?|our\s+ref)\s*:/iu,
];

/**
 * The lines at the top of a bill or a document that date or number it rather than head a part
 * of it: "Session 2024-25", "12 March 2024", "Published: 2 July 2018", "HL Bill 35",
 * "[AS INTRODUCED]", "Version 2.1". A title with a year in it ("Children Act 1989") and a
 * heading that names a date among other words ("Changes from 1 April 2024") stay headings.
 */
export function isFrontMatter(line: string): boolean {
  const t = line.trim();
  if (!/\p{L}/u.test(t)) return true; // "2024-25", "12/03/2024", a page number
  if (FRONT_MATTER.some((re) => re.test(t))) return true;
  const date = DATE.exec(t);
  if (!date) return false;
  const rest = (t.slice(0, date.index) + ' ' + t.slice(date.index + date[0].length)).trim();
  return DATED.test(rest);
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
  let label: string | undefined;
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (BULLET.test(line.text)) {
      flush();
      kind = 'bullet';
      label = undefined;
    } else if (i === 0 || startsItem(t, lines[i - 1]!.text.trim(), lines[i + 1]?.text.trim(), label)) {
      flush();
      kind = 'para';
      label = labelOf(t);
    }
    current.push(line);
  });
  flush();
  return out;
}

// A cross-reference that a wrapped line finishes: "… as set out in paragraph / (a) of the annex".
const REFERS = /\b(?:paragraphs?|paras?|sub-?paragraphs?|sections?|sub-?sections?|regulations?|clauses?|sub-?clauses?|articles?|chapters?|annex(?:es)?|appendix|appendices|see)$/iu;

/**
 * Does this line, inside a block, start a new item rather than continue the line before? It
 * does when it opens with a paragraph label ("42. ", "1.2 The", "(ii) ", "b) "), or is a label
 * alone with its wording on the next line. It does not when the "label" is a figure the line
 * before runs on into: after a cross-reference ("… in paragraph / (a) of the annex", "… section /
 * 7.1 Table 3") or as a year ("… the report of / 2018. It …") — unless it follows on from the
 * label of the item before ("(h)" → "(i)", "(i)" → "(ii)", "7.1.2" → "7.2", "1999." → "2000.").
 */
function startsItem(t: string, before: string, after: string | undefined, previous: string | undefined): boolean {
  const label = labelOf(t);
  if (label === undefined) return false;
  // A label alone needs its wording on the next line: "1.5" before "million" is a figure.
  if (label === t && (after === undefined || BULLET.test(after) || BARE_LABEL.test(after) || (/^\d+\.\d+$/.test(t) && /^\p{Ll}/u.test(after)))) return false;
  if (previous !== undefined && followsOn(previous, label)) return true;
  if (REFERS.test(before)) return false;
  return !/^\d{4}\.$/.test(label); // a year
}

/** The label a line opens with, "42.", "7.1.2", "(ii)", "b)", when the line is a labelled one. */
function labelOf(t: string): string | undefined {
  if (!NUMBERED.test(t) && !LABELLED_LINE.test(t) && !BARE_LABEL.test(t)) return undefined;
  return /^(?:\d{1,4}\.(?=\s|$)|\d{1,3}(?:\.\d{1,3})+\.?|\([^)\s]{1,6}\)|[a-zA-Z\d]{1,3}\))/u.exec(t)?.[0];
}

/** Is `next` the label after `previous` in one list: the next number, letter or roman number? */
function followsOn(previous: string, next: string): boolean {
  const dotted = /^\d+(?:\.\d+)+\.?$/;
  if (dotted.test(previous) && dotted.test(next)) {
    const p = previous.replace(/\.$/, '').split('.').map(Number);
    const n = next.replace(/\.$/, '').split('.').map(Number);
    // "7.1" → "7.1.1" (down a level), "7.1.2" → "7.1.3" or "7.2" (the next at this level or one above).
    if (n.length === p.length + 1) return n.slice(0, -1).join('.') === p.join('.') && n[n.length - 1] === 1;
    if (n.length > p.length || n.length < 2) return false;
    return n.slice(0, -1).join('.') === p.slice(0, n.length - 1).join('.') && n[n.length - 1] === p[n.length - 1]! + 1;
  }
  const shape = (l: string) => l.replace(/[a-zA-Z\d]+/, 'x');
  if (shape(previous) !== shape(next)) return false; // "(a)" and "a)" are different lists
  const p = previous.replace(/[^a-zA-Z\d]/g, '');
  const n = next.replace(/[^a-zA-Z\d]/g, '');
  if (/^\d+$/.test(p) && /^\d+$/.test(n)) return Number(n) === Number(p) + 1;
  // A letter list ("(h)", "(i)", "(j)") or a roman one ("(i)", "(ii)", "(iii)"): either reading will do.
  const letter = p.length === 1 && n.length === 1 && n.toLowerCase().charCodeAt(0) === p.toLowerCase().charCodeAt(0) + 1;
  const roman = fromRoman(p) !== undefined && fromRoman(n) === fromRoman(p)! + 1;
  return letter || roman;
}

function fromRoman(s: string): number | undefined {
  const r = s.toLowerCase();
  if (!/^(?:x{0,3})(?:ix|iv|v?i{0,3})$/.test(r) || r === '') return undefined;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = values[r[i]!]!;
    const next = values[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function heading(depth: number, value: string): Heading {
  return { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: [{ type: 'text', value }] };
}
