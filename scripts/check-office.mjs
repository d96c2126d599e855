#!/usr/bin/env node
// `npm run check:office`: do real word processors read wtdiff's Word redlines as we mean them?
// Outside `npm test`, which needs only Node, npm and git: this needs LibreOffice (Debian:
// `apt-get install libreoffice-writer-nogui`). For each pair it writes the redline with the built
// CLI, then has LibreOffice headless:
//   1. convert it to flat ODT (.fodt): LibreOffice's own reading, with its tracked changes marked
//      in the body and listed in text:tracked-changes. Taking out what it lists as deleted gives
//      "accept all" as LibreOffice sees it, which must be the new edition's paragraphs; taking out
//      what it lists as inserted gives "reject all", the old edition's. It also counts the tracked
//      changes (insertions, deletions) and comments it found.
//   2. convert it to PDF with comments exported: the page text must carry the deleted and the
//      inserted wording (LibreOffice shows both), and the PDF's notes every comment's text.
// Exit 0 when every pair passes, 1 when one fails, 2 when LibreOffice is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { editionParagraphs, parseEdition } from '../dist/index.js';
import { generateCase } from '../bench/generate.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/wtdiff.js');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

// `npm run check:office -- OLD NEW` checks that pair instead (paths from the repository root or absolute).
const ARGS = process.argv.slice(2);
const PAIRS = ARGS.length === 2 ? [ARGS] : [
  ['guidance/wt-2015.md', 'guidance/wt-2017-draft.md'],
  ['guidance/wt-2017-draft.md', 'guidance/wt-2018.md'],
  ['guidance/wt-2015.md', 'guidance/wt-2018.md'],
  // Fixtures (not guidance) with moved paragraphs and sections: tracked moves.
  ['test/fixtures/cli-cases/paragraph-moved/old.md', 'test/fixtures/cli-cases/paragraph-moved/new.md'],
  ['test/fixtures/cli-cases/section-moved/old.md', 'test/fixtures/cli-cases/section-moved/new.md'],
  // The benchmark's 1x pair (synthetic, not guidance; 60,000 words with tables, moves and
  // renumbering), generated into the scratch directory below.
  ['1x/old.md', '1x/new.md'],
];

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) {
  console.error('check:office: LibreOffice (soffice) not found; install it first, e.g. apt-get install libreoffice-writer-nogui');
  process.exit(2);
}
console.log(spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim());

const dir = mkdtempSync(join(tmpdir(), 'wtdiff-office-'));
if (PAIRS.some(([o]) => o.startsWith('1x/'))) generateCase(dir, '1x');
const where = (path) => (path.startsWith('1x/') ? join(dir, path) : resolve(ROOT, path));
const profile = `file://${join(dir, 'profile')}`;
const xml = (text) => new DOMParser().parseFromString(text, 'text/xml');
const list = (root, ns, local) => {
  const l = root.getElementsByTagNameNS(ns, local);
  return Array.from({ length: l.length }, (_, i) => l.item(i));
};
const squash = (s) => s.replace(/\s+/g, '');
const tidy = (s) => s.replace(/\s+/g, ' ').trim();

function convert(file, to) {
  // A profile of our own: a user's running LibreOffice would otherwise swallow the request.
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
}

/**
 * "Accept all" (or "reject all") as LibreOffice read the file: the flat ODT's body paragraphs with
 * the text of every tracked deletion (or insertion) taken out. LibreOffice keeps both in place
 * between text:change-start and text:change-end marks and says in text:tracked-changes which is
 * which; a change that runs over a paragraph's end joins that paragraph to the next, as accepting
 * (or rejecting) it would.
 */
function afterAllChanges(fodt, mode) {
  const doc = xml(fodt);
  const kind = mode === 'accept' ? 'deletion' : 'insertion';
  const deletions = new Set(list(doc, TEXT, 'changed-region').filter((r) => list(r, TEXT, kind).length).map((r) => r.getAttributeNS(TEXT, 'id')));
  for (const el of [...list(doc, TEXT, 'tracked-changes'), ...list(doc, OFFICE, 'annotation')]) el.parentNode.removeChild(el);
  const out = [];
  let current = '';
  const open = new Set();
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!open.size) current += n.nodeValue;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const id = n.getAttributeNS(TEXT, 'change-id');
      if (n.namespaceURI === TEXT && n.localName === 'change-start' && deletions.has(id)) open.add(id);
      else if (n.namespaceURI === TEXT && n.localName === 'change-end') open.delete(id);
      else if (n.namespaceURI === TEXT && (n.localName === 'p' || n.localName === 'h')) {
        walk(n);
        if (!open.size) {
          out.push(tidy(current));
          current = '';
        }
      } else if (n.namespaceURI === TABLE && n.localName === 'table-row') {
        // A row reads as its cells joined by " | ", as the comparison reads a table row.
        const cells = [];
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 1 || c.localName !== 'table-cell') continue;
          const before = out.length;
          walk(c);
          cells.push(out.splice(before).join(' '));
        }
        out.push(tidy(cells.join(' | ')));
      } else if (n.namespaceURI === TEXT && (n.localName === 's' || n.localName === 'tab' || n.localName === 'line-break')) {
        if (!open.size) current += ' ';
      } else walk(n);
    }
  };
  walk(list(doc, OFFICE, 'text')[0]);
  // Empty paragraphs stay (a paragraph deleted without its mark leaves one behind: a fault), but
  // for those at the very end: no word processor can take away a document's last paragraph
  // mark, so when an edition ends with paragraphs the other lacks, one empty paragraph is left.
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Where two lists of paragraphs first differ, and how. */
function difference(got, want) {
  const i = Array.from({ length: Math.max(got.length, want.length) }, (_, k) => k).find((k) => got[k] !== want[k]);
  const cut = (p) => (p === undefined ? '(none)' : JSON.stringify(p.length > 80 ? `${p.slice(0, 80)}…` : p));
  return `paragraph ${i + 1} is ${cut(got[i])}, expected ${cut(want[i])}`;
}

