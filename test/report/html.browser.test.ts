// The HTML report in headless Chromium: no network, working filters and search,
// copying that gives the editions' words, hostile document text inert. Screenshots
// go to test/artifacts/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, useChromium } from '../support/browser.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render, ROOT } from '../support/report.js';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';
import { groupBySection } from '../../src/report/group.js';
import { shownChanges } from '../../src/report/types.js';
import type { Comparison } from '../../src/types.js';

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
  const browser = useChromium();
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  async function open(file: string): Promise<Watched> {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
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
    // Five removals, and the substitution read as one line: "Manager → Colleague: …".
    for (const t of await visible(page).allTextContents()) expect(t).toMatch(/Manager removed from|Manager → Colleague: talk through their concerns/);
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
    expect(await visible(page).first().textContent()).toContain('Manager → Colleague: talk through their concerns');
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

describe('html report in Chromium: copying', () => {
  const browser = useChromium();
  const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
  const json = JSON.parse(render('json', cmp)) as { changes: { id: string; tags: string[]; old: { text: string } | null; new: { text: string } | null }[] };
  const file = join(ARTIFACTS, 'report-2015-2018-copy.html');

  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(file, render('html', cmp));
  });

  /** A page of the report whose clipboard the test can read; `before` runs ahead of the page's script. */
  async function openPage(before?: string, html?: string): Promise<{ page: Page; context: BrowserContext; errors: string[]; clipboard: () => Promise<string> }> {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Kept aside, so the test can read the clipboard when `before` takes the API from the page.
    await context.addInitScript('Object.defineProperty(window, "testClipboard", { value: navigator.clipboard })');
    if (before) await context.addInitScript(before);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.route('**', (route) => (/^(file|data):/.test(route.request().url()) ? route.continue() : route.abort()));
    let at = file;
    if (html !== undefined) writeFileSync((at = join(ARTIFACTS, 'report-hostile-copy.html')), html);
    await page.goto(pathToFileURL(at).href);
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
    const clipboard = () => page.evaluate(() => (window as unknown as { testClipboard: Clipboard }).testClipboard.readText());
    await page.evaluate(() => (window as unknown as { testClipboard: Clipboard }).testClipboard.writeText('(nothing copied)'));
    return { page, context, errors, clipboard };
  }

  const select = (page: Page, selector: string) => page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);

  it('copies a selected Before or Now quotation as exactly that edition\'s words', async () => {
    const { page, context, errors, clipboard } = await openPage();
    const ids = await page.locator('article.change').evaluateAll((as) => as.map((a) => a.id));
    expect(ids).toHaveLength(8);
    for (const id of ids) {
      const change = json.changes.find((c) => c.id === id)!;
      for (const [n, words] of [[1, change.old!.text], [2, change.new!.text]] as const) {
        await page.evaluate(() => (window as unknown as { testClipboard: Clipboard }).testClipboard.writeText('(nothing copied)'));
        await select(page, `[id="${id}"] .sides figure:nth-child(${n}) blockquote`);
        expect(await page.evaluate(() => String(getSelection()))).toBe(words);
        await page.keyboard.press('Control+C');
        await expect.poll(clipboard, { message: `${id} ${n === 1 ? 'Before' : 'Now'}` }).toBe(words);
      }
    }
    // The issue's example: the deleted and inserted words are marked, but only the one side's words copy.
    const any = json.changes.find((c) => c.old?.text.startsWith('Any professional'))!;
    await select(page, `[id="${any.id}"] .sides figure:nth-child(1) blockquote`);
    await page.evaluate(() => document.execCommand('copy'));
    expect(await clipboard()).toBe('Any professional working with vulnerable children should always have access to a manager to talk through their concerns and judgements affecting the welfare of the child.');

    // Screen readers still hear which words were deleted and inserted: the generated
    // content is in Chromium's own accessibility tree, around the words.
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byNode = new Map(nodes.map((x) => [x.nodeId, x]));
    const words = (x: (typeof nodes)[number]): string[] => [
      ...(x.role?.value === 'StaticText' ? [String(x.name?.value ?? '')] : []),
      ...(x.childIds ?? []).flatMap((c) => { const k = byNode.get(c); return k ? words(k) : []; }),
    ];
    const marked = nodes.filter((x) => x.role?.value === 'deletion' || x.role?.value === 'insertion');
    expect(marked.filter((x) => x.role?.value === 'deletion').length).toBeGreaterThan(0);
    expect(marked.filter((x) => x.role?.value === 'insertion').length).toBeGreaterThan(0);
    for (const x of marked) {
      const w = words(x);
      expect(w[0]).toBe(x.role?.value === 'deletion' ? '[deleted:' : '[inserted:');
      expect(w.at(-1)).toBe(']');
      expect(w.length).toBeGreaterThan(2);
    }
    expect(await page.locator('[id="wt-331e6544ad04"] .sides figure:nth-child(1) blockquote').ariaSnapshot()).toMatch(/deletion: "\[deleted: in discussion with their manager ?\]"/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a citation of a role-removed change from the keyboard, and announces it', async () => {
    const { page, context, errors, clipboard } = await openPage();
    const change = json.changes.find((c) => c.tags.includes('role-removed') && c.old?.text.includes('in discussion with their manager'))!;
    const article = page.locator(`[id="${change.id}"]`);
    const button = article.getByRole('button', { name: 'Copy citation' });
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-describedby')).toBe(`${change.id}-heading`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => article.getByRole('status').textContent()).toBe('Copied');
    const cite = await clipboard();
    expect(cite).toBe([
      'Before: Working Together to Safeguard Children (2015) — wt-2015.md',
      'Section: Working Together to Safeguard Children (2015) › Timeliness',
      'Paragraph: line 5',
      change.old!.text,
      '',
      'Now: Working Together to Safeguard Children (2018) — wt-2018.md',
      'Section: Working Together to Safeguard Children (2018) › Timeliness',
      'Paragraph: line 5',
      change.new!.text,
    ].join('\n'));

    await article.getByRole('button', { name: 'Copy as markdown' }).click();
    await expect.poll(clipboard).toContain(`> ${change.new!.text}`);
    const md = await clipboard();
    expect(md).toMatch(/^\*\*Before\*\*: Working Together to Safeguard Children \(2015\) — wt-2015\.md\\\nSection: Working Together to Safeguard Children \(2015\) › Timeliness\\\nParagraph: line 5\n\n> /);
    expect(md).toContain(`> ${change.old!.text}\n\n**Now**: Working Together to Safeguard Children (2018) — wt-2018.md\\\n`);
    await expect.poll(() => article.getByRole('status').textContent()).toBe('Copied');

    // Space works too, and the search does not find the buttons' words.
    await article.getByRole('button', { name: 'Copy citation' }).focus();
    await page.evaluate(() => (window as unknown as { testClipboard: Clipboard }).testClipboard.writeText(''));
    await page.keyboard.press('Space');
    await expect.poll(clipboard).toBe(cite);
    await page.getByLabel('Search the text').fill('copy as markdown');
    expect(await page.locator('article.change:visible').count()).toBe(0);
    await page.getByLabel('Search the text').fill('');
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies hostile document text as the words themselves', async () => {
    const hostile = compareFiles(HOSTILE_OLD, HOSTILE_NEW);
    const { page, context, errors, clipboard } = await openPage(undefined, render('html', hostile, true));
    for (const c of hostile.changes) {
      for (const [n, words] of [[1, c.old!.text], [2, c.new!.text]] as const) {
        await select(page, `[id="${c.id}"] .sides figure:nth-child(${n}) blockquote`);
        await page.keyboard.press('Control+C');
        await expect.poll(clipboard).toBe(words);
      }
      await page.locator(`[id="${c.id}"]`).getByRole('button', { name: 'Copy citation' }).click();
      await expect.poll(clipboard).toContain(`\n${c.old!.text}\n\nNow: `);
      expect((await clipboard()).endsWith(`\n${c.new!.text}`)).toBe(true);
    }
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to the copy command without the clipboard API, and to a selected text box without either', async () => {
    const change = json.changes.find((c) => c.tags.includes('role-removed'))!;
    const noApi = 'Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined })';
    {
      const { page, context, errors, clipboard } = await openPage(noApi);
      expect(await page.evaluate(() => navigator.clipboard === undefined)).toBe(true);
      const article = page.locator(`[id="${change.id}"]`);
      await article.getByRole('button', { name: 'Copy citation' }).click();
      await expect.poll(() => article.getByRole('status').textContent()).toBe('Copied');
      expect(await clipboard()).toContain(`\n${change.old!.text}\n\nNow: `);
      expect(errors).toEqual([]);
      await context.close();
    }
    {
      const { page, context, errors, clipboard } = await openPage(`${noApi}; Document.prototype.execCommand = () => false;`);
      const article = page.locator(`[id="${change.id}"]`);
      await article.getByRole('button', { name: 'Copy citation' }).click();
      await expect.poll(() => article.getByRole('status').textContent()).toMatch(/^Could not copy here: the citation is selected below/);
      const box = article.getByRole('textbox', { name: 'Citation to copy' });
      expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
      const value = await box.inputValue();
      expect(value).toContain(`\n${change.new!.text}`);
      expect(await box.evaluate((e: HTMLTextAreaElement) => [e.selectionStart, e.selectionEnd, e.readOnly])).toEqual([0, value.length, true]);
      expect(await clipboard()).toBe('(nothing copied)');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

// A long report (a synthetic bench pair, not guidance): changes off screen are left unrendered
// (content-visibility), yet filters, search, counts, anchors, screen readers and print all see
// every change. (Find-in-page, the browser's own bar, cannot be driven here; window.find is no
// stand-in: it finds none of a change's words even when rendered.) Times belong to
// bench/html-report.mjs, not here.
describe('html report in Chromium: a long report', () => {
  const browser = useChromium();
  let cmp: Comparison;
  const file = join(ARTIFACTS, 'report-long.html');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const bench = (await import(pathToFileURL(join(ROOT, 'bench/generate.mjs')).href)) as { generatePair: (words: number, seed: number) => { old: string; new: string } };
    const pair = bench.generatePair(20_000, 7);
    cmp = compareDocuments(parseDocument(pair.old, 'old.md'), parseDocument(pair.new, 'new.md'), { oldLabel: 'old.md', newLabel: 'new.md' });
    writeFileSync(file, render('html', cmp));
  });

  async function openLong(hash = '', before?: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    if (before) await page.addInitScript(before);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**', (route) => (/^(file|data):/.test(route.request().url()) ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href + hash);
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
    return { page, errors };
  }

  /** Ids of the changes shown (not hidden by a filter), in page order. */
  const shownIds = (page: Page) => page.locator('article.change:visible').evaluateAll((as) => as.map((a) => a.id));
  /** Whether the element is rendered now: false when content-visibility skips it. */
  const rendered = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
  /** The contents list's count for each section, and whether its entry is greyed out. */
  const navCounts = (page: Page) => page.locator('nav.contents li').evaluateAll((lis) => lis.map((li) => `${li.querySelector('a')!.getAttribute('href')} ${li.querySelector('.count')!.textContent}${li.classList.contains('none') ? ' none' : ''}`));
  /** What each section's count should be when `ids` are shown. */
  const expectedNav = (ids: Set<string>) => groupBySection(cmp, shownChanges(cmp, false)).map((g) => {
    const n = g.changes.filter((c) => ids.has(c.id)).length;
    return `#${g.id} ${n}${n === 0 ? ' none' : ''}`;
  });

  it('is long, renders only what is near the screen, and filters, searches and clears with the right counts', async () => {
    const { page, errors } = await openLong();
    const shown = shownChanges(cmp, false);
    expect(shown.length).toBeGreaterThan(100);
    const all = shown.map((c) => c.id);
    expect(await shownIds(page)).toEqual(all);
    expect(await page.locator('#status').textContent()).toBe(`Showing ${all.length} of ${all.length} changes.`);
    const initialNav = await navCounts(page);
    expect(initialNav).toEqual(expectedNav(new Set(all)));
    // At the top, the last change is laid out only as a placeholder, unrendered.
    expect(await rendered(page, `[id="${all.at(-1)}"] .sides blockquote >> nth=0`)).toBe(false);

    const removed = shown.filter((c) => c.tags.includes('role-removed')).map((c) => c.id);
    expect(removed.length).toBeGreaterThan(5);
    await page.getByRole('checkbox', { name: /^role-removed/ }).check();
    expect(await shownIds(page)).toEqual(removed);
    expect(await page.locator('#status').textContent()).toBe(`Showing ${removed.length} of ${all.length} changes tagged role-removed.`);
    expect(await navCounts(page)).toEqual(expectedNav(new Set(removed)));
    const sectionsWith = groupBySection(cmp, shown).filter((g) => g.changes.some((c) => removed.includes(c.id))).map((g) => g.id);
    expect(await page.locator('section.doc-section:visible').evaluateAll((ss) => ss.map((s) => s.id))).toEqual(sectionsWith);

    // The search's words are each change's text outside its copy bar, as the page shows them.
    const word = 'strategy';
    const withWord = await page.locator('article.change').evaluateAll((as, w) => as.filter((a) => {
      let text = '';
      const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement!.closest('.copy-bar')) text += n.nodeValue;
      return text.toLowerCase().includes(w);
    }).map((a) => a.id), word);
    const both = removed.filter((id) => withWord.includes(id));
    expect(withWord.length).toBeGreaterThan(both.length);
    await page.getByLabel('Search the text').fill(word.toUpperCase());
    expect(await shownIds(page)).toEqual(both);
    expect(await page.locator('#status').textContent()).toBe(`Showing ${both.length} of ${all.length} changes tagged role-removed, containing “${word.toUpperCase()}”.`);
    expect(await navCounts(page)).toEqual(expectedNav(new Set(both)));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await shownIds(page)).toEqual(all);
    expect(await navCounts(page)).toEqual(initialNav);
    expect(await page.locator('section.doc-section[hidden]').count()).toBe(0);
    expect(await page.locator('#status').textContent()).toBe(`Showing ${all.length} of ${all.length} changes.`);

    await page.getByLabel('Search the text').fill(word);
    expect(await shownIds(page)).toEqual(withWord);
    await page.getByLabel('Search the text').fill('no such words anywhere');
    expect(await shownIds(page)).toEqual([]);
    expect(await navCounts(page)).toEqual(expectedNav(new Set()));
    expect(await page.locator('#status').textContent()).toBe(`Showing 0 of ${all.length} changes containing “no such words anywhere”.`);
    await page.getByLabel('Search the text').fill('');
    expect(await shownIds(page)).toEqual(all);
    expect(await navCounts(page)).toEqual(initialNav);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches every change when the page has had no time to gather their words', async () => {
    // The idle time after loading ends after one batch: most changes' words are not yet gathered.
    const { page, errors } = await openLong('', `window.requestIdleCallback = (() => {
      let once = false;
      return (f) => { if (!once) { once = true; setTimeout(() => { let left = 1; f({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 50 : 0) }); }); } return 1; };
    })();`);
    const last = shownChanges(cmp, false).at(-1)!;
    const words = (last.new ?? last.old)!.text.split(/\s+/).slice(0, 6).join(' ');
    await page.getByLabel('Search the text').fill(words);
    const ids = await shownIds(page);
    expect(ids).toContain(last.id);
    expect(ids.length).toBeLessThan(shownChanges(cmp, false).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a change far down the page by its #anchor, and from the contents', async () => {
    const shown = shownChanges(cmp, false);
    const last = shown.at(-1)!;
    const { page, errors } = await openLong(`#${last.id}`);
    const box = await page.locator(`[id="${last.id}"]`).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(900);
    expect(await rendered(page, `[id="${last.id}"] .sides blockquote >> nth=0`)).toBe(true);
    expect(await page.locator(`[id="${last.id}-heading"]`).isVisible()).toBe(true);

    // From the contents: the last section's heading comes on screen, drawn.
    await page.evaluate('window.scrollTo(0, 0)');
    const lastSection = page.locator('section.doc-section').last();
    const id = await lastSection.getAttribute('id');
    await page.locator(`nav.contents a[href="#${id}"]`).click();
    await expect.poll(async () => (await page.locator(`[id="${id}-heading"]`).boundingBox())?.y ?? -1e9).toBeGreaterThanOrEqual(-1);
    expect((await page.locator(`[id="${id}-heading"]`).boundingBox())!.y).toBeLessThan(900);
    expect(await rendered(page, `[id="${id}-heading"]`)).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives screen readers every change shown, on screen or off, and none that a filter hid', async () => {
    const shown = shownChanges(cmp, false);
    // Accessibility on from the start, as with a screen reader running: Chromium then exposes the
    // changes content-visibility leaves unrendered (turned on later, over CDP, it does not).
    const axBrowser = await launchChromium(['--force-renderer-accessibility']);
    const page = await axBrowser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.getByRole('checkbox', { name: /^role-removed/ }).check();
    const removed = shown.filter((c) => c.tags.includes('role-removed'));
    const other = shown.filter((c) => !c.tags.includes('role-removed'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const headingIds = new Set<number>();
    for (const n of nodes) if (n.backendDOMNodeId !== undefined && n.role?.value === 'heading' && !n.ignored) headingIds.add(n.backendDOMNodeId);
    const exposed = async (id: string) => {
      const { node } = await cdp.send('DOM.describeNode', { objectId: (await cdp.send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(`${id}-heading`)})` })).result.objectId! });
      return headingIds.has(node.backendNodeId);
    };
    await cdp.send('DOM.getDocument', { depth: 0 });
    expect(await exposed(removed.at(-1)!.id)).toBe(true);
    expect(await exposed(removed[0]!.id)).toBe(true);
    expect(await exposed(other.at(-1)!.id)).toBe(false);
    expect(await exposed(other[0]!.id)).toBe(false);
    expect(await rendered(page, `[id="${removed.at(-1)!.id}"] .sides blockquote >> nth=0`)).toBe(false);
    expect(errors).toEqual([]);
    await axBrowser.close();
  });

  it('prints every section and change, rendered, without the controls', async () => {
    const { page, errors } = await openLong();
    const skipped = () => page.locator('section.doc-section, article.change, article.change .sides blockquote').evaluateAll((es) => es.filter((e) => !e.checkVisibility({ contentVisibilityAuto: true })).length);
    expect(await skipped()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await skipped()).toBe(0);
    expect(await page.locator('article.change:visible').count()).toBe(shownChanges(cmp, false).length);
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('.copy-bar:visible').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
