#!/usr/bin/env node
// `wtdiff check` on a large pull request (issue 20): a real git repository in a temp dir with
// --files markdown files (default 100) of ~1,500 words each, committed, then every file edited
// and left uncommitted. Measured as child processes, medians over --runs runs after --warmup:
//
//   (a) node bin/wtdiff.js check --base HEAD --format json          (one process, every file)
//   (b) node bin/wtdiff.js compare OLD NEW --format json            (once per file, in turn)
//
// and reported as the per-file cost of (a) (its wall time / files) and the speed-up (b) / (a).
// The text is synthetic (bench/generate.mjs, seeded): it is NOT guidance.
//
//   npm run build && node bench/check.mjs
//   node bench/check.mjs --runs 5 --warmup 1 --files 100
//
// Exits 0 whether or not the targets are met (FAIL is printed); non-zero only if the bench breaks.
// `runCheckBench(options)` is exported for bench/run.mjs: it resolves the figures and the table.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePair } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const BIN = join(ROOT, 'bin', 'wtdiff.js');
const HEADER = '<!-- wtdiff bench fixture: synthetic text, not guidance -->';

export const CHECK_TARGETS = {
  perFileMs: 50, // (a) wall time / files
  speedup: 15, // (b) / (a)
};

// generate.mjs stops after the block that reaches its target, so 1,200 gives ~1,500 words a file.
export const CHECK_DEFAULTS = { runs: 3, warmup: 1, files: 100, words: 1200 };

// ---------------------------------------------------------------------------------------------
// The repository

const GIT_ID = ['-c', 'user.name=wtdiff bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
const gitSync = (cwd, ...args) => execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The edition pair for file i: generate.mjs's procedure prose at ~`words` words, the new edition
 * derived from the old by its ordinary edits (sentences reworded, inserted and deleted, "with
 * their manager" dropped, must → should, timescales changed, paragraphs moved and reflowed,
 * professional → practitioner). Every file starts with the fixture header; every file changes.
 */
export function checkFixture(i, words = CHECK_DEFAULTS.words) {
  const pair = generatePair(words, 1000 + i);
  if (!pair.old.startsWith(HEADER) || !pair.new.startsWith(HEADER)) throw new Error('generate.mjs no longer starts its files with the fixture header');
  // A timescale changed in the last paragraph, so that no file is left as it was.
  const neu = pair.new === pair.old ? `${pair.new.trimEnd()}\n\nThe team manager should review the plan within 20 working days.\n` : pair.new;
  return { old: pair.old, new: neu };
}

/** A repository with `files` committed files, each then edited in the working tree; the old files also in `oldDir`. */
export function buildCheckRepo(dir, { files = CHECK_DEFAULTS.files, words = CHECK_DEFAULTS.words } = {}) {
  const repo = join(dir, 'repo');
  const oldDir = join(dir, 'old');
  mkdirSync(join(repo, 'procedures'), { recursive: true });
  mkdirSync(oldDir, { recursive: true });
  gitSync(repo, 'init', '-q');
  const names = [];
  const pairs = [];
  let wordCount = 0;
  for (let i = 0; i < files; i++) {
    const name = `procedure-${String(i + 1).padStart(3, '0')}.md`;
    const pair = checkFixture(i, words);
    names.push(name);
    pairs.push(pair);
    wordCount += pair.old.split(/\s+/).filter(Boolean).length;
    writeFileSync(join(repo, 'procedures', name), pair.old);
  }
  gitSync(repo, 'add', '-A');
  gitSync(repo, 'commit', '-q', '-m', 'bench fixture: synthetic procedures, not guidance');
  const base = gitSync(repo, 'rev-parse', 'HEAD').trim();
  for (const [i, name] of names.entries()) {
    // The old side as git holds it, for the once-per-file compare.
    writeFileSync(join(oldDir, name), execFileSync('git', ['cat-file', 'blob', `${base}:procedures/${name}`], { cwd: repo }));
    writeFileSync(join(repo, 'procedures', name), pairs[i].new);
  }
  return { repo, oldDir, names, wordsPerFile: Math.round(wordCount / files) };
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Run a child to completion: wall ms, exit code, stdout (when kept), stderr tail. */
function timed(argv, cwd, keepStdout = false) {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let stderr = '';
    child.stdout.on('data', (d) => { if (keepStdout) out.push(d); });
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ ms: Number(process.hrtime.bigint() - t0) / 1e6, code: code ?? signal, stdout: Buffer.concat(out).toString('utf8'), stderr }));
  });
}

