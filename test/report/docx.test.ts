// The Word redline, held to properties rather than "the file opens": accepting every tracked
// change gives the new edition paragraph by paragraph and rejecting every one the old, on the
// bundled guidance, the CLI cases, the 80 alignment-suite cases (moves, splits, merges) and the
// property generator's pairs; the parts are well-formed and refer to each other; every comment
// sits on tracked text and names its tags; mammoth reads the new edition back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readInput, redlineDocx } from '../../src/index.js';
import { compareAligned, parseEdition } from '../../src/pipeline/compare.js';
import { buildRedline, editionParagraphs } from '../../src/pipeline/redline.js';
import { renderDocx } from '../../src/report/docx.js';
import { all, children, openDocx, paragraphsAfter, tidy } from '../support/docx-revisions.js';
import { apply, docArb, editArb, render } from '../support/generated-docs.js';
import { GUIDANCE, ROOT } from '../support/cli.js';

const DATE = new Date('2026-01-02T03:04:05Z');
const guidance = (name: string) => readFileSync(join(GUIDANCE, name), 'utf8');
const PAIRS: [string, string][] = [
  ['wt-2015.md', 'wt-2017-draft.md'],
  ['wt-2017-draft.md', 'wt-2018.md'],
  ['wt-2015.md', 'wt-2018.md'],
  ['wt-2018.md', 'wt-2015.md'],
];

/** What accepting and rejecting every change give, beside what they should give. */
async function roundTrip(oldMd: string, newMd: string, all = false) {
  const bytes = await redlineDocx(oldMd, newMd, { all, date: DATE });
  const doc = await (await openDocx(bytes)).part('word/document.xml');
  return {
    bytes,
    doc,
    accepted: paragraphsAfter(doc, 'accept'),
    rejected: paragraphsAfter(doc, 'reject'),
    newText: tidy(editionParagraphs(parseEdition(newMd, 'new'))),
    oldText: tidy(editionParagraphs(parseEdition(oldMd, 'old'))),
  };
}

/** Each case's two sides as the CLI reads them (some alignment cases are plain text files). */
async function dirPairs(dir: string): Promise<[string, string, string][]> {
  const out: [string, string, string][] = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const side = async (name: string) => (await readInput(join(dir, d.name, readdirSync(join(dir, d.name)).find((f) => f.startsWith(`${name}.`))!))).markdown;
    out.push([d.name, await side('old'), await side('new')]);
  }
  return out;
}

