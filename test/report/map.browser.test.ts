// The change map (src/report/html-map.ts) and the history page (history-html.ts) in headless
// Chromium, the npm-packaged browser: every mark a working link, every mark reached by the Tab
// key, the 2015 → 2018 manager changes drawn over their sections, and no network, errors or
// script on the history page. Screenshots go to test/artifacts/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../support/browser.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, render, ROOT } from '../support/report.js';
import { GUIDANCE, runMain } from '../support/cli.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

interface Opened { page: Page; errors: string[]; requests: string[] }

describe('change map and history grid in Chromium', () => {
  const browser = useChromium();
  mkdirSync(ARTIFACTS, { recursive: true });

  async function open(file: string): Promise<Opened> {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const o: Opened = { page, errors: [], requests: [] };
    page.on('pageerror', (e) => o.errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') o.errors.push(m.text()); });
    page.on('request', (r) => o.requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return o;
  }

  /** Tab from the top of the page until focus leaves the map's last mark; the marks focused on the way, by index. */
  async function tabThroughMarks(page: Page, figure: string): Promise<{ reached: Set<number>; total: number; readouts: string[] }> {
    const total = await page.locator(`${figure} .map-mark`).count();
    await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
    const reached = new Set<number>();
    const readouts: string[] = [];
    for (let i = 0; i < 400 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate((sel) => {
        const marks = Array.from(document.querySelectorAll(`${sel} .map-mark`));
        return marks.indexOf(document.activeElement as Element);
      }, figure);
      if (at >= 0) {
        reached.add(at);
        readouts.push((await page.locator('.map-readout').textContent()) ?? '');
      }
    }
    return { reached, total, readouts };
  }

  it('2015 → 2018: every mark links to a change, the Tab key reaches each, the manager changes sit over their sections', async () => {
    const file = join(ARTIFACTS, 'map-2015-2018.html');
    writeFileSync(file, render('html', compareFiles(GUIDANCE_OLD, GUIDANCE_NEW)));
    const o = await open(file);
    const { page } = o;
    await expect.poll(() => page.locator('.map-toggle').isVisible()).toBe(true);

    // Every mark, on both editions' maps, names a change article in the page.
    const targets = await page.$$eval('.map-mark', (marks) => marks.map((m) => {
      const target = document.getElementById((m.getAttribute('href') ?? '').slice(1));
      return target ? `${target.tagName}.${target.className}` : 'missing';
    }));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^ARTICLE\.change/);

    // The later edition's map: each role mark's centre over the section it concerns.
    const overSections = await page.$$eval('#map-new .map-mark[data-lane="role"]', (marks) => {
      const rects = Array.from(document.querySelectorAll('#map-new .map-section')).map((r) => ({ box: r.getBoundingClientRect(), title: r.querySelector('title')?.textContent ?? '' }));
      return marks.map((m) => {
        const b = m.getBoundingClientRect();
        const x = b.left + b.width / 2;
        const over = rects.find((r) => r.box.width > 1 && x >= r.box.left && x <= r.box.right);
        return { section: (over?.title ?? 'none').replace(/:.*$/, '').split(' › ').at(-1), what: m.querySelector('title')?.textContent ?? '' };
      });
    });
    expect(overSections).toHaveLength(6);
    for (const s of overSections) expect(s.what).toMatch(/^Manager (removed from|→ Colleague)/);
    const perSection: Record<string, number> = {};
    for (const s of overSections) perSection[s.section!] = (perSection[s.section!] ?? 0) + 1;
    expect(perSection).toEqual({ Timeliness: 1, 'Progressing assessments and reviewing plans': 4, 'Attending strategy discussions': 1 });
    // Six manager marks and no more in the role row: the two other changes are drawn as other wording.
    expect(await page.locator('#map-new .map-mark[data-lane="wording"]').count()).toBe(2);

    // Keyboard: every mark of the shown map takes focus in turn, and the readout says its change.
    const later = await tabThroughMarks(page, '#map-new');
    expect(later.reached.size).toBe(later.total);
    expect(later.readouts.filter((r) => r.startsWith('Manager removed from:'))).toHaveLength(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'map-2015-2018.png') });

    // One step past every mark: the skip link, then the next Tab stop is after the map.
    await page.locator('.skip-map').focus();
    expect(await page.locator('.skip-map').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // The fragment navigation moves where the Tab key starts from; wait for it before pressing Tab.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#map-end');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => {
      const a = document.activeElement;
      return !!a && !a.closest('#map') && !!(document.getElementById('map')!.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);

    // The earlier edition's map, chosen with the toggle: its marks too.
    await page.getByRole('radio', { name: /the earlier edition/ }).check();
    expect(await page.locator('#map-new').isVisible()).toBe(false);
    expect(await page.locator('#map-old').isVisible()).toBe(true);
    const earlier = await tabThroughMarks(page, '#map-old');
    expect(earlier.reached.size).toBe(earlier.total);
    expect(earlier.total).toBe(later.total);

    // A mark whose change a filter hides: following it clears the filters and lands on the change.
    await page.getByRole('checkbox', { name: /^role-removed/ }).check();
    const wording = page.locator('#map-old .map-mark[data-lane="wording"]').first();
    const id = (await wording.getAttribute('href'))!.slice(1);
    expect(await page.locator(`article[id="${id}"]`).isVisible()).toBe(false);
    await wording.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`article[id="${id}"]`).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^role-removed/ }).isChecked()).toBe(false);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);

    // Printed: the map stays, its toggle and readout go.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#map-old svg').isVisible()).toBe(true);
    expect(await page.locator('.map-toggle').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(o.errors).toEqual([]);
    expect(o.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('history --format html: the role grid shows the manager removals, with no script and no errors', async () => {
    const file = join(ARTIFACTS, 'history-2015-2017-2018.html');
    const r = await runMain(['history', ...['wt-2015.md', 'wt-2017-draft.md', 'wt-2018.md'].map((f) => join(GUIDANCE, f)),
      '--excerpts', '--label', '2015,2017 draft,2018', '-o', file]);
    expect(r.code).toBe(1);
    const o = await open(file);
    const { page } = o;
    const grid = page.locator('table.role-grid').first();
    expect(await grid.locator('caption').textContent()).toBe('Manager');
    expect(await grid.locator('td.standing.removed').count()).toBe(6);
    expect(await grid.locator('td.standing.removed').first().textContent()).toContain('removed');
    // The decision links to its passage.
    await grid.getByRole('link', { name: 'agree a plan of action' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#wt-/);
    const hash = await page.evaluate(() => location.hash);
    expect(await page.locator(`${hash} h3`).textContent()).toContain('Progressing assessments and reviewing plans');
    expect(await page.locator('script').count()).toBe(0);
    await grid.screenshot({ path: join(ARTIFACTS, 'history-grid.png') });
    expect(o.errors).toEqual([]);
    expect(o.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
