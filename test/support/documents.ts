// Fixture makers for the reader tests. Nothing here is a hand-typed binary: DOCX files are
// written by the `docx` package, PDFs are printed by headless Chromium (test/support/browser.ts), and
// the HTML they start from is rendered from markdown by remark-rehype.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table as DocxTable, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { List, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';

// Fonts for the pages printed to PDF, embedded in each page from npm packages (@fontsource:
// Arimo and Tinos, metric-compatible with Liberation Sans and Serif), so line and page breaks —
// which the PDF fixtures' own checks depend on — are the same on every machine, whatever fonts
// it has installed. Fixture CSS names these families, never a generic one.
const fontFile = (family: string, weight: number): string =>
  readFileSync(createRequire(import.meta.url).resolve(`@fontsource/${family.toLowerCase()}/files/${family.toLowerCase()}-latin-${weight}-normal.woff2`)).toString('base64');
let fontFaces: string | undefined;
function embeddedFonts(): string {
  fontFaces ??= ['Arimo', 'Tinos']
    .flatMap((family) => [400, 700].map((weight) => `@font-face { font-family: '${family}'; font-weight: ${weight}; src: url(data:font/woff2;base64,${fontFile(family, weight)}) format('woff2'); }`))
    .join('\n');
  return fontFaces;
}
export const SANS = "'Arimo'";
export const SERIF = "'Tinos'";

export interface Scratch {
  /** The directory (set once the file's tests start). */
  readonly path: string;
  /** A path inside it. */
  at(name: string): string;
  /** Write a file into it; returns its path. */
  file(name: string, content: string | Uint8Array): Promise<string>;
}

/** A temp dir for the calling test file: made before its tests, removed after them. */
export function scratchDir(): Scratch {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wtdiff-ingest-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get path() {
      return dir;
    },
    at: (name) => join(dir, name),
    file: async (name, content) => {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    },
  };
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

export function markdownToHtml(markdown: string, css = ''): string {
  const body = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(markdown).toString();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Working Together</title><style>${embeddedFonts()}\nbody { font-family: ${SERIF}; }\n${css}</style></head><body>${body}</body></html>`;
}

/** Print markdown to PDF in headless Chromium, with the embedded fonts loaded first. */
export async function printPdf(browser: Browser, markdown: string, css: string, options: Parameters<Page['pdf']>[0] = {}): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(markdownToHtml(markdown, css));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf(options);
  } finally {
    await page.close();
  }
}

const plain = (node: Nodes): string => {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
};

const norm = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * The blocks the comparison would see, as strings: "h2 Title", "42. text", "- text", "| a | b |",
 * "p text". Two documents with the same list have no changes beyond editorial formatting.
 */
export function blocksOf(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes, list?: List, index = 0): void => {
    switch (node.type) {
      case 'heading':
        out.push(`h${node.depth} ${norm(plain(node))}`);
        return;
      case 'paragraph':
        if (list?.ordered) out.push(`${(list.start ?? 1) + index}. ${norm(plain(node))}`);
        else if (list) out.push(`- ${norm(plain(node))}`);
        else out.push(`p ${norm(plain(node))}`);
        return;
      case 'list':
        node.children.forEach((item, i) => item.children.forEach((c) => walk(c, node, i)));
        return;
      case 'table':
        for (const row of (node as Table).children) out.push(`| ${row.children.map((c) => norm(plain(c))).join(' | ')} |`);
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) walk(c, list, index);
    }
  };
  walk(parseMarkdown(markdown));
  return out;
}

const SENTENCES = [
  'Local authorities, working with partners, should ensure that children and families receive the right help at the right time.',
  'Practitioners should build relationships with families that are based on trust, respect and honesty.',
  'The lead practitioner should agree the plan with the family and review it regularly with the multi-agency team.',
  'Safeguarding partners should publish arrangements that set out how they will work together to identify and respond to need.',
  'Where there are concerns about a child, the social worker should discuss them with their manager and record the decision.',
  'Information should be shared in a timely way so that decisions are based on the best available evidence.',
];

/** A guidance-like markdown document long enough for several printed pages. */
export function guidanceMarkdown(options: { table?: boolean } = {}): string {
  const parts: string[] = ['# Working Together to Safeguard Children', '## Chapter 1: A shared responsibility'];
  let n = 40;
  const para = (k: number): string => Array.from({ length: 5 }, (_, i) => SENTENCES[(k + i) % SENTENCES.length]).join(' ');
  for (let k = 0; k < 6; k++) parts.push(`${n++}. ${para(k)}`);
  parts.push('### Principles for working with families');
  parts.push('- Children are kept at the centre of decisions\n- Parents are treated as partners\n- Practitioners are honest about concerns');
  parts.push(
    'The safeguarding partners must co-ordinate their work. Multi-agency, cross-border and inter-agency arrangements need well-informed, child-centred, evidence-based and trauma-informed practice, and co-operation between long-standing and newly-formed teams so that decision-making is joined-up.',
  );
  for (let k = 0; k < 6; k++) parts.push(`${n++}. ${para(k + 2)}`);
  parts.push('## Chapter 2: Multi-agency expectations');
  for (let k = 0; k < 8; k++) parts.push(`${n++}. ${para(k + 3)}`);
  parts.push('### Information sharing');
  parts.push('1.3 The data protection legislation is not a barrier to sharing information where the failure to do so would place a child at risk.');
  for (let k = 0; k < 6; k++) parts.push(`${n++}. ${para(k + 1)}`);
  if (options.table) {
    parts.push('| Role | Responsibility |\n| --- | --- |\n| Social worker | Leads the assessment |\n| Manager | Agrees the plan |');
  }
  parts.push('## Chapter 3: Final provisions');
  parts.push('The closing paragraph is on the last page and names the lead practitioner.');
  return `${parts.join('\n\n')}\n`;
}

/** Build a real DOCX from the markdown with the `docx` package: Heading styles, Word numbering, bullets, a table. */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const tree = parseMarkdown(markdown);
  const children: (Paragraph | DocxTable)[] = [];
  const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
  const text = (node: { children?: unknown[]; value?: string }): string =>
    node.value ?? (node.children ?? []).map((c) => text(c as { children?: unknown[]; value?: string })).join('');
  let firstStart: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      children.push(new Paragraph({ text: text(node), heading: headings[node.depth - 1]! }));
    } else if (node.type === 'paragraph') {
      children.push(new Paragraph({ children: [new TextRun(text(node))] }));
    } else if (node.type === 'list') {
      const list = node as List;
      firstStart ??= list.start ?? 1;
      for (const item of list.children) {
        const t = text(item);
        children.push(
          list.ordered
            ? new Paragraph({ children: [new TextRun(t)], numbering: { reference: 'paragraphs', level: 0, instance: 1 } })
            : new Paragraph({ children: [new TextRun(t)], bullet: { level: 0 } }),
        );
      }
    } else if (node.type === 'table') {
      const table = node as Table;
      children.push(
        new DocxTable({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: table.children.map((row) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph(text(cell))] })) })),
        }),
      );
    }
  }
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: firstStart ?? 1, alignment: AlignmentType.START }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

