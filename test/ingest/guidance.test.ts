// The bundled guidance excerpts (real wording, curly apostrophes) through every reader: printed
// to PDF by Chromium with running headers and page numbers, written to DOCX, served as HTML.
// Each must read back with no changes at all. Skipped where the excerpts are not present.

import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { blocksOf, launchChromium, markdownToDocx, markdownToHtml, tempDir } from './fixtures.js';

const GUIDANCE = process.env['WTDIFF_GUIDANCE_DIR'] ?? fileURLToPath(new URL('../../guidance/', import.meta.url));
const files = existsSync(GUIDANCE) ? readdirSync(GUIDANCE).filter((f) => /^wt-.*\.md$/.test(f)) : [];

let dir: string;
let cleanup: () => Promise<void>;
let browser: Browser;

describe.skipIf(files.length === 0)('bundled guidance excerpts through every reader', () => {
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
  });

  it.each(files)('%s', async (file) => {
    const md = await readFile(join(GUIDANCE, file), 'utf8');
    const page = await browser.newPage();
    await page.setContent(markdownToHtml(md, 'body { font-family: sans-serif; font-size: 16pt; text-align: justify; }'));
    const pdf = join(dir, `${file}.pdf`);
    await page.pdf({
      path: pdf,
      format: 'A5',
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:right;padding-right:1cm">Working Together to Safeguard Children</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: { top: '2cm', bottom: '2cm', left: '1.5cm', right: '1.5cm' },
    });
    await page.close();
    const docx = join(dir, `${file}.docx`);
    await writeFile(docx, await markdownToDocx(md));
    const html = join(dir, `${file}.html`);
    await writeFile(html, markdownToHtml(md));
    const expected = blocksOf(md);
    for (const path of [pdf, docx, html]) {
      const r = await readInput(path);
      expect(blocksOf(r.markdown), path).toEqual(expected);
    }
    // The PDF's text is exactly the markdown's (curly apostrophes included), not just its blocks.
    const strip = (s: string): string => s.split('\n').filter(Boolean).join('\n');
    expect(strip((await readInput(pdf)).markdown)).toBe(strip(md));
  }, 60_000);
});