describe('accept all gives the new edition, reject all the old', () => {
  it.each(PAIRS)('guidance %s → %s', async (o, n) => {
    const r = await roundTrip(guidance(o), guidance(n));
    expect(r.accepted).toEqual(r.newText);
    expect(r.rejected).toEqual(r.oldText);
    expect(all(r.doc, 'ins').length + all(r.doc, 'del').length).toBeGreaterThan(4);
  });

  it('on the CLI cases and the alignment suite (moves, splits, merges, renamed sections)', async () => {
    const cases = [...(await dirPairs(join(ROOT, 'test/fixtures/cli-cases'))), ...(await dirPairs(join(ROOT, 'test/fixtures/alignment/cases')))];
    expect(cases.length).toBeGreaterThanOrEqual(90);
    let moves = 0;
    let commented = 0;
    for (const [name, o, n] of cases) {
      const r = await roundTrip(o, n);
      expect(r.accepted, name).toEqual(r.newText);
      expect(r.rejected, name).toEqual(r.oldText);
      moves += all(r.doc, 'moveToRangeStart').length;
      // Every role, duty and timescale change has its comment, on tracked words.
      const { changes } = compareAligned(parseEdition(o, 'old'), parseEdition(n, 'new')).comparison;
      const wanted = changes.filter((c) => c.tags.some((t) => /^(role|duty|timescale)-/.test(t)));
      const comments = all(await (await openDocx(r.bytes)).part('word/comments.xml'), 'comment');
      expect(comments.filter((c) => c.textContent?.includes('Tags: ')).length, name).toBe(wanted.length);
      for (const c of comments) expect(trackedBetween(r.doc, c.getAttribute('w:id')!), `${name}: comment ${c.getAttribute('w:id')}`).toBeGreaterThan(0);
      commented += wanted.length;
    }
    expect(moves).toBeGreaterThan(10);
    expect(commented).toBeGreaterThan(10);
  });

  it('on the property generator’s pairs (insert, delete, move, rename, reflow, renumber, reword)', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.array(editArb, { maxLength: 6 }), async (doc, edits) => {
        const r = await roundTrip(render(doc), render(apply(doc, edits)));
        expect(r.accepted).toEqual(r.newText);
        expect(r.rejected).toEqual(r.oldText);
      }),
      { numRuns: 150 },
    );
  });

  it('on tables, lists, quotes and a paragraph moved: rows tracked as rows, the move as a move', async () => {
    const oldMd = '# Fixture (not guidance)\n\n## A\n\nFirst paragraph stays.\n\nThis paragraph will move to section B.\n\n| Decision | Who |\n|---|---|\n| Close the case | Team manager |\n| Convene | Chair |\n| Record the decision in writing | Team manager |\n\n- a bullet\n- another bullet\n\n> A quote.\n\n## B\n\nLast paragraph stays.\n';
    const newMd = '# Fixture (not guidance)\n\n## A\n\nFirst paragraph stays.\n\n| Decision | Who |\n|---|---|\n| Close the case | Social worker |\n| Convene | Chair |\n| Escalate a concern to the local authority | Head of service |\n\n- a bullet\n- a new bullet\n\n> A quote, reworded.\n\n## B\n\nLast paragraph stays.\n\nThis paragraph will move to section B.\n';
    const r = await roundTrip(oldMd, newMd);
    expect(r.accepted).toEqual(r.newText);
    expect(r.rejected).toEqual(r.oldText);
    expect(r.newText).toContain('Close the case | Social worker');
    const from = all(r.doc, 'moveFromRangeStart');
    const to = all(r.doc, 'moveToRangeStart');
    expect(from).toHaveLength(1);
    expect(to.map((e) => e.getAttribute('w:name'))).toEqual(from.map((e) => e.getAttribute('w:name')));
    expect(all(r.doc, 'moveFrom').map((e) => e.textContent).join('')).toBe('This paragraph will move to section B.');
    expect(all(r.doc, 'moveTo').map((e) => e.textContent).join('')).toBe('This paragraph will move to section B.');
    // The two paragraph marks stay a deletion and an insertion (LibreOffice keeps a mark tracked as moved).
    expect(all(r.doc, 'rPr').filter((rPr) => children(rPr, 'moveFrom').length + children(rPr, 'moveTo').length)).toHaveLength(0);
    // A row only one side has is tracked as a row; the numbered bullets are Word bullets.
    expect(all(r.doc, 'trPr').some((pr) => children(pr, 'ins').length)).toBe(true);
    expect(all(r.doc, 'trPr').some((pr) => children(pr, 'del').length)).toBe(true);
    expect(all(r.doc, 'numPr').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the parts of the file', () => {
  it('are well-formed, listed in [Content_Types].xml, and every relationship points at a part', async () => {
    const { bytes } = await roundTrip(guidance('wt-2015.md'), guidance('wt-2018.md'));
    const pkg = await openDocx(bytes);
    const names = Object.keys(pkg.zip.files).filter((n) => !pkg.zip.files[n]!.dir);
    for (const n of names.filter((x) => /\.(xml|rels)$/.test(x))) await pkg.part(n);
    const types = await pkg.part('[Content_Types].xml');
    const defaults = new Set(byTag(types, 'Default').map((d) => d.getAttribute('Extension')));
    const overrides = new Set(byTag(types, 'Override').map((o) => o.getAttribute('PartName')));
    for (const n of names) expect(overrides.has(`/${n}`) || defaults.has(n.split('.').pop()!), n).toBe(true);
    for (const rels of names.filter((n) => n.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
      for (const r of byTag(await pkg.part(rels), 'Relationship')) {
        if (r.getAttribute('TargetMode') === 'External') continue;
        const target = r.getAttribute('Target')!;
        const path = target.startsWith('/') ? target.slice(1) : base + target;
        expect(names, `${rels} → ${target}`).toContain(path);
      }
    }
    const docRels = byTag(await pkg.part('word/_rels/document.xml.rels'), 'Relationship').map((r) => r.getAttribute('Target'));
    expect(docRels).toContain('comments.xml');
  });

  it('pair every comment with its range and reference; each range holds tracked text; each comment names its tags', async () => {
    const { bytes, doc } = await roundTrip(guidance('wt-2015.md'), guidance('wt-2018.md'));
    const comments = await (await openDocx(bytes)).part('word/comments.xml');
    const ids = (local: string, d: Document = doc) => all(d, local).map((e) => e.getAttribute('w:id')).sort();
    const commentIds = ids('comment', comments);
    // Six manager removals (one a substitution) and the professional → practitioner rename, on one of them.
    expect(commentIds).toHaveLength(6);
    expect(ids('commentRangeStart')).toEqual(commentIds);
    expect(ids('commentRangeEnd')).toEqual(commentIds);
    expect(ids('commentReference')).toEqual(commentIds);
    const texts = all(comments, 'comment').map((c) => all(c, 'p').map((p) => p.textContent).join('\n'));
    for (const t of texts) expect(t).toMatch(/\((role-removed|role-added|role-substituted|duty-\w+|timescale-changed)\)\nTags: [a-z-]+(, [a-z-]+)*/);
    expect(texts.filter((t) => t.includes('Manager removed from: agree a plan of action (role-removed)'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Manager → Colleague: talk through their concerns (role-substituted)'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Terminology throughout: “professional” → “practitioner”'))).toHaveLength(1);
    for (const id of commentIds) expect(trackedBetween(doc, id!), `comment ${id}`).toBeGreaterThan(0);
  });

  it('in a table row, puts a role change’s comment on the cell where the role changed, not on another edited cell', async () => {
    const oldMd = '# Fixture (not guidance)\n\n| Decision | Who decides |\n|---|---|\n| Close the case after the review | Team manager |\n';
    const newMd = '# Fixture (not guidance)\n\n| Decision | Who decides |\n|---|---|\n| Close the case after a review | Social worker |\n';
    const { bytes, doc } = await roundTrip(oldMd, newMd);
    const comments = all(await (await openDocx(bytes)).part('word/comments.xml'), 'comment');
    expect(comments.map((c) => c.textContent)).toEqual([expect.stringContaining('Tags: role-removed, role-added, role-substituted')]);
    const start = all(doc, 'commentRangeStart')[0]!;
    const cell = (el: Node | null): Node | null => (el && (el as Element).localName !== 'tc' ? cell(el.parentNode) : el);
    expect(cell(start)?.textContent).toBe('Team managerSocial worker');
  });

  it('comments every change shown with --all, and editorial or terminology ones only then', async () => {
    const few = await roundTrip(guidance('wt-2015.md'), guidance('wt-2018.md'));
    const many = await roundTrip(guidance('wt-2015.md'), guidance('wt-2018.md'), true);
    const count = async (bytes: Uint8Array) => all(await (await openDocx(bytes)).part('word/comments.xml'), 'comment').length;
    const changes = compareAligned(parseEdition(guidance('wt-2015.md'), 'a'), parseEdition(guidance('wt-2018.md'), 'b')).comparison.changes.length;
    expect(await count(few.bytes)).toBe(6);
    expect(await count(many.bytes)).toBe(changes);
    // The tracked text is the same either way.
    expect(many.accepted).toEqual(few.accepted);
  });

  it('starts with a summary page: counts per tag and who lost or gained a say', async () => {
    const { doc } = await roundTrip(guidance('wt-2015.md'), guidance('wt-2018.md'));
    const summary = paragraphsAfter(doc, 'accept', { skipFirstSection: false }).slice(0, 30).join('\n');
    expect(summary).toContain('Changes from old to new');
    expect(summary).toMatch(/role-removed \| 6 \|/);
    expect(summary).toContain('Manager removed from: agree a plan of action (role-removed), line 9');
    expect(summary).toContain('Accept all changes to get new; reject all to get old.');
  });
});

describe('reading it back', () => {
  it('with mammoth gives the new edition’s text', async () => {
    for (const [o, n] of PAIRS) {
      const { bytes, newText } = await roundTrip(guidance(o), guidance(n));
      const raw = tidy((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split(/\n\n/)).filter(Boolean);
      const start = raw.indexOf(newText[0]!);
      expect(start, `${o} → ${n}`).toBeGreaterThan(0);
      expect(raw.slice(start)).toEqual(newText);
    }
  });

  it('carries a hostile document’s text as text: markup, entities and control characters cannot reach the XML', async () => {
    const evil = 'The manager <w:p><w:r><w:t>injected</w:t></w:r></w:p> & ]]> "quotes" \u0001\u001b[31m must agree the plan.';
    const r = await roundTrip('# T\n\nThe manager must agree the plan.\n', `# T\n\n${evil}\n`);
    expect(r.accepted.at(-1)).toBe(evil.replace(/[\u0001\u001b]/g, ''));
    expect(all(r.doc, 'p').some((p) => p.textContent === 'injected')).toBe(false);
    expect(r.rejected).toEqual(r.oldText);
  });

  it('dates and signs every tracked change with the run', async () => {
    const old = parseEdition(guidance('wt-2015.md'), 'old');
    const neu = parseEdition(guidance('wt-2018.md'), 'new');
    const { comparison, alignment } = compareAligned(old, neu);
    const bytes = await renderDocx(comparison, buildRedline(old, neu, alignment, comparison), { all: false, date: DATE });
    const doc = await (await openDocx(bytes)).part('word/document.xml');
    const marks = [...all(doc, 'ins'), ...all(doc, 'del')];
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect([m.getAttribute('w:author'), m.getAttribute('w:date')]).toEqual(['wtdiff', '2026-01-02T03:04:05Z']);
  });
});

/** How many tracked elements stand between a comment's range start and end, in document order. */
function trackedBetween(doc: Document, id: string): number {
  let inside = false;
  let n = 0;
  const walk = (el: Element): boolean => {
    for (const c of children(el)) {
      if (c.localName === 'commentRangeStart' && c.getAttribute('w:id') === id) inside = true;
      else if (c.localName === 'commentRangeEnd' && c.getAttribute('w:id') === id) return true;
      else if (inside && ['ins', 'del', 'moveTo', 'moveFrom'].includes(c.localName) && (c.textContent ?? '').trim()) n++;
      if (walk(c)) return true;
    }
    return false;
  };
  walk(doc.documentElement);
  return n;
}

/** Elements by their qualified name (package parts without the w: namespace), as an array. */
function byTag(doc: Document, name: string): Element[] {
  const list = doc.getElementsByTagName(name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}
