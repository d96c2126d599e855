#!/usr/bin/env node
// The HTML report of a bench pair in a browser: how long it takes to load, and how long a tag
// filter, Clear and a text search take until the next frame, in the npm-packaged Chromium the
// tests use (headless, SwiftShader; test/support/browser.ts). Each run is a fresh browser context
// and page load from file://. A figure, not a test: the exit code is 0 even when a target fails.
//
//   npm run build && node bench/html-report.mjs            # the 4x pair, 1 warm-up + 5 runs
//   node bench/html-report.mjs --runs 9 --case 1x
//   node bench/html-report.mjs --report /tmp/r4x.html      # an existing report, not generated
//
// Options:
//   --case NAME     the bench pair (default 4x; see generate.mjs), generated into --data if missing
//   --data DIR      where the pairs live (default bench/data)
//   --report FILE   measure this HTML file instead of generating the pair's report
//   --runs N        measured page loads (default 5); --warmup N (default 1)
//   --json FILE     also write the figures as JSON
//
// What is measured, in milliseconds, each the median of the runs:
//   load    navigation start (performance.timeOrigin) to the first frame after the load event
//           (requestAnimationFrame after `load`, then a task: the frame has been produced), when
//           the page is drawn and its script has run, so it is usable
//   filter  ticking the role-removed filter (a click on the box, as a person would) to the next frame
//   clear   clicking Clear filters (with role-removed ticked) to the next frame
//   search  typing a word into the search box (one input event with the whole word) to the next frame
//   map     drawing the change map of the earlier edition (a click on its toggle; that map was not
//           displayed until then, so its every mark and section is styled, laid out and painted)
//           to the next frame (issue 21)
// Each action is timed inside the page with performance.now(): from just before the click or input
// event to the task after the next requestAnimationFrame, so style, layout and paint of the
// frame are included. The status line after each action is kept with the figures, as a check that
// the action did what it should.
//
// Environment: WTDIFF_CHROMIUM=/path/to/chromium uses that browser instead of the npm package's.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { CASES, ensureCase } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

/** Milliseconds: the targets of issue 20, and the change map's of issue 21. */
export const HTML_REPORT_TARGETS = { load: 2000, filter: 200, clear: 200, search: 200, map: 200 };

