// Markdown → mdast with remark-parse and the GitHub-flavoured extensions (tables,
// strikethrough, footnotes, task lists, autolink literals) — the tree remark-gfm gives.
//
// Each GFM construct needs a character without which it cannot occur (a table a "|",
// strikethrough a "~", an autolink literal "www.", "http(s)://", "mailto:", "xmpp:" or
// "@" …). A piece of text without it is parsed without that extension: the tree is the
// same, and the autolink-literal extension alone costs more than half of the parse.
// Processors are built once per combination of extensions.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { DocumentLimitError } from '../errors.js';

interface GfmPart {
  /** Text that cannot contain the construct never needs the extension. */
  trigger: RegExp;
  syntax: () => MicromarkExtension;
  tree: () => FromMarkdownExtension;
}

// In remark-gfm's order.
const PARTS: GfmPart[] = [
  { trigger: /www\.|https?:\/\/|mailto:|xmpp:|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { trigger: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { trigger: /~/, syntax: () => gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown },
  { trigger: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { trigger: /\[[ xX]\]/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
];

const processors = new Map<number, Processor<Root>>();

function processorFor(mask: number): Processor<Root> {
  let p = processors.get(mask);
  if (!p) {
    const parts = PARTS.filter((_, i) => mask & (1 << i));
    p = unified()
      .use(remarkParse)
      .use(function gfmParts() {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...parts.map((x) => x.syntax()));
        (data.fromMarkdownExtensions ??= []).push(...parts.map((x) => x.tree()));
      }) as unknown as Processor<Root>;
    processors.set(mask, p);
  }
  return p;
}

/** Which GFM extensions this text could need, as a bit mask over PARTS. */
export function gfmNeeds(markdown: string): number {
  let mask = 0;
  PARTS.forEach((part, i) => {
    if (part.trigger.test(markdown)) mask |= 1 << i;
  });
  return mask;
}

export function parseMarkdown(markdown: string): Root {
  checkNesting(markdown);
  return processorFor(gfmNeeds(markdown)).parse(markdown);
}

/** The full remark-gfm pipeline, for tests that check the selective one against it. */
export function parseMarkdownFullGfm(markdown: string): Root {
  return processorFor((1 << PARTS.length) - 1).parse(markdown);
}

// Bounds on container nesting (block quotes and lists), checked before parsing.
// remark-gfm's transforms recurse once per level and overflowed the stack at a few
// thousand nested list items; micromark re-checks every open container on every
// line, so deep nesting over many lines took minutes and gigabytes. Real guidance
// nests a handful of levels; beyond these limits the input is refused (exit 2).
export const MAX_NESTING = 100;
/**
 * Sum over lines of the containers each line continues (a lazy continuation line
 * keeps the depth of the line before it): the parser's work on containers, which
 * measured at several microseconds per unit.
 */
const MAX_CONTAINER_WORK = 1_000_000;

// GFM tables parse at tens of microseconds per cell (a 5000 × 50 table took 20 s
// and 1.5 GB per side); cells are counted as the "|" of lines that start with one.
const MAX_TABLE_CELLS = 50_000;

/** Throw DocumentLimitError when lists or quotes nest too deep for bounded parsing. */
export function checkNesting(markdown: string): void {
  let max = 0;
  let maxLine = 0;
  let line = 1;
  let work = 0;
  let current = 0;
  let blankBefore = true;
  let cells = 0;
  for (let i = 0; i < markdown.length; ) {
    const nl = markdown.indexOf('\n', i);
    const end = nl < 0 ? markdown.length : nl;
    const depth = prefixDepth(markdown, i);
    const blank = markdown.slice(i, Math.min(end, i + 200)).trim() === '' && end - i <= 200;
    if (depth > 0) current = depth;
    else if (blank || blankBefore) current = 0;
    blankBefore = blank;
    work += current;
    if (depth > max) {
      max = depth;
      maxLine = line;
    }
    if (max > MAX_NESTING) {
      throw new DocumentLimitError(`lists or block quotes nested more than ${MAX_NESTING} levels deep (line ${maxLine})`);
    }
    if (work > MAX_CONTAINER_WORK) {
      throw new DocumentLimitError(`lists or block quotes nested ${max} levels deep (line ${maxLine}) over too many lines (${line} lines read): too deep to compare`);
    }
    if (isTableLine(markdown, i, end)) {
      cells += countPipes(markdown, i, end);
      if (cells > MAX_TABLE_CELLS) throw new DocumentLimitError(`tables with more than ${MAX_TABLE_CELLS} cells in all (line ${line})`);
    }
    if (nl < 0) break;
    i = nl + 1;
    line++;
  }
}

/** Does the line, after indentation and quote markers, start a table row ("|")? */
function isTableLine(s: string, i: number, end: number): boolean {
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 62)) i++;
  return s.charCodeAt(i) === 124;
}

function countPipes(s: string, i: number, end: number): number {
  let n = 0;
  for (let k = s.indexOf('|', i); k !== -1 && k < end; k = s.indexOf('|', k + 1)) n++;
  return n;
}

/**
 * An upper estimate of the containers a line opens or continues: every ">" and
 * list marker in its leading prefix, and every two columns of indentation.
 */
function prefixDepth(s: string, i: number): number {
  let depth = 0;
  let spaces = 0;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c === 9) spaces += 4;
    else if (c === 62 /* > */) {
      depth++;
      if (s.charCodeAt(i + 1) === 32) i++; // the space after a marker is not indentation
    } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceOrEnd(s.charCodeAt(i + 1))) {
      depth++;
      if (s.charCodeAt(i + 1) === 32) i++;
    }
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j - i < 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      const d = s.charCodeAt(j);
      if ((d === 46 || d === 41) /* . ) */ && isSpaceOrEnd(s.charCodeAt(j + 1))) {
        depth++;
        i = s.charCodeAt(j + 1) === 32 ? j + 1 : j;
      } else break;
    } else break;
    i++;
  }
  // A blank line (only a prefix of spaces) continues nothing by its indentation.
  const end = s.charCodeAt(i);
  if (Number.isNaN(end) || end === 10 || end === 13) return depth;
  return depth + (spaces >> 1);
}

function isSpaceOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
