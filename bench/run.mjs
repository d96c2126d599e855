#!/usr/bin/env node
// End-to-end benchmark of `wtdiff compare` against the parse floor (and pandiff, when pandoc is
// installed). See bench/README.md.
//
//   npm run bench
//   npm run bench -- --runs 3 --cases 1x,adversarial
//   WTDIFF_BENCH_CMD='node other.js {old} {new} > {out}' npm run bench
//
// Options:
//   --cases LIST   comma-separated subset of 1x,4x,16x,adversarial,near-identical,tiny,version,
//                  check-100,html-4x (default: all)
//   --runs N       measured runs per case (default 5; 16x defaults to 1 unless --runs is given)
//   --warmup N     warm-up runs per case (default 1; 16x defaults to 0 unless --warmup is given)
//   --data DIR     where the generated pairs live (default bench/data; generated when missing)
//   --timings      pass --timings to wtdiff and keep its stderr (per-stage ms) in the results
//   --no-pandiff   skip the pandiff comparison
//   --pandiff-timeout S  seconds before pandiff is abandoned (default 300)
//   --json FILE    where to write the results (default bench/results/latest.json)
//
// Environment:
//   WTDIFF_BENCH_CMD  overrides the wtdiff command, run through the shell. Placeholders: {old},
//                     {new}, {out} (paths, shell-quoted). Default:
//                     node bin/wtdiff.js compare {old} {new} --format json --output {out}
//   WTDIFF_BENCH_RSS  'preload' measures peak RSS with the bench/rss.mjs preload even when
//                     /usr/bin/time is present (node children only)
//   PANDIFF_CMD       overrides how pandiff is found (default: pandiff on PATH, then
//                     node_modules/.bin/pandiff, then `npx --no-install pandiff`)
//
// wtdiff exit codes 0 and 1 (changes found) both count as success; 2 is trouble.
// The exit code of the bench is 0 even when a target fails; failures are printed as FAIL.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, platform, release } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CASES, ensureCase } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const MB = 1024 * 1024;

const TARGETS = {
  ratio1x: 0.86, // wtdiff / parse floor, 1x pair (issue 20; 1.0 before)
  ratioAdversarial: 1.2, // wtdiff / parse floor, adversarial pair
  ratioNearIdentical: 0.45, // wtdiff / parse floor, 1% of paragraphs changed
  ratioTiny: 2.0, // wtdiff / `node -e 0`, a 500-word pair
  ratioVersion: 1.3, // `wtdiff --version` / `node -e 0`
  scale4x: 4.5, // wtdiff 4x / wtdiff 1x
  rss4xMB: 400,
  rss16xMB: 600, // issue 20; 1.5 GB before
  pandiffSpeedup: 10, // pandiff / wtdiff, 1x pair
};

