// The change map's model (src/report/change-map.ts), its SVG in the HTML report (html-map.ts) and
// the markdown report's chapter table: where each change is drawn, to what scale, in which lane.
// The browser half (links followed, keyboard focus, the 2015 → 2018 picture) is map.browser.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { elements, hasClass, textOf } from '../support/hast.js';
import { compare } from '../../src/pipeline/compare.js';
import { changeMap, chapterRows, lanesOf, type ChangeMap } from '../../src/report/change-map.js';
import { shownChanges } from '../../src/report/types.js';
import { groupBySection } from '../../src/report/group.js';
import type { Change, Comparison } from '../../src/types.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render, ROOT } from '../support/report.js';


/** The section of the map a place falls in (its last section starting at or before it). */
function sectionAt(m: ChangeMap, at: number): string {
  let found = m.sections[0]!;
  for (const s of m.sections) if (s.start <= at + 1e-9 && s.size > 0) found = s;
  return found.path.at(-1)!;
}

// Test fixture (procedure-style text written for wtdiff's tests, not guidance): a section renamed,
// a sentence removed from it and one added, a second section with a duty weakened, a third as it was.
const OLD = `# Fixture procedures

## Early help assessment

Every practitioner should identify children who need early help at the earliest opportunity.

The local authority must publish its threshold document each year.

## Reviews

Plans must be reviewed every three months by the core group.

## Records

Records are kept for the period the retention schedule sets.
`;
const NEW = `# Fixture procedures

## Assessing early help

Every practitioner should identify children who need early help at the earliest opportunity.

A lead practitioner should keep the family informed at each stage of the assessment.

## Reviews

Plans should be reviewed every three months by the core group.

## Records

Records are kept for the period the retention schedule sets.
`;

describe('outline: every section with its words (JSON 1.4.0)', () => {
  const cmp = compare(OLD, NEW);
  it('lists each edition\'s sections in order with their heading line and word count', () => {
    expect(cmp.schemaVersion).toBe('1.4.0');
    expect(cmp.documents.old.outline).toEqual([
      { path: ['Fixture procedures'], line: 1, words: 0 },
      { path: ['Fixture procedures', 'Early help assessment'], line: 3, words: 23 },
      { path: ['Fixture procedures', 'Reviews'], line: 9, words: 11 },
      { path: ['Fixture procedures', 'Records'], line: 13, words: 10 },
    ]);
    expect(cmp.documents.new.outline!.map((s) => s.path.at(-1))).toEqual(['Fixture procedures', 'Assessing early help', 'Reviews', 'Records']);
  });
});

describe('changeMap', () => {
  const cmp = compare(OLD, NEW);
  const shown = shownChanges(cmp, true);
  const maps = { old: changeMap(cmp, shown, 'old')!, new: changeMap(cmp, shown, 'new')! };

  it('draws each edition\'s sections to scale, end to end', () => {
    for (const m of Object.values(maps)) {
      const words = m.sections.reduce((n, s) => n + s.words, 0);
      let at = 0;
      for (const s of m.sections) {
        expect(s.start).toBeCloseTo(at, 9);
        expect(s.size).toBeCloseTo(s.words / words, 9);
        at += s.size;
      }
      expect(at).toBeCloseTo(1, 9);
    }
  });

  it('places every change inside its own section on its own edition\'s map', () => {
    for (const [edition, m] of Object.entries(maps) as [keyof typeof maps, ChangeMap][]) {
      for (const k of m.marks) {
        const side = k.change[edition];
        if (side) expect(sectionAt(m, k.at), `${k.change.id} on the ${edition} map`).toBe(side.section.at(-1));
      }
    }
  });

  it('places a sentence without a side in this edition in its section\'s counterpart', () => {
    const removed = shown.find((c) => c.kind === 'removed')!;
    const added = shown.find((c) => c.kind === 'added')!;
    expect(removed.old!.text).toContain('threshold document');
    expect(added.new!.text).toContain('lead practitioner');
    const on = (m: ChangeMap, c: Change) => sectionAt(m, m.marks.find((k) => k.change === c)!.at);
    expect(on(maps.new, removed)).toBe('Assessing early help');
    expect(on(maps.old, added)).toBe('Early help assessment');
  });

  it('counts each section\'s changes and gives a change one mark per lane it is in', () => {
    expect(maps.new.sections.map((s) => [s.path.at(-1), s.changes])).toEqual([
      ['Fixture procedures', 0], ['Assessing early help', 2], ['Reviews', 1], ['Records', 0],
    ]);
    const duty = shown.find((c) => c.tags.includes('duty-weakened'))!;
    expect(maps.new.marks.filter((k) => k.change === duty).map((k) => k.lane)).toEqual(['duty']);
    expect(maps.new.marks).toHaveLength(shown.reduce((n, c) => n + lanesOf(c).length, 0));
  });

  it('says each change in words: what it did to whom, and where', () => {
    const duty = maps.new.marks.find((k) => k.lane === 'duty')!;
    expect(duty.describe).toBe('Duty weakened: "must" → "should" — Reviews');
  });

  it('has no map without an outline (JSON written before 1.4.0)', () => {
    const older: Comparison = structuredClone(cmp);
    delete older.documents.old.outline;
    expect(changeMap(older, shown, 'new')).toBeNull();
    expect(render('html', older)).not.toContain('id="map"');
  });
});