const FILTER_TAG = 'role-removed';
const SEARCH_WORD = 'strategy';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The report of the pair, by the built CLI (dist/ must be built). */
function makeReport(pair, out) {
  const bin = join(ROOT, 'bin/wtdiff.js');
  const r = spawnSync(process.execPath, [bin, pair.old, pair.new, '--format', 'html', '--output', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // 0: no changes, 1: changes found; anything else is trouble.
  if (r.status !== 0 && r.status !== 1) throw new Error(`wtdiff exited ${r.status}: ${r.stderr}`);
}

// Runs before the page's own script: notes when the first frame after the load event is done.
const NOTE_LOAD = `addEventListener('load', function () {
  var loaded = performance.now();
  requestAnimationFrame(function () { setTimeout(function () { window.__benchLoad = { loaded: loaded, usable: performance.now() }; }, 0); });
});`;

/** In the page: do `what`, then wait for the next frame; ms, and the status line after. */
function timeAction(page, what, arg) {
  return page.evaluate(async ([kind, value]) => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await nextFrame();
    const t0 = performance.now();
    if (kind === 'filter') document.querySelector(`input[name="tag"][value="${value}"]`).click();
    else if (kind === 'clear') document.getElementById('clear').click();
    else if (kind === 'search') {
      const box = document.getElementById('search');
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (kind === 'map') document.querySelector(`input[name="map-edition"][value="${value}"]`).click();
    await nextFrame();
    const ms = performance.now() - t0;
    if (kind === 'map') {
      const figure = document.getElementById(`map-${value}`);
      const shown = figure && !figure.hidden ? figure.querySelectorAll('.map-mark').length : 0;
      return { ms, status: `${shown} marks on the ${value === 'old' ? 'earlier' : 'later'} edition's map` };
    }
    return { ms, status: document.getElementById('status')?.textContent ?? '' };
  }, [what, arg]);
}

/**
 * Measure the report of one bench pair (or an existing report). Returns the figures: medians and
 * each run's, in ms, with the targets and whether each is met.
 * @param {{ case?: string, data?: string, report?: string, runs?: number, warmup?: number, log?: (s: string) => void }} [options]
 */
export async function runHtmlReportBench(options = {}) {
  const name = options.case ?? '4x';
  const runs = options.runs ?? 5;
  const warmup = options.warmup ?? 1;
  const log = options.log ?? ((s) => process.stderr.write(s + '\n'));
  if (!options.report && !CASES[name]) throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(', ')}`);
  const tmp = mkdtempSync(join(tmpdir(), 'wtdiff-bench-html-'));
  const browser = await launchChromium();
  try {
    let file = options.report ? resolve(options.report) : join(tmp, `${name}.html`);
    if (!options.report) {
      const pair = ensureCase(options.data ?? join(HERE, 'data'), name);
      log(`writing the ${name} HTML report ...`);
      makeReport(pair, file);
    }
    const bytes = statSync(file).size;
    const url = pathToFileURL(file).href;
    const all = { load: [], filter: [], clear: [], search: [], map: [] };
    const statuses = {};
    let elements = 0;
    let changes = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(NOTE_LOAD);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**', (route) => (/^(file|data):/.test(route.request().url()) ? route.continue() : route.abort()));
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => window.__benchLoad, null, { timeout: 120_000 });
      const loaded = await page.evaluate(() => window.__benchLoad);
      const filter = await timeAction(page, 'filter', FILTER_TAG);
      const clear = await timeAction(page, 'clear');
      const search = await timeAction(page, 'search', SEARCH_WORD);
      const map = await timeAction(page, 'map', 'old');
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      if (i === 0) {
        elements = await page.evaluate(() => document.getElementsByTagName('*').length);
        changes = await page.evaluate(() => document.querySelectorAll('article.change').length);
        Object.assign(statuses, { filter: filter.status, clear: clear.status, search: search.status, map: map.status });
      }
      const measured = i >= warmup;
      log(`  ${measured ? `run ${i - warmup + 1}/${runs}` : 'warm-up'}: load ${loaded.usable.toFixed(0)} ms, filter ${filter.ms.toFixed(0)} ms, clear ${clear.ms.toFixed(0)} ms, search ${search.ms.toFixed(0)} ms, map ${map.ms.toFixed(0)} ms`);
      if (measured) {
        all.load.push(loaded.usable);
        all.filter.push(filter.ms);
        all.clear.push(clear.ms);
        all.search.push(search.ms);
        all.map.push(map.ms);
      }
      await context.close();
    }
    const figures = {};
    for (const k of Object.keys(all)) {
      const m = median(all[k]);
      figures[k] = { medianMs: m, runsMs: all[k], targetMs: HTML_REPORT_TARGETS[k], pass: m <= HTML_REPORT_TARGETS[k] };
    }
    return {
      case: options.report ? null : name,
      report: options.report ? file : null,
      bytes,
      elements,
      changes,
      runs,
      warmup,
      actions: { filter: FILTER_TAG, search: SEARCH_WORD },
      statuses,
      ...figures,
    };
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The figures as a small markdown table. */
export function htmlReportTable(r) {
  const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  const what = {
    load: 'load (navigation → first frame after `load`)',
    filter: `filter (tick ${r.actions.filter} → next frame)`,
    clear: 'clear (click Clear filters → next frame)',
    search: `search (“${r.actions.search}” → next frame)`,
    map: 'change map (show the earlier edition\'s → next frame)',
  };
  const lines = [
    `HTML report: ${r.case ? `${r.case} pair` : r.report}, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.elements.toLocaleString('en')} elements, ${r.changes.toLocaleString('en')} changes; median of ${r.runs} runs`,
    '',
    '| measure | median | target | |',
    '| --- | --- | --- | --- |',
    ...Object.keys(what).map((k) => `| ${what[k]} | ${ms(r[k].medianMs)} | ≤ ${ms(r[k].targetMs)} | ${r[k].pass ? 'pass' : 'FAIL'} |`),
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const known = ['--case', '--data', '--report', '--runs', '--warmup', '--json'];
  for (let i = 0; i < args.length; i += 2) {
    if (!known.includes(args[i]) || args[i + 1] === undefined) {
      console.error(`usage: node bench/html-report.mjs [${known.map((k) => `${k} X`).join('] [')}] (see the comment at the top)`);
      process.exit(2);
    }
  }
  const opt = (n) => {
    const i = args.indexOf(`--${n}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const r = await runHtmlReportBench({
    case: opt('case'),
    data: opt('data') && resolve(opt('data')),
    report: opt('report'),
    runs: opt('runs') ? Number(opt('runs')) : undefined,
    warmup: opt('warmup') ? Number(opt('warmup')) : undefined,
  });
  console.log(htmlReportTable(r));
  console.log(`\nStatus lines: filter “${r.statuses.filter}”; clear “${r.statuses.clear}”; search “${r.statuses.search}”; map “${r.statuses.map}”`);
  if (opt('json')) writeFileSync(opt('json'), JSON.stringify(r, null, 2) + '\n');
}
