#!/usr/bin/env node
// The README's pictures of the HTML reports, taken from the bundled guidance with the built CLI
// in the npm-packaged Chromium (the browser the tests use):
//   docs/change-map.png    the change map of `wtdiff compare` 2015 → 2018
//   docs/history-grid.png  the role timeline of `wtdiff history` 2015 → 2017 draft → 2018
//
//   npm run build && node scripts/screenshots.mjs [--out DIR]
//
// WTDIFF_CHROMIUM=/path/to/chromium uses that browser instead of the npm package's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const OUT = outAt >= 0 ? resolve(process.argv[outAt + 1]) : join(ROOT, 'docs');
const BIN = join(ROOT, 'bin/wtdiff.js');
const g = (name) => join(ROOT, 'guidance', name);

/** Run the CLI; exit 1 (changes found) is a success here. */
function wtdiff(args) {
  try {
    execFileSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    if (err.status !== 1) throw err;
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'wtdiff-shots-'));
const browser = await launchChromium();
try {
  const report = join(tmp, 'compare.html');
  const history = join(tmp, 'history.html');
  wtdiff(['compare', g('wt-2015.md'), g('wt-2018.md'), '-o', report]);
  wtdiff(['history', g('wt-2015.md'), g('wt-2017-draft.md'), g('wt-2018.md'), '--excerpts', '--label', '2015,2017 draft,2018', '-o', history]);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(report).href);
  // The first role mark focused, so the picture shows the readout as a reader sees it.
  await page.focus('#map-new .map-mark[data-lane="role"]');
  await page.locator('#map').screenshot({ path: join(OUT, 'change-map.png') });
  await page.goto(pathToFileURL(history).href);
  await page.locator('.role-grid').first().screenshot({ path: join(OUT, 'history-grid.png') });
  console.log(`wrote ${join(OUT, 'change-map.png')} and ${join(OUT, 'history-grid.png')}`);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