describe('a section renumbered, not renamed', () => {
  // Test fixture: "3. Plans" becomes "4. Plans" (matched as it stood) and gains a sentence.
  const cmp = compare('# Fixture\n\n## 3. Plans\n\nPlans are agreed with the family.\n\n## 4. Records\n\nRecords are kept.\n',
    '# Fixture\n\n## 4. Plans\n\nPlans are agreed with the family.\n\nPlans are shared with the school.\n\n## 5. Records\n\nRecords are kept.\n');
  it('places a sentence added to it in the earlier edition\'s section of that heading', () => {
    const shown = shownChanges(cmp, true);
    expect(shown.map((c) => c.kind)).toEqual(['added']);
    const m = changeMap(cmp, shown, 'old')!;
    expect(m.sections.find((s) => s.changes)?.path.at(-1)).toBe('3. Plans');
    expect(sectionAt(m, m.marks[0]!.at)).toBe('3. Plans');
  });
});

describe('lanesOf', () => {
  const c = (tags: string[], roleEvents = 0) => ({ tags, roleEvents: Array(roleEvents).fill({}) }) as unknown as Change;
  it('puts a change in each of the role, duty and time-limit lanes it concerns, else in other wording', () => {
    expect(lanesOf(c(['role-removed', 'duty-weakened', 'timescale-changed'], 1))).toEqual(['role', 'duty', 'time']);
    expect(lanesOf(c(['role-added']))).toEqual(['role']);
    expect(lanesOf(c(['wording', 'terminology']))).toEqual(['wording']);
    expect(lanesOf(c(['editorial']))).toEqual(['wording']);
  });
});

describe('moved sections', () => {
  const dir = join(ROOT, 'test/fixtures/cli-cases/section-moved');
  const cmp = compare(readFileSync(join(dir, 'old.md'), 'utf8'), readFileSync(join(dir, 'new.md'), 'utf8'));
  it('joins the moved section\'s middle in this edition to its middle in the other', () => {
    const m = changeMap(cmp, [], 'new')!;
    const old = changeMap(cmp, [], 'old')!;
    const mid = (map: ChangeMap, name: string) => {
      const s = map.sections.find((x) => x.path.at(-1) === name)!;
      return s.start + s.size / 2;
    };
    expect(m.moves).toHaveLength(1);
    expect(m.moves[0]!.here).toBeCloseTo(mid(m, 'Referrals'), 9);
    expect(m.moves[0]!.there).toBeCloseTo(mid(old, 'Referrals'), 9);
    expect(old.moves[0]!.here).toBeCloseTo(mid(old, 'Referrals'), 9);
    expect(m.moves[0]!.describe).toContain('Section moved');
  });
  it('draws the map for a move alone, with one arc and no marks', () => {
    const tree = fromHtml(render('html', cmp, true));
    const fig = elements(tree, (e) => e.properties.id === 'map-new')[0]!;
    expect(elements(fig, (e) => hasClass(e, 'map-move'))).toHaveLength(1);
    expect(elements(fig, (e) => hasClass(e, 'map-mark'))).toHaveLength(0);
  });
});

describe('the map in the HTML report', () => {
  const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
  const tree = fromHtml(render('html', cmp));
  const articles = new Set(elements(tree, (e) => e.tagName === 'article').map((e) => e.properties.id));

  it('has both editions\' maps, the earlier hidden, every mark a link to a change in the report', () => {
    const figures = elements(tree, (e) => hasClass(e, 'map-figure'));
    expect(figures.map((f) => [f.properties.dataEdition, f.properties.hidden ?? false])).toEqual([['new', false], ['old', true]]);
    for (const f of figures) {
      const marks = elements(f, (e) => hasClass(e, 'map-mark'));
      expect(marks).toHaveLength(shownChanges(cmp, false).reduce((n, c) => n + lanesOf(c).length, 0));
      for (const a of marks) expect(articles.has(String(a.properties.href).slice(1))).toBe(true);
    }
  });

  it('names each mark by its SVG title: the six manager changes are the role marks', () => {
    const roleMarks = elements(elements(tree, (e) => e.properties.id === 'map-new')[0]!, (e) => hasClass(e, 'map-mark') && e.properties.dataLane === 'role');
    const titles = roleMarks.map((a) => textOf(elements(a, (e) => e.tagName === 'title')[0]!));
    expect(titles).toHaveLength(6);
    expect(titles.filter((t) => t.startsWith('Manager removed from:'))).toHaveLength(5);
    expect(titles).toContain('Manager → Colleague: talk through their concerns — Progressing assessments and reviewing plans');
  });

  it('stacks marks that would cover each other: no two role marks closer than a mark\'s width in one row', () => {
    const circles = elements(elements(tree, (e) => e.properties.id === 'map-new')[0]!, (e) => hasClass(e, 'map-mark') && e.properties.dataLane === 'role')
      .map((a) => elements(a, (e) => e.tagName === 'circle')[0]!.properties)
      .map((p) => ({ cx: Number(p.cx), cy: Number(p.cy) }));
    expect(circles).toHaveLength(6);
    // Two of the manager changes are sentences of one paragraph, so they share a line.
    expect(new Set(circles.map((c) => c.cy)).size).toBe(2);
    for (const a of circles) for (const b of circles) if (a !== b && a.cy === b.cy) expect(Math.abs(a.cx - b.cx)).toBeGreaterThanOrEqual(13);
  });

  it('puts hostile document text only in text nodes, never in an attribute', () => {
    const hostile = fromHtml(render('html', compareFiles(HOSTILE_OLD, HOSTILE_NEW)));
    const map = elements(hostile, (e) => e.properties.id === 'map')[0]!;
    expect(textOf(map)).toContain('<script>alert(1)</script>');
    for (const e of elements(map, () => true)) {
      for (const v of Object.values(e.properties)) expect(String(v)).not.toMatch(/<|alert/);
    }
    expect(elements(map, (e) => e.tagName === 'script' || e.tagName === 'foreignObject')).toHaveLength(0);
  });
});

