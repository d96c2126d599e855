// The browser app (dist/app/wtdiff.html, built by `npm test`'s build) opened from disk in the
// npm-packaged Chromium, used as a person would: two files chosen, Compare, the report read in
// its frame, downloads saved. Every request the page makes is recorded; only the page's own file
// and the blob: URLs it makes of bytes in memory (its worker, its report) may appear, and a
// local server that hostile documents and the tests aim at must never be reached. Nor may the
// page try a request its policy refuses (the browser reports each refusal on the console).
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { GUIDANCE, ROOT, runCli, runMain } from '../support/cli.js';
import { markdownToDocx, printPdf, SANS, scratchDir } from '../support/documents.js';

const APP = join(ROOT, 'dist/app/wtdiff.html');
const APP_URL = pathToFileURL(APP).href;
const MANAGER_REMOVED = [
  'Manager removed from: judgements to be made',
  'Manager removed from: agree a plan of action',
  'Manager removed from: consider the need for further action',
  'Manager removed from: review the plan for the child',
  'Manager removed from: be involved in the strategy discussion',
];
const SUBSTITUTION = 'Manager → Colleague: talk through their concerns';

const scratch = scratchDir();
let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Server;
let serverUrl = '';
const requests: string[] = [];
const serverHits: string[] = [];
/** What the browser refused under the page's policy (it says so on the console): attempts, not requests. */
const refused: string[] = [];

/** Where the tests themselves try to reach the server from inside the page, to see it blocked. */
const PROBE = '/probe-';
/** Requests other than the page's own file, the blob: URLs it made in memory, and the tests' probes. */
const network = () => requests.filter((url) => url !== APP_URL && !url.startsWith('blob:') && !url.startsWith(`${serverUrl}${PROBE}`));

async function compareIn(oldPath: string, newPath: string, options: { roles?: string } = {}): Promise<void> {
  await page.setInputFiles('#old-file', oldPath);
  await page.setInputFiles('#new-file', newPath);
  if (options.roles) await page.setInputFiles('#roles-file', options.roles);
  await page.click('#compare');
  await page.waitForSelector('#result:not([hidden]), #error:not([hidden])', { timeout: 60_000 });
}

/** The report's "who lost or gained a say" lines, read in its frame. */
async function keyLines(): Promise<string[]> {
  const frame = page.frameLocator('#report');
  await frame.locator('h1').waitFor();
  return frame.locator('.key-list li a').allTextContents();
}

async function download(format: 'markdown' | 'json' | 'docx' | 'html'): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download');
  await page.click(`button[data-format=${format}]`);
  const d = await saved;
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

