#!/usr/bin/env node
// The browser app on a bench pair: the size of dist/app/wtdiff.html, and the time from clicking
// Compare to the report shown in its frame, in the npm-packaged Chromium the tests use (headless,
// SwiftShader). Each run opens the page afresh, so the time includes starting the worker and
// loading its code: what a person waits for on their first comparison. A figure, not a test.
//
//   npm run build && npm run bench:app                 # the 1x pair, 1 warm-up + 5 runs
//   npm run bench:app -- --cases 1x,4x --runs 3
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { generateCase } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const APP = resolve(HERE, '../dist/app/wtdiff.html');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const cases = opt('cases', '1x').split(',');
const runs = Number(opt('runs', '5'));
const warmup = Number(opt('warmup', '1'));

const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = statSync(APP).size;
console.log(`dist/app/wtdiff.html: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
console.log('| pair | Compare → report shown (median) | worker done, by the page (median) | runs |');
console.log('|---|---|---|---|');
try {
  for (const name of cases) {
    const data = generateCase(join(tmpdir(), 'wtdiff-bench-app'), name);
    const shown = [];
    const computed = [];
    for (let i = 0; i < warmup + runs; i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(APP).href);
      await page.setInputFiles('#old-file', join(data.dir, 'old.md'));
      await page.setInputFiles('#new-file', join(data.dir, 'new.md'));
      const start = Date.now();
      await page.click('#compare');
      await page.waitForSelector('#result:not([hidden]), #error:not([hidden])', { timeout: 300_000 });
      const error = await page.textContent('#error');
      if (await page.isVisible('#error')) throw new Error(`${name}: ${error}`);
      await page.frameLocator('#report').locator('#changes-heading').waitFor({ timeout: 300_000 });
      const ms = Date.now() - start;
      const status = (await page.textContent('#status-text')) ?? '';
      if (i >= warmup) {
        shown.push(ms);
        computed.push(Number(/Compared in ([\d.]+) s/.exec(status)?.[1] ?? NaN) * 1000);
      }
      await page.close();
    }
    console.log(`| ${name} (${data.old.words.toLocaleString('en')} + ${data.new.words.toLocaleString('en')} words) | ${(median(shown) / 1000).toFixed(2)} s | ${(median(computed) / 1000).toFixed(1)} s | ${runs} |`);
  }
} finally {
  await browser.close();
}
