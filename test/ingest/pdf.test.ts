import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { InputError } from '../../src/ingest/errors.js';
import { blocksOf, guidanceMarkdown, launchChromium, markdownToHtml, tempDir } from './fixtures.js';

// Real tools (Chromium, pdf.js) make and read the fixtures: allow for a slow machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

const CSS = `
  @page { size: A4; }
  body { font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.35; width: 13cm; }
  h1 { font-size: 24pt; } h2 { font-size: 18pt; } h3 { font-size: 14pt; }
  h2:not(:first-of-type) { break-before: page; }
  p, li { margin: 0 0 8pt 0; }
`;
const HEADER = '<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif">Working Together to Safeguard Children — DRAFT for consultation</div>';
const FOOTER = '<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

let dir: string;
let cleanup: () => Promise<void>;
let browser: Browser;
const source = guidanceMarkdown();
let guidancePdf: string;

/** Raw page texts straight from pdfjs, independent of the reader, to check pages against. */
async function rawPageTexts(path: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    out.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return out;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(markdownToHtml(source, CSS));
  guidancePdf = join(dir, 'guidance.pdf');
  await page.pdf({
    path: guidancePdf,
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: HEADER,
    footerTemplate: FOOTER,
    margin: { top: '2.5cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' },
  });
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cleanup?.();
});

describe('PDF reader (Chromium-printed, with running headers, footers and page numbers)', () => {
  it('has at least three pages and a hyphen at a line end (the fixture is what we think it is)', async () => {
    const pages = await rawPageTexts(guidancePdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((p) => p.includes('DRAFT for consultation'))).toBe(true);
    expect(pages.join('\n')).toMatch(/\p{L}-\n/u);
  });

  it('reads back the markdown it was printed from: no changes beyond formatting', async () => {
    const r = await readInput(guidancePdf);
    expect(r.format).toBe('pdf');
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
  });

  it('keeps headings and real paragraph labels, drops running headers, footers and page numbers', async () => {
    const { markdown } = await readInput(guidancePdf);
    expect(markdown).toMatch(/^# Working Together to Safeguard Children\n\n## Chapter 1: A shared responsibility\n\n40\. Local authorities/);
    expect(markdown).toContain('\n### Information sharing\n');
    expect(markdown).toContain('\n1.3 The data protection legislation');
    expect(markdown).toMatch(/\n46\. The lead practitioner/);
    expect(markdown).not.toMatch(/DRAFT|Page \d+ of \d+|^\d+$/m);
    // One paragraph per line: the longest paragraphs are not wrapped.
    expect(markdown.split('\n').some((l) => l.length > 500)).toBe(true);
  });

  it('rejoins words hyphenated at line ends', async () => {
    const { markdown } = await readInput(guidancePdf);
    expect(markdown).toContain(
      'The safeguarding partners must co-ordinate their work. Multi-agency, cross-border and inter-agency arrangements need well-informed, child-centred, evidence-based and trauma-informed practice, and co-operation between long-standing and newly-formed teams so that decision-making is joined-up.',
    );
  });

  it('gives each markdown line the page it came from', async () => {
    const r = await readInput(guidancePdf);
    const raw = await rawPageTexts(guidancePdf);
    const lines = r.markdown.split('\n');
    expect(r.pages).toHaveLength(lines[lines.length - 1] === '' ? lines.length - 1 : lines.length);
    const pageOf = (needle: string): number => r.pages![lines.findIndex((l) => l.includes(needle))]!;
    const rawPageOf = (needle: string): number => raw.findIndex((t) => t.replace(/\s+/g, ' ').includes(needle)) + 1;
    expect(pageOf('# Working Together')).toBe(1);
    for (const heading of ['Chapter 2: Multi-agency expectations', 'Information sharing', 'Chapter 3: Final provisions', '1.3 The data protection']) {
      expect(pageOf(heading)).toBe(rawPageOf(heading));
    }
    expect(pageOf('Chapter 2: Multi-agency')).toBeGreaterThanOrEqual(2);
    expect(pageOf('The closing paragraph')).toBe(raw.length);
    expect(pageOf('The closing paragraph')).toBeGreaterThanOrEqual(3);
    // Non-decreasing.
    expect([...r.pages!].sort((a, b) => a - b)).toEqual(r.pages);
  });
});

describe('PDF reader (other layouts)', () => {
  it('reads written bullet glyphs, bold headings at body size and numbers set apart from the text', async () => {
    const md = [
      '# Decisions',
      '#### Working with families',
      '7. The social worker should discuss the case with their manager.',
      '8. The manager agrees the plan.',
      '- Children are kept at the centre of decisions, and their wishes and feelings are recorded in every plan that is agreed with the family',
      '- Parents are partners',
      'A closing paragraph.',
    ].join('\n\n');
    const css = `body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; width: 12cm; }
      h4 { font-size: 11pt; font-weight: bold; }
      ul { list-style-type: '•  '; }
      ol { padding-left: 1.5cm; } ol li { list-style: none; position: relative; }
      ol li::before { content: counter(list-item) '.'; position: absolute; left: -1.5cm; }`;
    const page = await browser.newPage();
    await page.setContent(markdownToHtml(md, css));
    const path = join(dir, 'layouts.pdf');
    await page.pdf({ path, format: 'A4' });
    await page.close();
    const r = await readInput(path);
    expect(blocksOf(r.markdown)).toEqual(blocksOf(md.replace('####', '##')));
    expect(r.pages?.every((p) => p === 1)).toBe(true);
  });
});

describe('PDF errors', () => {
  it('a PDF with no text layer: "no text layer — run OCR first"', async () => {
    const page = await browser.newPage();
    // A scanned-looking page: only an image (a canvas drawing turned into a PNG data URL).
    await page.setContent('<html><body><canvas id="c" width="600" height="300"></canvas><img id="i"></body></html>');
    await page.evaluate(() => {
      const c = document.getElementById('c') as HTMLCanvasElement;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 600, 300);
      ctx.fillStyle = '#000';
      ctx.font = '28px serif';
      ctx.fillText('42. The social worker should record it.', 20, 60);
      (document.getElementById('i') as HTMLImageElement).src = c.toDataURL('image/png');
      c.remove();
    });
    const path = join(dir, 'scan.pdf');
    await page.pdf({ path, format: 'A4' });
    await page.close();
    const error = await readInput(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot read ${path}: no text layer — run OCR first`);
  });

  // qpdf comes from Debian's package (.ci/run installs it).
  it('an encrypted PDF (qpdf --encrypt) is refused with one line', async () => {
    const path = join(dir, 'locked.pdf');
    execFileSync('/usr/bin/qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', guidancePdf, path]);
    await expect(readInput(path)).rejects.toThrow(`cannot read ${path}: the PDF is encrypted (password protected); remove the password first`);
  });

  it('a corrupt PDF is refused with one line', async () => {
    const bytes = await readFile(guidancePdf);
    const path = join(dir, 'corrupt.pdf');
    // The header survives, the body is overwritten with junk.
    const broken = Buffer.concat([bytes.subarray(0, 16), Buffer.alloc(4000, 0x7a)]);
    await writeFile(path, broken);
    const error = await readInput(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as InputError).message).toMatch(new RegExp(`^cannot read ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (corrupt|no text layer)`));
    expect((error as InputError).message).not.toContain('\n');
  });

  it('a PDF named .html is read as a PDF', async () => {
    const path = join(dir, 'guidance-pdf.html');
    await writeFile(path, await readFile(guidancePdf));
    const r = await readInput(path);
    expect(r.format).toBe('pdf');
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
  });
});