describe('labels under the strip', () => {
  // Test fixture: three chapters of forty short sections each, one sentence changed in each chapter.
  const edition = (words: string[]) => [1, 2, 3].map((c) => [`# Chapter ${c}`, '',
    ...Array.from({ length: 40 }, (_, i) => [`## Part ${c}.${i + 1}`, '', `Part ${c}.${i + 1} should be read ${i === 7 ? words[c - 1] : 'carefully'} by practitioners and their managers.`, '']).flat()].join('\n')).join('\n\n');
  const cmp = compare(edition(['carefully', 'carefully', 'carefully']), edition(['closely', 'twice', 'aloud']));
  const tree = fromHtml(render('html', cmp));
  const fig = elements(tree, (e) => e.properties.id === 'map-new')[0]!;
  it('names the chapters, with a rule where each after the first starts, when sections are too narrow to name', () => {
    expect(shownChanges(cmp, false)).toHaveLength(3);
    expect(elements(fig, (e) => hasClass(e, 'section-label')).map(textOf)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
    expect(elements(fig, (e) => hasClass(e, 'chapter-rule'))).toHaveLength(2);
    expect(textOf(elements(fig, (e) => e.tagName === 'figcaption')[0]!)).toMatch(/^Later edition, new: 123 sections, 1,320 words, 3 changes marked\.$/);
  });
  it('names the sections themselves when they are wide enough', () => {
    const guidance = fromHtml(render('html', compareFiles(GUIDANCE_OLD, GUIDANCE_NEW)));
    const labels = elements(elements(guidance, (e) => e.properties.id === 'map-new')[0]!, (e) => hasClass(e, 'section-label')).map(textOf);
    expect(labels.slice(0, 2)).toEqual(['Timeliness', 'Progressing assessments and reviewing plans']);
    expect(labels[2]).toMatch(/^Atten.*…$/);
  });
});

describe('markdown: where the changes are, by chapter', () => {
  it('counts the shown changes per chapter and lane, most role changes first', () => {
    const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
    const rows = chapterRows(groupBySection(cmp, shownChanges(cmp, false)));
    expect(rows.map((r) => [r.title, r.counts.role, r.total])).toEqual([
      ['Progressing assessments and reviewing plans', 4, 5],
      ['Timeliness', 1, 2],
      ['Attending strategy discussions', 1, 1],
    ]);
  });

  it('ranks duties above time limits above the rest, and keeps document order on a tie', () => {
    const change = (section: string, tags: string[]) => ({
      id: `${section}-${tags.join('-')}`, kind: 'changed', tags, roles: { removed: [], added: [] }, roleEvents: [], ops: [],
      old: null, new: { text: 'x', section: ['Title', section], line: 1, column: 1 },
    }) as Change;
    const changes = [
      change('A', ['wording']), change('A', ['wording']), change('A', ['editorial']),
      change('B', ['timescale-changed']),
      change('C', ['duty-weakened', 'wording']),
      change('D', ['wording']), change('D', ['terminology']), change('D', ['wording']),
    ];
    const cmp = { sections: [], changes } as unknown as Comparison;
    expect(chapterRows(groupBySection(cmp, changes)).map((r) => [r.title, r.counts.duty, r.counts.time, r.counts.wording, r.total])).toEqual([
      ['C', 1, 0, 0, 1], ['B', 0, 1, 0, 1], ['A', 0, 0, 3, 3], ['D', 0, 0, 3, 3],
    ]);
  });

  it('puts the table in the markdown report, most substantive chapter first', () => {
    const md = render('markdown', compare(OLD, NEW), true);
    expect(md).toMatch(/\| Chapter +\| Roles \| Duties \| Time limits \| Other wording \| All changes \|/);
    expect(md).toMatch(/\| Assessing early help +\| +2 \| +0 \| +0 \| +0 \| +2 \|/);
    expect(md.indexOf('| Assessing early help ')).toBeLessThan(md.indexOf('| Reviews '));
  });
});