/** Cases measured against `node -e 0` (start-up), not the parse floor. */
const STARTUP_CASES = new Set(['tiny', 'version']);
/** Cases run by their own bench modules. */
const OTHER_CASES = ['check-100', 'html-4x'];
const ALL_CASES = [...Object.keys(CASES), 'version', ...OTHER_CASES];

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = { cases: ALL_CASES, runs: undefined, warmup: undefined, data: join(HERE, 'data'),
    timings: false, pandiff: true, pandiffTimeout: 300, json: join(HERE, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--cases') o.cases = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--warmup') o.warmup = Number(val());
    else if (a === '--data') o.data = resolve(val());
    else if (a === '--timings') o.timings = true;
    else if (a === '--no-pandiff') o.pandiff = false;
    else if (a === '--pandiff-timeout') o.pandiffTimeout = Number(val());
    else if (a === '--json') o.json = resolve(val());
    else if (a === '--help' || a === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n')
        .filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const c of o.cases) if (!ALL_CASES.includes(c)) throw new Error(`unknown case ${c}; known: ${ALL_CASES.join(', ')}`);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process: wall time (ms) and peak RSS (bytes).

function probeGnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const dir = mkdtempSync(join(tmpdir(), 'wtdiff-bench-probe-'));
  try {
    const f = join(dir, 'rss');
    const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', f, process.execPath, '-e', '0']);
    return r.status === 0 && /^\d+\s*$/.test(readFileSync(f, 'utf8').trim().split('\n').pop());
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const GNU_TIME = process.env.WTDIFF_BENCH_RSS === 'preload' ? false : probeGnuTime();
const RSS_PRELOAD = pathToFileURL(join(HERE, 'rss.mjs')).href;

function shQuote(s) { return `'${String(s).replace(/'/g, `'\\''`)}'`; }

/**
 * cmd: { argv: [file, ...args] } or { shell: 'string' }.
 * Resolves { ms, rssBytes, code, stderr }.
 */
function measure(cmd, { tmp, timeoutMs = 0, stdoutFile } = {}) {
  const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`);
  let file, args;
  const env = { ...process.env };
  if (cmd.shell) {
    file = '/bin/sh';
    args = ['-c', cmd.shell];
  } else {
    [file, ...args] = cmd.argv;
  }
  if (GNU_TIME) {
    args = ['-f', '%M', '-o', rssFile, file, ...args];
    file = '/usr/bin/time';
  } else {
    // Node children record their own peak RSS (KB) at exit; the largest wins.
    env.WTDIFF_BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${RSS_PRELOAD}`.trim();
  }
  return new Promise((resolvePromise) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(file, args, { cwd: ROOT, env, stdio: ['ignore', stdoutFile ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; if (stderr.length > 1e6) stderr = stderr.slice(-5e5); });
    const chunks = [];
    if (stdoutFile) child.stdout.on('data', (d) => chunks.push(d));
    let timedOut = false;
    const timer = timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs) : null;
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (timer) clearTimeout(timer);
      if (stdoutFile) writeFileSync(stdoutFile, Buffer.concat(chunks));
      let rssBytes = null;
      try {
        const lines = readFileSync(rssFile, 'utf8').trim().split(/\s+/).map(Number).filter(Number.isFinite);
        if (lines.length) rssBytes = Math.max(...lines) * 1024;
      } catch { /* no record */ }
      rmSync(rssFile, { force: true });
      // GNU time prints "Command exited with non-zero status N" into its -o file too; it does
      // not matter here because the child's own code is reported by spawn.
      resolvePromise({ ms, rssBytes, code: timedOut ? 'timeout' : (code ?? signal), stderr });
    });
  });
}

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------------------------------------
// Data

function ensureData(dataDir, name) {
  const { old, new: neu } = ensureCase(dataDir, name);
  const count = (f) => {
    const text = readFileSync(f, 'utf8');
    let n = 0;
    for (const w of text.split(/\s+/)) if (w) n++;
    return n;
  };
  return { old, new: neu, words: { old: count(old), new: count(neu) }, bytes: { old: statSync(old).size, new: statSync(neu).size } };
}

// ---------------------------------------------------------------------------------------------
// Commands

function wtdiffCmd(pair, out, timings) {
  const tmpl = process.env.WTDIFF_BENCH_CMD;
  if (tmpl) {
    return { shell: tmpl.replaceAll('{old}', shQuote(pair.old)).replaceAll('{new}', shQuote(pair.new)).replaceAll('{out}', shQuote(out)),
      label: tmpl };
  }
  const argv = [process.execPath, join(ROOT, 'bin', 'wtdiff.js'), 'compare', pair.old, pair.new, '--format', 'json', '--output', out];
  if (timings) argv.push('--timings');
  return { argv, label: `node bin/wtdiff.js compare OLD NEW --format json --output FILE${timings ? ' --timings' : ''}` };
}

function floorCmd(pair) {
  return { argv: [process.execPath, join(HERE, 'parse-floor.mjs'), pair.old, pair.new], label: 'node bench/parse-floor.mjs OLD NEW' };
}

/** Node starting and doing nothing: what every command pays before its first line runs. */
function nodeCmd() {
  return { argv: [process.execPath, '-e', '0'], label: 'node -e 0' };
}

function versionCmd() {
  return { argv: [process.execPath, join(ROOT, 'bin', 'wtdiff.js'), '--version'], label: 'node bin/wtdiff.js --version' };
}

/** git's own word diff of the two files, for scale: no alignment, no tags. */
function gitWordDiffCmd(pair) {
  return { argv: ['git', 'diff', '--no-index', '--word-diff', '--no-color', pair.old, pair.new], label: 'git diff --no-index --word-diff' };
}

function onPath(name) {
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    if (d && existsSync(join(d, name))) return join(d, name);
  }
  return null;
}

function pandiffCmd(pair) {
  if (process.env.PANDIFF_CMD) {
    return { shell: `${process.env.PANDIFF_CMD} ${shQuote(pair.old)} ${shQuote(pair.new)}`, label: process.env.PANDIFF_CMD };
  }
  const onp = onPath('pandiff');
  if (onp) return { argv: [onp, pair.old, pair.new], label: 'pandiff' };
  const local = join(ROOT, 'node_modules', '.bin', 'pandiff');
  if (existsSync(local)) return { argv: [local, pair.old, pair.new], label: 'node_modules/.bin/pandiff' };
  const probe = spawnSync('npx', ['--no-install', 'pandiff', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  if (probe.status === 0) return { argv: ['npx', '--no-install', 'pandiff', pair.old, pair.new], label: 'npx --no-install pandiff' };
  return null;
}

// ---------------------------------------------------------------------------------------------

const fmtMs = (ms) => (ms == null ? '—' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMB = (b) => (b == null ? '—' : `${Math.round(b / MB)}`);
const fmtRatio = (x) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(2));
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'pass' : '**FAIL**');

async function runCase(name, pair, opts, tmp) {
  const isBig = name === '16x';
  const startup = STARTUP_CASES.has(name);
  const runs = opts.runs ?? (isBig ? 1 : startup ? 11 : 5);
  const warmup = opts.warmup ?? (isBig ? 0 : startup ? 2 : 1);
  const out = join(tmp, `${name}.json`);
  const wt = name === 'version' ? versionCmd() : wtdiffCmd(pair, out, opts.timings);
  const fl = startup ? nodeCmd() : floorCmd(pair);
  const res = { name, words: pair?.words ?? null, bytes: pair?.bytes ?? null, runs, warmup, baseline: fl.label,
    wtdiff: { ms: [], rssBytes: [], errors: [] }, floor: { ms: [], rssBytes: [], errors: [] } };
  // wtdiff exits as diff(1) does: 0 no changes, 1 changes found, 2 trouble.
  const okCode = (which, code) => code === 0 || (which === 'wtdiff' && code === 1);
  const record = (slot, r, label) => {
    if (!okCode(label.split(' ')[0], r.code)) {
      slot.errors.push({ code: r.code, stderr: r.stderr.slice(-2000) });
      process.stderr.write(`  ${label} exited with ${r.code}\n${r.stderr.split('\n').slice(-8).join('\n')}\n`);
      return;
    }
    slot.ms.push(r.ms);
    if (r.rssBytes != null) slot.rssBytes.push(r.rssBytes);
  };
  for (let i = 0; i < warmup + runs; i++) {
    const warm = i < warmup;
    // Alternate which goes first so that drift on the machine falls on both alike.
    const order = i % 2 === 0 ? ['floor', 'wtdiff'] : ['wtdiff', 'floor'];
    for (const which of order) {
      rmSync(out, { force: true });
      const r = await measure(which === 'floor' ? fl : wt, { tmp });
      process.stderr.write(`  ${name} ${warm ? 'warm-up' : `run ${i - warmup + 1}/${runs}`} ${which}: ${fmtMs(r.ms)}, ${fmtMB(r.rssBytes)} MB${!okCode(which, r.code) ? ` (exit ${r.code})` : ''}\n`);
      if (which === 'wtdiff' && okCode(which, r.code)) {
        res.wtdiff.outputBytes = name === 'version' ? null : existsSync(out) ? statSync(out).size : 0;
        if (opts.timings) res.wtdiff.timingsStderr = r.stderr.slice(-4000);
      }
      if (!warm) record(res[which], r, which);
      else if (!okCode(which, r.code)) record({ ms: [], rssBytes: [], errors: res[which].errors }, r, `${which} (warm-up)`);
    }
    if (res.wtdiff.errors.length && res.wtdiff.ms.length === 0 && i >= warmup) break; // it is failing: do not insist
  }
  if (res.wtdiff.outputBytes === 0) res.wtdiff.errors.push({ code: 'empty-output', stderr: `${out} missing or empty` });
  for (const k of ['wtdiff', 'floor']) {
    res[k].medianMs = res[k].ms.length ? median(res[k].ms) : null;
    res[k].peakRssBytes = res[k].rssBytes.length ? Math.max(...res[k].rssBytes) : null;
  }
  res.ratio = res.wtdiff.medianMs != null && res.floor.medianMs ? res.wtdiff.medianMs / res.floor.medianMs : null;
  res.command = wt.label;
  if (pair && name !== '16x') res.gitWordDiff = await gitWordDiff(pair, tmp, startup ? 5 : 3);
  return res;
}

/** Median of `runs` timings of git's word diff (after one warm-up); null when git is missing. */
async function gitWordDiff(pair, tmp, runs) {
  const ms = [];
  for (let i = 0; i <= runs; i++) {
    const r = await measure(gitWordDiffCmd(pair), { tmp });
    if (r.code !== 0 && r.code !== 1) return null;
    if (i > 0) ms.push(r.ms);
  }
  return { medianMs: median(ms), runs };
}

/**
 * The cases run by their own bench modules (bench/check.mjs, bench/html-report.mjs): their
 * figures, the checks they make, and rows for the table.
 */
async function runOther(name, opts) {
  const runs = opts.runs !== undefined ? { runs: opts.runs } : {};
  const warmup = opts.warmup !== undefined ? { warmup: opts.warmup } : {};
  if (name === 'check-100') {
    const { runCheckBench } = await import('./check.mjs');
    const r = await runCheckBench({ ...runs, ...warmup });
    const [perFile, speedup] = r.checks;
    const words = `${r.files} × ~${r.wordsPerFile.toLocaleString('en-GB')} a file`;
    return {
      figures: r,
      checks: r.checks.map((c) => ({ ...c, case: 'check-100' })),
      rows: [
        { what: '`check` per file', words, value: `${r.check.perFileMs.toFixed(1)} ms`, baseline: '`compare` once per file', baselineValue: `${r.perFile.perFileMs.toFixed(0)} ms`, target: perFile.target, pass: perFile.pass },
        { what: 'speed-up over `compare` per file', value: `${r.speedup.toFixed(1)} ×`, target: speedup.target, pass: speedup.pass },
      ],
    };
  }
  const { runHtmlReportBench } = await import('./html-report.mjs');
  const r = await runHtmlReportBench({ ...runs, ...warmup, data: opts.data });
  const what = { load: 'load', filter: `filter (${r.actions.filter})`, clear: 'clear filters', search: `search (“${r.actions.search}”)`, map: 'change map of the earlier edition shown' };
  const keys = Object.keys(what);
  return {
    figures: r,
    checks: keys.map((k) => ({ id: `html-4x-${k}`, case: 'html-4x', target: `≤ ${fmtMs(r[k].targetMs)}`, value: r[k].medianMs, pass: r[k].pass })),
    rows: keys.map((k) => ({ what: `${what[k]}, to the next frame`, value: fmtMs(r[k].medianMs), target: `≤ ${fmtMs(r[k].targetMs)}`, pass: r[k].pass })),
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'wtdiff-bench-'));
  const started = new Date();
  process.stderr.write(`wtdiff bench: cases ${opts.cases.join(', ')}; peak RSS via ${GNU_TIME ? '/usr/bin/time -f %M' : 'bench/rss.mjs preload'}\n`);
  if (!process.env.WTDIFF_BENCH_CMD && !existsSync(join(ROOT, 'dist', 'cli-bundle', 'main.js'))) {
    process.stderr.write('note: dist/cli-bundle/main.js is missing; run `npm run build` first (or set WTDIFF_BENCH_CMD)\n');
  }
  const results = {};
  const others = {};
  try {
    for (const name of opts.cases) {
      if (OTHER_CASES.includes(name)) {
        process.stderr.write(`  ${name} ...\n`);
        others[name] = await runOther(name, opts);
        continue;
      }
      const pair = name === 'version' ? null : ensureData(opts.data, name);
      results[name] = await runCase(name, pair, opts, tmp);
    }

    // pandiff on the 1x pair, only when pandoc is installed.
    let pandiff = { status: 'skipped', reason: 'not requested' };
    if (opts.pandiff && opts.cases.includes('1x')) {
      if (!onPath('pandoc')) {
        pandiff = { status: 'skipped', reason: 'pandoc not installed' };
      } else {
        const pair = ensureData(opts.data, '1x');
        const cmd = pandiffCmd(pair);
        if (!cmd) {
          pandiff = { status: 'skipped', reason: 'pandiff not found (install it globally or set PANDIFF_CMD)' };
        } else {
          process.stderr.write(`  1x pandiff (${cmd.label}), one run, timeout ${opts.pandiffTimeout} s ...\n`);
          const r = await measure(cmd, { tmp, timeoutMs: opts.pandiffTimeout * 1000, stdoutFile: join(tmp, 'pandiff.out') });
          pandiff = r.code === 0
            ? { status: 'ran', ms: r.ms, rssBytes: r.rssBytes, command: cmd.label }
            : r.code === 'timeout'
              ? { status: 'timeout', ms: r.ms, atLeastMs: opts.pandiffTimeout * 1000, command: cmd.label }
              : { status: 'error', code: r.code, stderr: r.stderr.slice(-2000), command: cmd.label };
          process.stderr.write(`  1x pandiff: ${pandiff.status} ${fmtMs(r.ms)}\n`);
        }
      }
    }

    // Verdicts.
    const checks = [];
    const r1 = results['1x'];
    const r4 = results['4x'];
    const r16 = results['16x'];
    const ok = (r) => r && r.wtdiff.errors.length === 0 && r.wtdiff.medianMs != null;
    const ratioCheck = (id, name, limit, what) => {
      const r = results[name];
      if (r) checks.push({ id, case: name, target: `≤ ${Number.isInteger(limit) ? limit.toFixed(1) : limit} × ${what}`, value: r.ratio, pass: ok(r) ? r.ratio <= limit : false });
    };
    ratioCheck('1x-vs-floor', '1x', TARGETS.ratio1x, 'floor');
    ratioCheck('adversarial-vs-floor', 'adversarial', TARGETS.ratioAdversarial, 'floor');
    ratioCheck('near-identical-vs-floor', 'near-identical', TARGETS.ratioNearIdentical, 'floor');
    ratioCheck('tiny-vs-node', 'tiny', TARGETS.ratioTiny, '`node -e 0`');
    ratioCheck('version-vs-node', 'version', TARGETS.ratioVersion, '`node -e 0`');
    if (r4) checks.push({ id: '4x-rss', case: '4x', target: `RSS ≤ ${TARGETS.rss4xMB} MB`, value: r4.wtdiff.peakRssBytes, pass: ok(r4) && r4.wtdiff.peakRssBytes != null ? r4.wtdiff.peakRssBytes <= TARGETS.rss4xMB * MB : false });
    let scale = null;
    if (r1 && r4) {
      scale = ok(r1) && ok(r4) ? r4.wtdiff.medianMs / r1.wtdiff.medianMs : null;
      checks.push({ id: '4x-over-1x', case: '4x / 1x', target: `≤ ${TARGETS.scale4x} × the 1x time`, value: scale, pass: scale != null ? scale <= TARGETS.scale4x : false });
    }
    if (r16) checks.push({ id: '16x-completes', case: '16x', target: `completes, RSS ≤ ${TARGETS.rss16xMB} MB`, value: r16.wtdiff.peakRssBytes, pass: ok(r16) && r16.wtdiff.peakRssBytes != null ? r16.wtdiff.peakRssBytes <= TARGETS.rss16xMB * MB : false });
    let speedup = null;
    if (pandiff.status === 'ran' || pandiff.status === 'timeout') {
      const pms = pandiff.status === 'ran' ? pandiff.ms : pandiff.atLeastMs;
      speedup = ok(r1) ? pms / r1.wtdiff.medianMs : null;
      checks.push({ id: 'pandiff-speedup', case: '1x vs pandiff', target: `≥ ${TARGETS.pandiffSpeedup} × faster than pandiff`, value: speedup, pass: speedup != null ? speedup >= TARGETS.pandiffSpeedup : false });
    }
    for (const other of Object.values(others)) for (const c of other.checks ?? []) checks.push(c);

    // Table.
    const lines = [];
    lines.push('| case | words (old + new) | wtdiff median | baseline | baseline median | ratio | git diff --word-diff | wtdiff peak RSS MB | target | result |');
    lines.push('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |');
    const checkFor = { '1x': ['1x-vs-floor'], adversarial: ['adversarial-vs-floor'], 'near-identical': ['near-identical-vs-floor'], tiny: ['tiny-vs-node'], version: ['version-vs-node'], '4x': ['4x-rss'], '16x': ['16x-completes'] };
    for (const name of opts.cases) {
      const r = results[name];
      if (!r) continue;
      const cs = checks.filter((x) => checkFor[name]?.includes(x.id));
      const err = r.wtdiff.errors.length ? ' (wtdiff failed)' : '';
      const words = r.words ? (r.words.old + r.words.new).toLocaleString('en-GB') : '';
      const baseline = STARTUP_CASES.has(name) ? '`node -e 0`' : 'parse floor';
      const git = r.gitWordDiff ? fmtMs(r.gitWordDiff.medianMs) : '';
      lines.push(`| ${name} | ${words} | ${fmtMs(r.wtdiff.medianMs)} | ${baseline} | ${fmtMs(r.floor.medianMs)} | ${fmtRatio(r.ratio)} | ${git} | ${fmtMB(r.wtdiff.peakRssBytes)} | ${cs.map((c) => c.target).join('; ')} | ${cs.map((c) => verdict(c.pass)).join('; ')}${err} |`);
    }
    const cs = checks.find((x) => x.id === '4x-over-1x');
    if (cs) lines.push(`| 4x / 1x | | | | | ${fmtRatio(cs.value)} | | | ${cs.target} | ${verdict(cs.pass)} |`);
    const cp = checks.find((x) => x.id === 'pandiff-speedup');
    if (cp) {
      lines.push(`| 1x: pandiff | | ${pandiff.status === 'timeout' ? `> ${fmtMs(pandiff.atLeastMs)}` : fmtMs(pandiff.ms)} | | | ${fmtRatio(cp.value)}${pandiff.status === 'timeout' ? ' (at least)' : ''} × | | | ${cp.target} | ${verdict(cp.pass)} |`);
    }
    for (const [name, other] of Object.entries(others)) for (const row of other.rows ?? []) lines.push(`| ${name}: ${row.what} | ${row.words ?? ''} | ${row.value} | ${row.baseline ?? ''} | ${row.baselineValue ?? ''} | ${row.ratio ?? ''} | | | ${row.target ?? ''} | ${row.pass == null ? '' : verdict(row.pass)} |`);
    const runsNote = Object.values(results).map((r) => `${r.name}: ${r.warmup} warm-up + ${r.runs} runs`).join('; ');
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
    process.stdout.write(`Runs: ${runsNote}. Times are wall-clock medians of whole processes (Node start-up included).\n`);
    if (pandiff.status === 'skipped') process.stdout.write(`pandiff: skipped (${pandiff.reason})\n`);
    else if (pandiff.status === 'error') process.stdout.write(`pandiff: error (exit ${pandiff.code}) — see results JSON\n`);
    const failed = checks.filter((c) => !c.pass);
    process.stdout.write(failed.length
      ? `\nFAIL: ${failed.length} of ${checks.length} targets missed: ${failed.map((c) => c.id).join(', ')}\n`
      : `\nAll ${checks.length} targets met.\n`);

    const json = {
      started: started.toISOString(),
      finished: new Date().toISOString(),
      machine: { node: process.version, platform: platform(), release: release(), cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemMB: Math.round(totalmem() / MB) },
      rssMethod: GNU_TIME ? '/usr/bin/time -f %M' : 'bench/rss.mjs (process.resourceUsage().maxRSS)',
      targets: TARGETS,
      cases: results,
      others,
      scale4xOver1x: scale,
      pandiff,
      checks,
      table: lines.join('\n'),
    };
    mkdirSync(dirname(opts.json), { recursive: true });
    writeFileSync(opts.json, JSON.stringify(json, null, 2) + '\n');
    process.stdout.write(`Results: ${opts.json}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
