// The HTML report in headless Chromium: no network, working filters and search,
// hostile document text inert. Screenshots go to test/artifacts/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render, ROOT } from '../support/report.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

interface Watched {
  page: Page;
  requests: string[];
  blocked: string[];
  dialogs: string[];
  errors: string[];
}

// No skip: the browser comes from an npm package (test/support/browser.ts), and a browser
// test that silently passes without a browser would prove nothing.
describe('html report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Watched> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w: Watched = { page, requests: [], blocked: [], dialogs: [], errors: [] };
    page.on('request', (r) => w.requests.push(r.url()));
    page.on('dialog', (d) => {
      w.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => w.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(m.text());
    });
    await page.route('**', (route) => {
      const url = route.request().url();
      if (/^(file|data):/.test(url)) return route.continue();
      w.blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    return w;
  }

  const visible = (page: Page) => page.locator('article.change:visible');

  it('filters by tag and searches the text, with no network', async () => {
    const file = join(ARTIFACTS, 'report-2015-2018.html');
    writeFileSync(file, render('html', compareFiles(GUIDANCE_OLD, GUIDANCE_NEW)));
    const w = await open(file);
    const { page } = w;
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
    expect(await visible(page).count()).toBe(8);
    await expect.poll(() => page.locator('#status').textContent()).toBe('Showing 8 of 8 changes.');

    await page.getByRole('checkbox', { name: /^role-removed/ }).click();
    expect(await visible(page).count()).toBe(6);
    for (const t of await visible(page).allTextContents()) expect(t).toMatch(/Manager removed from/);
    expect(await page.locator('#status').textContent()).toBe('Showing 6 of 8 changes tagged role-removed.');
    expect(await page.locator('section.doc-section:visible').count()).toBe(3);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'report-2015-2018-role-removed.png'), fullPage: true });

    // Keyboard only: untick role-removed, tick role-substituted.
    await page.getByRole('checkbox', { name: /^role-removed/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: /^role-substituted/ }).focus();
    await page.keyboard.press('Space');
    expect(await visible(page).count()).toBe(1);
    expect(await visible(page).first().textContent()).toContain('Colleague added to: talk through their concerns');
    expect(await page.locator('section.doc-section:visible').count()).toBe(1);
    expect(await page.locator('nav.contents a[href="#section-2"] .count').textContent()).toBe('1');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await visible(page).count()).toBe(8);
    await page.getByLabel('Search the text').fill('strategy discussion');
    expect(await visible(page).count()).toBe(1);
    await page.getByLabel('Search the text').fill('THEIR MANAGER');
    const hits = await visible(page).allTextContents();
    expect(hits.length).toBeGreaterThanOrEqual(4);
    for (const t of hits) expect(t.toLowerCase()).toContain('their manager');
    await page.getByLabel('Search the text').fill('');

    await page.getByRole('radio', { name: 'Inline' }).check();
    expect(await page.locator('article.change .inline:visible').count()).toBe(8);
    expect(await page.locator('article.change .sides:visible').count()).toBe(0);
    await page.getByRole('radio', { name: 'Side by side' }).check();
    await page.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)');

    await page.screenshot({ path: join(ARTIFACTS, 'report-2015-2018.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#controls').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(w.blocked).toEqual([]);
    expect(w.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(w.requests).toHaveLength(1);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('keeps a hostile document inert', async () => {
    const file = join(ARTIFACTS, 'report-hostile.html');
    writeFileSync(file, render('html', compareFiles(HOSTILE_OLD, HOSTILE_NEW), true));
    const w = await open(file);
    const { page } = w;
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
    await page.getByLabel('Search the text').fill('<script>');
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await visible(page).count()).toBe(1);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
    expect(w.dialogs).toEqual([]);
    expect(w.blocked).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
