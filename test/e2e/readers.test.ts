// The bundled guidance excerpts (real wording, curly apostrophes) through every reader: printed
// to PDF by Chromium (from npm) with running headers and page numbers, written to DOCX, served as HTML.
// Each must read back with no changes at all, and a comparison finds the same role changes
// whichever format the old edition comes in.

import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { blocksOf, markdownToDocx, markdownToHtml, printPdf, SANS, SERIF, scratchDir } from '../support/documents.js';
import { launchChromium } from '../support/browser.js';
import { runMain } from '../support/cli.js';
import type { Comparison } from '../../src/types.js';

const GUIDANCE = process.env['WTDIFF_GUIDANCE_DIR'] ?? fileURLToPath(new URL('../../guidance/', import.meta.url));
const files = existsSync(GUIDANCE) ? readdirSync(GUIDANCE).filter((f) => /^wt-.*\.md$/.test(f)) : [];

const scratch = scratchDir();
let browser: Browser;

describe('bundled guidance excerpts through every reader', () => {
  it('finds the excerpts', () => expect(files).toEqual(['wt-2015.md', 'wt-2017-draft.md', 'wt-2018.md']));

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(files)('%s', async (file) => {
    const md = await readFile(join(GUIDANCE, file), 'utf8');
    const pdf = scratch.at(`${file}.pdf`);
    await printPdf(browser, md, `body { font-family: ${SANS}; font-size: 16pt; text-align: justify; }`, {
      path: pdf,
      format: 'A5',
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:right;padding-right:1cm">Working Together to Safeguard Children</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: { top: '2cm', bottom: '2cm', left: '1.5cm', right: '1.5cm' },
    });
    const docx = scratch.at(`${file}.docx`);
    await writeFile(docx, await markdownToDocx(md));
    const html = scratch.at(`${file}.html`);
    await writeFile(html, markdownToHtml(md));
    const expected = blocksOf(md);
    for (const path of [pdf, docx, html]) {
      const r = await readInput(path);
      expect(blocksOf(r.markdown), path).toEqual(expected);
    }
    // The PDF's text is exactly the markdown's (curly apostrophes included), not just its blocks.
    const strip = (s: string): string => s.split('\n').filter(Boolean).join('\n');
    expect(strip((await readInput(pdf)).markdown)).toBe(strip(md));
  });

  it('2015 as PDF, DOCX or HTML against 2018 markdown: the same six role changes; PDF changes carry their page', async () => {
    const md = await readFile(join(GUIDANCE, 'wt-2015.md'), 'utf8');
    const pdf = scratch.at('compare-2015.pdf');
    // A small page with narrow margins and a short right-aligned header: several page breaks.
    await printPdf(browser, md, `body { font-family: ${SERIF}; font-size: 18pt; }`, { path: pdf, format: 'A6', displayHeaderFooter: true, headerTemplate: '<div style="font-size:7px;width:100%;text-align:right">Working Together</div>', footerTemplate: '<div style="font-size:7px;width:100%;text-align:center"><span class="pageNumber"></span></div>', margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' } });
    const docx = scratch.at('compare-2015.docx');
    await writeFile(docx, await markdownToDocx(md));
    const html = scratch.at('compare-2015.html');
    await writeFile(html, markdownToHtml(md));
    const roleChanges = async (old: string) => {
      const r = await runMain([old, join(GUIDANCE, 'wt-2018.md'), '--format', 'json']);
      const cmp = JSON.parse(r.stdout) as Comparison;
      return { cmp, roles: cmp.changes.filter((c) => c.roles.removed.length || c.roles.added.length).map((c) => [c.roles.removed, c.roles.added, c.roleEvents.map((e) => e.decision)]) };
    };
    const expected = (await roleChanges(join(GUIDANCE, 'wt-2015.md'))).roles;
    expect(expected).toHaveLength(6);
    for (const path of [pdf, docx, html]) expect((await roleChanges(path)).roles, path).toEqual(expected);
    const fromPdf = (await roleChanges(pdf)).cmp;
    const pages = fromPdf.changes.map((c) => c.old!.page);
    expect(pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
    expect(new Set(pages).size).toBeGreaterThan(1);
    const text = await runMain([pdf, join(GUIDANCE, 'wt-2018.md'), '--no-color']);
    expect(text.stdout).toMatch(/old p\. \d+ → new line \d+/);
  });
});
