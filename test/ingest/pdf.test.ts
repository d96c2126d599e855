import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { InputError } from '../../src/ingest/errors.js';
import { blocksOf, guidanceMarkdown, printPdf, SANS, SERIF, scratchDir } from '../support/documents.js';
import { launchChromium } from '../support/browser.js';


const CSS = `
  @page { size: A4; }
  body { font-family: ${SERIF}; font-size: 12pt; line-height: 1.35; width: 13cm; }
  h1 { font-size: 24pt; } h2 { font-size: 18pt; } h3 { font-size: 14pt; }
  h2:not(:first-of-type) { break-before: page; }
  p, li { margin: 0 0 8pt 0; }
`;
const HEADER = `<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif">Working Together to Safeguard Children — DRAFT for consultation</div>`;
const FOOTER = `<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

const scratch = scratchDir();
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
  browser = await launchChromium();
  guidancePdf = scratch.at('guidance.pdf');
  await printPdf(browser, source, CSS, {
    path: guidancePdf,
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: HEADER,
    footerTemplate: FOOTER,
    margin: { top: '2.5cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' },
  });
});

afterAll(async () => {
  await browser?.close();
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
    const css = `body { font-family: ${SANS}; font-size: 11pt; width: 12cm; }
      h4 { font-size: 11pt; font-weight: bold; }
      ul { list-style-type: '•  '; }
      ol { padding-left: 1.5cm; } ol li { list-style: none; position: relative; }
      ol li::before { content: counter(list-item) '.'; position: absolute; left: -1.5cm; }`;
    const path = scratch.at('layouts.pdf');
    await printPdf(browser, md, css, { path, format: 'A4' });
    const r = await readInput(path);
    expect(blocksOf(r.markdown)).toEqual(blocksOf(md.replace('####', '##')));
    expect(r.pages?.every((p) => p === 1)).toBe(true);
  });
});

describe('PDF reader (small pages, narrow margins, short and right- or left-aligned running headers)', () => {
  // The bundled 2015 excerpt in large type: a header set close to the body (inside 1.5 ems and the
  // 15 % band) must still be recognised by repeating in small type, and paragraphs cut by page
  // breaks must be rejoined.
  const GUIDANCE_2015 = new URL('../../guidance/wt-2015.md', import.meta.url);
  const print = async (name: string, md: string, css: string, options: Parameters<import('playwright-core').Page['pdf']>[0]): Promise<string> => {
    const path = scratch.at(name);
    await printPdf(browser, md, css, { path, displayHeaderFooter: true, ...options });
    return path;
  };
  // "Working Together" is also in the title: count it rather than forbid it.
  const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

  it('A6, 1 cm margins, a short right-aligned header in 7px type: no "- Working Together", paragraphs rejoined', async () => {
    const md = await readFile(GUIDANCE_2015, 'utf8');
    const pdf = await print('a6.pdf', md, `body { font-family: ${SERIF}; font-size: 18pt; }`, {
      format: 'A6',
      headerTemplate: '<div style="font-size:7px;width:100%;text-align:right">Working Together</div>',
      footerTemplate: '<div style="font-size:7px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' },
    });
    const raw = await rawPageTexts(pdf);
    expect(raw.length).toBeGreaterThanOrEqual(4);
    expect(raw.every((t) => t.includes('Working Together'))).toBe(true);
    const { markdown } = await readInput(pdf);
    expect(markdown).not.toMatch(/^(?:- )?Working Together$/m);
    expect(occurrences(markdown, 'Working Together')).toBe(occurrences(md, 'Working Together'));
    expect(markdown).toContain('services are to be delivered, and what actions are to be undertaken');
    expect(blocksOf(markdown)).toEqual(blocksOf(md));
  });

  it('Letter, a left-aligned header and a "Page N of M" footer', async () => {
    const md = await readFile(GUIDANCE_2015, 'utf8');
    const pdf = await print('letter.pdf', md, `body { font-family: ${SERIF}; font-size: 18pt; }`, {
      format: 'Letter',
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:left;padding-left:1cm">Working Together</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' },
    });
    expect((await rawPageTexts(pdf)).length).toBeGreaterThanOrEqual(2);
    const { markdown } = await readInput(pdf);
    expect(markdown).not.toMatch(/^(?:- )?Working Together$|Page \d+ of \d+/m);
    expect(occurrences(markdown, 'Working Together')).toBe(occurrences(md, 'Working Together'));
    expect(blocksOf(markdown)).toEqual(blocksOf(md));
  });

  it('justified text cut by a page break just after a full stop is one paragraph', async () => {
    const md = await readFile(GUIDANCE_2015, 'utf8');
    const pdf = await print('a6-justified.pdf', md, `body { font-family: ${SANS}; font-size: 16pt; text-align: justify; }`, {
      format: 'A6',
      headerTemplate: '<div style="font-size:7px;width:100%;text-align:center">Working Together</div>',
      footerTemplate: '<div style="font-size:7px;width:100%;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' },
    });
    // The fixture is what we think it is: "…the plan for the child." ends one page, "Together they…" opens the next.
    const raw = (await rawPageTexts(pdf)).map((t) => t.replace(/\s+/g, ' '));
    const before = raw.findIndex((t) => t.includes('the plan for the child.'));
    expect(before).toBeGreaterThanOrEqual(0);
    expect(raw[before]).not.toContain('Together they');
    expect(raw[before + 1]).toContain('Together they should ask');
    const { markdown } = await readInput(pdf);
    expect(markdown).toContain('the plan for the child. Together they should ask');
    expect(blocksOf(markdown)).toEqual(blocksOf(md));
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
    const path = scratch.at('scan.pdf');
    await page.pdf({ path, format: 'A4' });
    await page.close();
    const error = await readInput(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot read ${path}: no text layer — run OCR first`);
  });

  // Encrypted with a user password by @cantoo/pdf-lib (pdf-lib with the standard security handler).
  it('an encrypted PDF is refused with one line', async () => {
    const path = scratch.at('locked.pdf');
    const doc = await PDFDocument.load(await readFile(guidancePdf));
    doc.encrypt({ userPassword: 'user-secret', ownerPassword: 'owner-secret' });
    await writeFile(path, await doc.save());
    expect((await readFile(path)).includes('/Encrypt')).toBe(true);
    await expect(readInput(path)).rejects.toThrow(`cannot read ${path}: the PDF is encrypted (password protected); remove the password first`);
  });

  it('a corrupt PDF is refused with one line', async () => {
    const bytes = await readFile(guidancePdf);
    const path = scratch.at('corrupt.pdf');
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
    const path = scratch.at('guidance-pdf.html');
    await writeFile(path, await readFile(guidancePdf));
    const r = await readInput(path);
    expect(r.format).toBe('pdf');
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
  });
});