// wtdiff exits 0 (nothing fails) or 1 (a failing change); 2 is trouble.
function expectOk(r, what) {
  if (r.code !== 0 && r.code !== 1) throw new Error(`${what} exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
}

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const fmtMs = (ms) => (ms == null ? '—' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

/**
 * Build the repository, measure (a) and (b), and resolve the figures:
 * { files, wordsPerFile, runs, warmup, check: { ms[], medianMs, perFileMs }, perFile: { ms[], medianMs, perFileMs },
 *   speedup, checks: [{ id, target, value, pass }], table }.
 * Options: runs, warmup, files, words, log (a function for progress lines; default stderr), keep (leave the temp dir).
 */
export async function runCheckBench(options = {}) {
  const o = { ...CHECK_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const log = o.log ?? ((line) => process.stderr.write(`${line}\n`));
  const tmp = mkdtempSync(join(tmpdir(), 'wtdiff-bench-check-'));
  try {
    const t0 = performance.now();
    const fx = buildCheckRepo(tmp, o);
    log(`check bench: ${o.files} files of ~${fx.wordsPerFile} words in ${fx.repo} (${Math.round(performance.now() - t0)} ms to build)`);

    const checkArgv = [process.execPath, BIN, 'check', '--base', 'HEAD', '--format', 'json'];
    const res = { check: [], perFile: [] };
    for (let i = 0; i < o.warmup + o.runs; i++) {
      const label = i < o.warmup ? 'warm-up' : `run ${i - o.warmup + 1}/${o.runs}`;
      // Alternate which goes first, so that drift on the machine falls on both alike.
      const order = i % 2 === 0 ? ['check', 'perFile'] : ['perFile', 'check'];
      for (const which of order) {
        let ms;
        if (which === 'check') {
          const r = await timed(checkArgv, fx.repo, i === 0);
          expectOk(r, 'wtdiff check');
          if (i === 0) {
            const seen = JSON.parse(r.stdout).files?.length;
            if (seen !== o.files) throw new Error(`wtdiff check reported ${seen} files, not ${o.files}`);
          }
          ms = r.ms;
        } else {
          ms = 0;
          for (const name of fx.names) {
            const r = await timed([process.execPath, BIN, 'compare', join(fx.oldDir, name), join(fx.repo, 'procedures', name), '--format', 'json'], fx.repo);
            expectOk(r, `wtdiff compare ${name}`);
            ms += r.ms;
          }
        }
        log(`  ${label} ${which === 'check' ? '(a) check' : '(b) compare per file'}: ${fmtMs(ms)}`);
        if (i >= o.warmup) res[which].push(ms);
      }
    }
    const figure = (ms) => ({ ms, medianMs: median(ms), perFileMs: median(ms) / o.files });
    const check = figure(res.check);
    const perFile = figure(res.perFile);
    const speedup = perFile.medianMs / check.medianMs;
    const checks = [
      { id: 'check-per-file', target: `≤ ${CHECK_TARGETS.perFileMs} ms a file`, value: check.perFileMs, pass: check.perFileMs <= CHECK_TARGETS.perFileMs },
      { id: 'check-speedup', target: `≥ ${CHECK_TARGETS.speedup} × faster than compare per file`, value: speedup, pass: speedup >= CHECK_TARGETS.speedup },
    ];
    const table = [
      '| measure | wall time (median) | per file | target | result |',
      '| --- | --- | --- | --- | --- |',
      `| (a) \`check --base HEAD\`, ${o.files} files, one process | ${fmtMs(check.medianMs)} | ${check.perFileMs.toFixed(1)} ms | ${checks[0].target} | ${verdict(checks[0].pass)} |`,
      `| (b) \`compare OLD NEW\`, once per file (${o.files} processes) | ${fmtMs(perFile.medianMs)} | ${perFile.perFileMs.toFixed(1)} ms | | |`,
      `| speed-up (b) / (a) | ${speedup.toFixed(1)} × | | ${checks[1].target} | ${verdict(checks[1].pass)} |`,
    ].join('\n');
    return { files: o.files, wordsPerFile: fx.wordsPerFile, runs: o.runs, warmup: o.warmup, check, perFile, speedup, targets: CHECK_TARGETS, checks, table };
  } finally {
    if (!o.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Standalone

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number`);
      return v;
    };
    if (a === '--runs') o.runs = num();
    else if (a === '--warmup') o.warmup = num();
    else if (a === '--files') o.files = num();
    else if (a === '--words') o.words = num();
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (options: --runs N, --warmup N, --files N, --words N, --keep)`);
  }
  if (o.runs === 0) throw new Error('--runs must be at least 1');
  if (o.files === 0) throw new Error('--files must be at least 1');
  return o;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const r = await runCheckBench(parseArgs(process.argv.slice(2)));
    process.stdout.write(`\n${r.table}\n\nRuns: ${r.warmup} warm-up + ${r.runs} measured; ${r.files} files of ~${r.wordsPerFile} words. Times are wall-clock medians of whole processes (Node start-up included).\n`);
    const failed = r.checks.filter((c) => !c.pass);
    process.stdout.write(failed.length ? `\nFAIL: ${failed.length} of ${r.checks.length} targets missed: ${failed.map((c) => c.id).join(', ')}\n` : `\nAll ${r.checks.length} targets met.\n`);
  } catch (e) {
    process.stderr.write(`bench: ${e.stack ?? e}\n`);
    process.exitCode = 1;
  }
}