describe('the browser app, opened from disk', () => {
  beforeAll(async () => {
    if (!existsSync(APP)) throw new Error(`${APP} is missing: npm run build:app writes it`);
    server = createServer((req, res) => {
      serverHits.push(req.url ?? '');
      res.end('reached');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    serverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  beforeEach(async () => {
    page = await context.newPage();
    page.on('dialog', (d) => void d.dismiss());
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && !m.text().includes(PROBE)) refused.push(m.text());
    });
    await page.goto(APP_URL);
  });

  it('says that nothing leaves the computer', async () => {
    expect(await page.textContent('#privacy')).toMatch(/^Nothing leaves this computer\..*forbids every network connection/);
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
  });

  it('2015 → 2018: the five manager removals and the substitution; the markdown download is the CLI’s report', async () => {
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'));
    expect(await page.isHidden('#error')).toBe(true);
    const lines = await keyLines();
    for (const line of [...MANAGER_REMOVED, SUBSTITUTION]) expect(lines).toContain(line);
    expect(lines.filter((l) => l.startsWith('Manager removed from:'))).toHaveLength(5);
    expect(await page.textContent('#summary')).toMatch(/^8 of 10 changes shown/);
    // The same report the CLI writes, byte for byte, run where the file names are the same.
    const md = await download('markdown');
    expect(md.name).toBe('wt-2015-to-wt-2018.md');
    const cli = await runCli(['wt-2015.md', 'wt-2018.md', '--format', 'markdown'], {}, GUIDANCE);
    expect(cli.code).toBe(1);
    expect(md.bytes.toString('utf8')).toBe(cli.stdout);
    const html = await download('html');
    expect(html.bytes.toString('utf8')).toBe((await runCli(['wt-2015.md', 'wt-2018.md', '--format', 'html'], {}, GUIDANCE)).stdout);
  });

  it('a DOCX pair: the same role changes, and the JSON and Word redline are the CLI’s', async () => {
    const oldDocx = await scratch.file('wt-2015.docx', await markdownToDocx(await readFile(join(GUIDANCE, 'wt-2015.md'), 'utf8')));
    const newDocx = await scratch.file('wt-2018.docx', await markdownToDocx(await readFile(join(GUIDANCE, 'wt-2018.md'), 'utf8')));
    await compareIn(oldDocx, newDocx);
    const lines = await keyLines();
    for (const line of [...MANAGER_REMOVED, SUBSTITUTION]) expect(lines).toContain(line);
    const json = await download('json');
    const cli = await runCli(['wt-2015.docx', 'wt-2018.docx', '--format', 'json'], {}, scratch.path);
    expect(json.bytes.toString('utf8')).toBe(cli.stdout);
    // The Word redline: the same document part as the CLI's, but for the time each was made.
    const word = await download('docx');
    expect(word.name).toBe('wt-2015-to-wt-2018.docx');
    const cliDocx = scratch.at('cli.docx');
    expect((await runCli(['wt-2015.docx', 'wt-2018.docx', '-o', cliDocx], {}, scratch.path)).code).toBe(1);
    const part = async (bytes: Uint8Array) => ((await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '').replace(/w:date="[^"]*"/g, '');
    const appPart = await part(word.bytes);
    expect(appPart).toContain('<w:del ');
    expect(appPart).toBe(await part(await readFile(cliDocx)));
  });

  it('a PDF pair: the same role changes, cited by page', async () => {
    const pdfs: string[] = [];
    for (const name of ['wt-2015', 'wt-2018']) {
      const path = scratch.at(`${name}.pdf`);
      await printPdf(browser, await readFile(join(GUIDANCE, `${name}.md`), 'utf8'), `body { font-family: ${SANS}; font-size: 16pt; }`, { path, format: 'A5' });
      pdfs.push(path);
    }
    await compareIn(pdfs[0]!, pdfs[1]!);
    const lines = await keyLines();
    for (const line of [...MANAGER_REMOVED, SUBSTITUTION]) expect(lines).toContain(line);
    const json = JSON.parse((await download('json')).bytes.toString('utf8')) as { changes: { old?: { page?: number } }[] };
    expect(json.changes.every((c) => c.old === undefined || (c.old.page ?? 0) >= 1)).toBe(true);
    const cli = await runCli(['wt-2015.pdf', 'wt-2018.pdf', '--format', 'json'], {}, scratch.path);
    expect(json).toEqual(JSON.parse(cli.stdout));
  });

  it('names the editions by the labels given, and by their file names without', async () => {
    await page.fill('#old-label', '2015 edition');
    await page.fill('#new-label', '2018 final');
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'));
    const frame = page.frameLocator('#report');
    expect(await frame.locator('h1').textContent()).toBe('Changes from 2015 edition to 2018 final');
    const json = JSON.parse((await download('json')).bytes.toString('utf8')) as { documents: Record<'old' | 'new', { label: string; path: string }> };
    expect(json.documents.old).toMatchObject({ label: '2015 edition', path: 'wt-2015.md' });
    expect(json.documents.new).toMatchObject({ label: '2018 final', path: 'wt-2018.md' });
    await page.fill('#old-label', '');
    await page.fill('#new-label', '');
    await page.click('#compare');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Changes from wt-2015.md to wt-2018.md');
  });

  it('takes two files dropped at once as the earlier and the later edition', async () => {
    const files = await Promise.all(['wt-2015.md', 'wt-2018.md'].map(async (name) => ({ name, text: await readFile(join(GUIDANCE, name), 'utf8') })));
    const dropped = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/markdown' }));
      return transfer;
    }, files);
    await page.dispatchEvent('#new-side', 'drop', { dataTransfer: dropped });
    expect(await page.textContent('#old-name')).toMatch(/^wt-2015\.md \(/);
    expect(await page.textContent('#new-name')).toMatch(/^wt-2018\.md \(/);
    await page.click('#compare');
    await page.waitForSelector('#result:not([hidden])');
    expect((await keyLines()).filter((l) => l.startsWith('Manager removed from:'))).toHaveLength(5);
  });

  it('reports each stage as the worker reaches it, while the page keeps answering', async () => {
    // Recorded by the page itself: each status is a separate task on the page's thread, so
    // seeing every stage means the page ran between the worker's steps.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(document.getElementById('status-text')!.textContent ?? '')).observe(document.getElementById('status-text')!, { childList: true, characterData: true, subtree: true });
    });
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'));
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const steps = seen.filter((s) => s.startsWith('Step ')).map((s) => s.replace(/…$/, ''));
    expect(steps).toEqual([
      'Step 1 of 6: reading the files',
      'Step 1 of 6: reading the inputs',
      'Step 2 of 6: parsing',
      'Step 3 of 6: aligning sections and paragraphs',
      'Step 4 of 6: diffing words',
      'Step 5 of 6: classifying changes',
      'Step 6 of 6: writing the report',
    ]);
    expect(seen.at(-1)).toMatch(/^Compared in \d+\.\d s\.$/);
    expect(await page.isDisabled('#compare')).toBe(false);
  });

  it('uses a role lexicon file as --roles does, and says in one line what is wrong with a bad one', async () => {
    const roles = await scratch.file('roles.json', JSON.stringify({ roles: [{ id: 'manager', label: 'Team manager', terms: ['manager', 'managers'] }] }));
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'), { roles });
    expect(await keyLines()).toContain('Team manager removed from: agree a plan of action');
    const md = await download('markdown');
    expect(md.bytes.toString('utf8')).toBe((await runCli(['wt-2015.md', 'wt-2018.md', '--format', 'markdown', '--roles', roles], {}, GUIDANCE)).stdout);

    const bad = await scratch.file('bad-roles.json', JSON.stringify({ roles: [{ id: 'Team Manager', terms: ['manager'] }] }));
    await page.setInputFiles('#roles-file', bad);
    await page.click('#compare');
    await page.waitForSelector('#error:not([hidden])');
    const cli = await runMain([join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'), '--roles', bad]);
    expect(cli.code).toBe(2);
    expect(await page.textContent('#error')).toBe(cli.stderr.trim().replace(`wtdiff: --roles ${bad}`, 'roles file bad-roles.json'));
  });

  it('Cancel stops a comparison under way, and the next one runs', async () => {
    // About 1.5 MB a side: long enough to be cancelled while it runs.
    const text = await readFile(join(GUIDANCE, 'wt-2015.md'), 'utf8');
    const big = (n: number) => Array.from({ length: 2500 }, (_, i) => text.replace(/^# .*$/m, `# Part ${i + 1}`).replaceAll('manager', i % n ? 'manager' : 'supervisor')).join('\n');
    await page.setInputFiles('#old-file', await scratch.file('big-old.md', big(7)));
    await page.setInputFiles('#new-file', await scratch.file('big-new.md', big(5)));
    await page.click('#compare');
    await page.click('#cancel');
    expect(await page.textContent('#status-text')).toBe('Cancelled.');
    expect(await page.isEnabled('#compare')).toBe(true);
    expect(await page.isHidden('#cancel')).toBe(true);
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'));
    expect(await keyLines()).toContain(SUBSTITUTION);
    expect(await page.textContent('#summary')).toMatch(/^8 of 10 changes shown/);
  });

  it('a file wtdiff cannot read is one line, and the page stays usable', async () => {
    const zip = await scratch.file('archive.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
    await compareIn(zip, join(GUIDANCE, 'wt-2018.md'));
    const message = (await page.textContent('#error')) ?? '';
    expect(message).toMatch(/^cannot read archive\.docx: /);
    expect(message).not.toMatch(/\n|internal error/);
    await compareIn(join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md'));
    expect(await page.isHidden('#error')).toBe(true);
    expect(await keyLines()).toContain(SUBSTITUTION);
  });

  it('a hostile document runs nothing and fetches nothing, and the page’s policy blocks a fetch outright', async () => {
    const hostile = [
      '# Hostile',
      '',
      `The manager decides. <img src="${serverUrl}/img"> <script>fetch("${serverUrl}/script")</script>`,
      '',
      `<iframe src="${serverUrl}/frame"></iframe> [link](${serverUrl}/link) <a href="javascript:alert(1)">x</a>`,
      '',
    ].join('\n');
    const old = await scratch.file('hostile-old.md', hostile);
    const neu = await scratch.file('hostile-new.html', `<html><body><h1>Hostile</h1><p>The social worker decides.</p><img src="${serverUrl}/html-img"><script>fetch("${serverUrl}/html-script")</script><style>@import url(${serverUrl}/css);</style></body></html>`);
    await compareIn(old, neu);
    await keyLines();
    // Code the tests inject runs in the page under its policy, as any script would.
    expect(await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), `${serverUrl}${PROBE}fetch`)).toBe('blocked');
    expect(await page.evaluate((url) => new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('blocked');
      img.src = url;
    }), `${serverUrl}${PROBE}image`)).toBe('blocked');
    expect(serverHits).toEqual([]);
  });

  it('made no network request in any of the above, and tried none the policy had to refuse', () => {
    expect(refused).toEqual([]);
    expect(requests.filter((url) => url === APP_URL).length).toBeGreaterThanOrEqual(7);
    expect(requests.some((url) => url.startsWith('blob:'))).toBe(true);
    expect(network()).toEqual([]);
    expect(serverHits).toEqual([]);
  });
});

describe('writing it out', () => {
  it('wtdiff app -o writes the built page', async () => {
    const out = scratch.at('wtdiff.html');
    const r = await runMain(['app', '-o', out]);
    expect(r.code).toBe(0);
    // Buffer.equals: a deep equality of two 7 MB buffers takes half a minute.
    expect((await readFile(out)).equals(await readFile(APP))).toBe(true);
    const tty = await runMain(['app'], {}, { stdoutTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toBe('wtdiff: wtdiff app writes an HTML file: give -o FILE.html (or redirect standard output to a file)\n');
    await writeFile(out, '');
  });
});