/** The paragraphs from the edition's first on (the redline's summary page comes before). */
function editionIn(paragraphs, edition) {
  const start = paragraphs.indexOf(edition[0]);
  return start >= 0 ? paragraphs.slice(start) : [];
}

async function pdfText(file) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  let text = '';
  const notes = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    text += (await page.getTextContent()).items.map((it) => it.str ?? '').join(' ');
    for (const a of await page.getAnnotations()) if (a.subtype === 'Text') notes.push(a.contentsObj?.str ?? '');
  }
  return { text, notes };
}

/** What the redline itself holds: deleted and inserted words, comments, and the new edition's paragraphs. */
async function redlineParts(docx) {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const doc = xml(await zip.file('word/document.xml').async('string'));
  const comments = zip.file('word/comments.xml') ? list(xml(await zip.file('word/comments.xml').async('string')), W, 'comment') : [];
  return {
    deleted: [...list(doc, W, 'del'), ...list(doc, W, 'moveFrom')].map((e) => e.textContent).filter((t) => t.trim()),
    inserted: [...list(doc, W, 'ins'), ...list(doc, W, 'moveTo')].map((e) => e.textContent).filter((t) => t.trim()),
    moves: list(doc, W, 'moveToRangeStart').length,
    comments: comments.map((c) => list(c, W, 'p').map((p) => p.textContent).join('\n')),
  };
}

let failed = 0;
const rows = [];
for (const [oldPath, newPath] of PAIRS) {
  const name = `${oldPath.split('/').slice(-2).join('/')} → ${newPath.split('/').slice(-2).join('/')}`;
  const base = `pair${rows.length}`;
  const docx = join(dir, `${base}.docx`);
  const run = spawnSync(process.execPath, [BIN, where(oldPath), where(newPath), '-o', docx], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`wtdiff failed on ${name}: ${run.stderr}`);
  const newEdition = editionParagraphs(parseEdition(readFileSync(where(newPath), 'utf8'), 'new')).map(tidy);
  const oldEdition = editionParagraphs(parseEdition(readFileSync(where(oldPath), 'utf8'), 'old')).map(tidy);
  const parts = await redlineParts(docx);
  const problems = [];

  convert(docx, 'fodt');
  const fodt = readFileSync(join(dir, `${base}.fodt`), 'utf8');
  const fodtDoc = xml(fodt);
  const insertions = list(fodtDoc, TEXT, 'insertion').length;
  const deletions = list(fodtDoc, TEXT, 'deletion').length;
  const annotations = list(fodtDoc, OFFICE, 'annotation').length;
  const body = editionIn(afterAllChanges(fodt, 'accept'), newEdition);
  if (JSON.stringify(body) !== JSON.stringify(newEdition)) problems.push(`LibreOffice's accept-all text is not the new edition: ${difference(body, newEdition)}`);
  const rejected = editionIn(afterAllChanges(fodt, 'reject'), oldEdition);
  if (JSON.stringify(rejected) !== JSON.stringify(oldEdition)) problems.push(`LibreOffice's reject-all text is not the old edition: ${difference(rejected, oldEdition)}`);
  if (!insertions || !deletions) problems.push(`LibreOffice found ${insertions} insertions and ${deletions} deletions`);
  if (annotations !== parts.comments.length) problems.push(`LibreOffice found ${annotations} comments, the redline has ${parts.comments.length}`);

  convert(`${docx}`, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}');
  const pdf = await pdfText(join(dir, `${base}.pdf`));
  const pageText = squash(pdf.text);
  const missing = [...parts.deleted, ...parts.inserted].filter((t) => !pageText.includes(squash(t)));
  if (missing.length) problems.push(`the PDF lacks tracked wording: ${missing.slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}`);
  const notes = pdf.notes.map(squash);
  const lost = parts.comments.filter((c) => !notes.includes(squash(c)));
  if (lost.length) problems.push(`the PDF lacks ${lost.length} comment(s): ${JSON.stringify(lost[0])}`);

  if (problems.length) failed++;
  rows.push({ name, ins: parts.inserted.length, del: parts.deleted.length, moves: parts.moves, comments: parts.comments.length, lo: `${insertions} ins / ${deletions} del / ${annotations} comments`, accepted: JSON.stringify(body) === JSON.stringify(newEdition) && JSON.stringify(rejected) === JSON.stringify(oldEdition) ? `yes (${newEdition.length} / ${oldEdition.length} paragraphs)` : 'no', ok: problems.length ? 'FAIL' : 'ok', problems });
}

console.log('\n| pair | inserted runs (w:ins, w:moveTo) | deleted runs (w:del, w:moveFrom) | moves | comments | LibreOffice read | accept all = new, reject all = old | PDF wording and notes |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.ins} | ${r.del} | ${r.moves} | ${r.comments} | ${r.lo} | ${r.accepted} | ${r.ok} |`);
for (const r of rows) for (const p of r.problems) console.log(`FAIL ${r.name}: ${p}`);
rmSync(dir, { recursive: true, force: true });
console.log(failed ? `\n${failed} of ${rows.length} pairs failed` : `\nall ${rows.length} pairs pass`);
process.exit(failed ? 1 : 0);
