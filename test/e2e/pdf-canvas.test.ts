// Reading a PDF must not load @napi-rs/canvas, the optional native package (a Skia binary) that
// pdf.js's legacy build require()s as it loads, for rendering only (src/ingest/pdf/extract.ts).
// Each check runs in a child process with an --import hook that reports, as the process exits,
// every loaded module (require's cache, which is where pdf.js's require puts the package and its
// binary) and, on Linux, every mapped file (/proc/self/maps: a native binary loaded by any route)
// whose path names the package. Controls show the hook does see the package when pdf.js is
// imported as shipped. Document text in this file is test fixture text, not guidance.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';
import { tempDir } from '../support/git-repo.js';

const CANVAS_PATH = /@napi-rs[\\/]canvas|skia\.[\w-]+\.node/;

// Written at exit: the paths of loaded modules and mapped files that name the canvas package.
const REPORT_CANVAS = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const cache = createRequire(process.cwd() + '/').cache;
process.on('exit', () => {
  const named = (paths) => [...new Set(paths.filter((p) => ${CANVAS_PATH}.test(p)))];
  let mapped = [];
  try {
    mapped = readFileSync('/proc/self/maps', 'utf8').split('\\n').map((l) => l.trim().split(/\\s+/)[5] ?? '');
  } catch {}
  const report = { cached: named(Object.keys(cache)), mapped: named(mapped), cacheSize: Object.keys(cache).length, maps: mapped.length };
  process.stderr.write('\\ncanvas-report=' + JSON.stringify(report) + '\\n');
});
`;

// The package as if it were not installed: require() cannot find it.
const HIDE_CANVAS = `
import Module from 'node:module';
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@napi-rs/canvas' || request.startsWith('@napi-rs/canvas/')) {
    throw Object.assign(new Error("Cannot find module '" + request + "'"), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};
`;

const hook = (code: string): string => `data:text/javascript,${encodeURIComponent(code)}`;

interface Report {
  cached: string[];
  mapped: string[];
  cacheSize: number;
  maps: number;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  report: Report;
}

function run(args: string[], hooks: string[]): Promise<Outcome> {
  const imports = [...hooks, REPORT_CANVAS].flatMap((code) => ['--import', hook(code)]);
  return new Promise((done) => {
    execFile(process.execPath, [...imports, ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' }, timeout: 60_000 }, (err, stdout, stderr) => {
      const line = /\ncanvas-report=(.*)\n$/.exec(stderr);
      const report = JSON.parse(line?.[1] ?? 'null') as Report;
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr: line ? stderr.slice(0, line.index) : stderr, report });
    });
  });
}

/** Load pdf.js as shipped, not through wtdiff's reader. */
const IMPORT_PDFJS = ['--input-type=module', '-e', "await import('pdfjs-dist/legacy/build/pdf.mjs');"];

const onLinux = process.platform === 'linux';
let pdf: string;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Decisions', { x: 72, y: 760, size: 20, font });
  page.drawText('42. The social worker records the decision with the family.', { x: 72, y: 720, size: 11, font });
  pdf = join(tempDir(), 'decisions.pdf');
  writeFileSync(pdf, await doc.save());
});

const MARKDOWN = '# Decisions\n\n42. The social worker records the decision with the family.\n';

describe('reading a PDF does not load @napi-rs/canvas', () => {
  it('control: the report sees the package (and, on Linux, its binary) when pdf.js is imported as shipped', async () => {
    const r = await run(IMPORT_PDFJS, []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.cached.length, 'is the optional dependency @napi-rs/canvas installed?').toBeGreaterThan(0);
    expect(r.report.cached.some((p) => /\.node$/.test(p))).toBe(true);
    if (onLinux) expect(r.report.mapped.length).toBeGreaterThan(0);
  });

  it('wtdiff convert reads the PDF with neither the package nor its binary loaded', async () => {
    const r = await run([BIN, 'convert', pdf], []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(MARKDOWN);
    expect(r.stderr).toBe('');
    expect(r.report.cached).toEqual([]);
    expect(r.report.mapped).toEqual([]);
    // The report did look: modules were loaded through require (commander, the PDF reader's own),
    // and files are mapped on Linux.
    expect(r.report.cacheSize).toBeGreaterThan(0);
    if (onLinux) expect(r.report.maps).toBeGreaterThan(10);
  });

  it('control: where the package is missing, pdf.js as shipped warns, and fails to load where Node has no DOMMatrix', async () => {
    const child = `console.log(typeof DOMMatrix); try { ${IMPORT_PDFJS[2]} console.log('loaded'); } catch (e) { console.log(String(e)); }`;
    const r = await run(['--input-type=module', '-e', child], [HIDE_CANVAS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.cached).toEqual([]);
    expect(r.stderr).toContain('Cannot load "@napi-rs/canvas" package');
    if (r.stdout.startsWith('undefined\n')) expect(r.stdout).toBe('undefined\nReferenceError: DOMMatrix is not defined\n');
  });

  it('where the package is missing, wtdiff convert reads the PDF the same, with no warnings', async () => {
    const r = await run([BIN, 'convert', pdf], [HIDE_CANVAS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(MARKDOWN);
    expect(r.stderr).toBe('');
  });
});
