import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { List, Table as MdTable } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { blocksOf, guidanceMarkdown, markdownToHtml, parseMarkdown, tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => cleanup());

describe('HTML reader', () => {
  it('keeps <main>, drops navigation, cookie banner and footer', async () => {
    const source = guidanceMarkdown({ table: true });
    const article = markdownToHtml(source).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const page = `<!DOCTYPE html><html lang="en"><head><title>Working Together - GOV.UK</title><script>var x = 1;</script></head><body>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix"><p>Cookies on GOV.UK. We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><a href="/">GOV.UK</a></header>
<nav aria-label="Menu"><ul><li><a href="/browse">Topics</a></li><li><a href="/gov">Government activity</a></li></ul></nav>
<div class="govuk-breadcrumbs"><ol><li>Home</li><li>Education</li></ol></div>
<main id="main-content">${article}<nav class="gem-c-contents-list"><h2>Contents</h2><ol><li>Chapter 1</li></ol></nav></main>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0</p></footer>
</body></html>`;
    const path = join(dir, 'guidance.html');
    await writeFile(path, page);
    const r = await readInput(path);
    expect(r.format).toBe('html');
    expect(r.markdown).not.toMatch(/cookie|Skip to main|GOV\.UK|Topics|Open Government|Contents|Home/);
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
    expect(r.markdown).toContain('\n40. Local authorities, working with partners');
    expect(r.markdown).toContain('| Social worker | Leads the assessment |');
  });

  it('turns "42." paragraphs into numbered items and falls back to <body> without chrome', async () => {
    const path = join(dir, 'plain.htm');
    await writeFile(path, '<html><body><header><p>Site name</p></header><h2>Decisions</h2><p>42. The social worker<br>should record it.</p><p>43. Next.</p><p>45. After a gap.</p><footer>Footer</footer></body></html>');
    const r = await readInput(path);
    expect(blocksOf(r.markdown)).toEqual(['h2 Decisions', '42. The social worker should record it.', '43. Next.', '45. After a gap.']);
    expect(r.markdown).not.toMatch(/Site name|Footer/);
  });
});

/** Build a real DOCX from the markdown with the `docx` package: Heading styles, Word numbering, bullets, a table. */
async function markdownToDocx(markdown: string): Promise<Buffer> {
  const tree = parseMarkdown(markdown);
  const children: (Paragraph | Table)[] = [];
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
      const table = node as MdTable;
      children.push(
        new Table({
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

describe('DOCX reader', () => {
  it('reads headings from Word styles, keeps the real paragraph numbers, bullets and the table', async () => {
    const source = guidanceMarkdown({ table: true });
    const path = join(dir, 'guidance.docx');
    await writeFile(path, await markdownToDocx(source));
    const r = await readInput(path);
    expect(r.format).toBe('docx');
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
    expect(r.markdown).toMatch(/^# Working Together to Safeguard Children\n\n## Chapter 1: A shared responsibility\n\n40\. Local authorities/);
    // Numbering continues across the bullets, headings and the unnumbered paragraph in between.
    expect(r.markdown).toContain('\n46. ');
    expect(r.markdown).toContain('\n52. ');
    expect(r.markdown).toContain('| Role | Responsibility |');
  });

  it('reads a DOCX named .pdf as a DOCX (the bytes are unambiguous)', async () => {
    const path = join(dir, 'misnamed.pdf');
    await writeFile(path, await markdownToDocx('# Title\n\n7. Only paragraph.\n'));
    const r = await readInput(path);
    expect(r.format).toBe('docx');
    expect(blocksOf(r.markdown)).toEqual(['h1 Title', '7. Only paragraph.']);
  });

  it('rejects a corrupt DOCX with one line', async () => {
    const good = await markdownToDocx('# Title\n');
    const path = join(dir, 'broken.docx');
    await writeFile(path, good.subarray(0, Math.floor(good.length / 2)));
    await expect(readInput(path)).rejects.toThrow(/^cannot read .*broken\.docx: not a readable Word \(DOCX\) document/);
  });
});
