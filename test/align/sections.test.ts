// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { headingKey, matchSections, type SectionMatch } from '../../src/align/sections.js';
import type { ParsedBlock, ParsedSection } from '../../src/types.js';
import { matchKey } from '../../src/text/normalise.js';

let blockCount = 0;
function block(text: string): ParsedBlock {
  return {
    id: `b${blockCount++}`,
    kind: 'paragraph',
    text,
    key: matchKey(text),
    sentences: [],
    position: { line: 1, column: 1 },
    raw: text,
    rawStart: 0,
    segs: [0, 0],
  };
}

/** A section at `path` (its heading the last element) holding these paragraphs. */
function sec(path: string[], ...paragraphs: string[]): ParsedSection {
  return {
    id: `s${path.join('/')}`,
    path,
    heading: path[path.length - 1] ?? '',
    level: path.length,
    blocks: paragraphs.map(block),
    position: { line: 1, column: 1 },
  };
}

const pairs = (m: SectionMatch[]) => m.map((x) => [x.oldIndex, x.newIndex, x.by]);

const RECORD = 'The designated officer keeps a record of every allegation made about staff.';
const RECORD_EDITED = 'The designated officer keeps a record of every allegation made about staff members.';
const PLAN = 'The manager agrees the plan with the family.';
const VISITS = 'Visits take place every six weeks at the home of the child.';

describe('headingKey', () => {
  it('ignores case, quotes, dashes and spacing', () => {
    expect(headingKey('  \u201CThe Child\u2019s\u201D   Plan \u2013 Review ')).toBe('"the child\'s" plan - review');
  });

  it('drops numbering: section numbers, chapter and part words, roman numerals and letters', () => {
    expect(['Roles', '1.2 Roles', '1.2. Roles', '3) Roles', 'Chapter 1: Roles', 'Chapter 1 Roles', 'Part 2: Roles', 'Section 3 Roles', 'Annex 4. Roles', 'Appendix 2 Roles', 'IV. Roles', 'iv) Roles', 'a) Roles', 'B. Roles', 'Annex A: Roles'].map(headingKey))
      .toEqual(Array(15).fill('roles'));
  });

  it('keeps a number with nothing after it, a spelled-out number and numbering inside the heading', () => {
    expect(headingKey('1.2')).toBe('1.2');
    expect(headingKey('Chapter one: Roles')).toBe('chapter one: roles');
    expect(headingKey('Roles in chapter 1. Duties')).toBe('roles in chapter 1. duties');
  });

  it('gives the empty key for an empty heading', () => {
    expect(headingKey('')).toBe('');
    expect(headingKey('   ')).toBe('');
  });
});

describe('matchSections', () => {
  it('matches sections with the same heading path', () => {
    const old = [sec(['Guide']), sec(['Guide', 'Roles'], PLAN), sec(['Guide', 'Visits'], VISITS)];
    const neu = [sec(['Guide']), sec(['Guide', 'Visits'], 'Different words entirely.'), sec(['Guide', 'Roles'], 'Also different.')];
    expect(pairs(matchSections(old, neu))).toEqual([
      [0, 0, 'path'],
      [1, 2, 'path'],
      [2, 1, 'path'],
    ]);
  });

  it('matches paths whatever their numbering, case and quotes', () => {
    const old = [sec(['Chapter 1: Working together', '1.2 The Child\u2019s plan'], PLAN)];
    const neu = [sec(['Chapter 2: working together', '2.4 the child\'s plan'], VISITS)];
    expect(pairs(matchSections(old, neu))).toEqual([[0, 0, 'path']]);
  });

  it('pairs repeated paths in order, first with first', () => {
    const old = [sec(['Notes'], 'A note.'), sec(['Notes'], 'B note.'), sec(['Notes'], 'C note.')];
    const neu = [sec(['Notes'], 'X.'), sec(['Notes'], 'Y.')];
    expect(pairs(matchSections(old, neu))).toEqual([
      [0, 0, 'path'],
      [1, 1, 'path'],
    ]);
  });

  it('matches a section moved to another chapter by its heading when the heading is unique on both sides', () => {
    const old = [sec(['Part A', 'Timescales'], VISITS), sec(['Part A', 'Roles'], PLAN)];
    const neu = [sec(['Part B', 'Roles'], 'Other words.'), sec(['Part C', 'Timescales'], 'More words.')];
    expect(pairs(matchSections(old, neu))).toEqual([
      [0, 1, 'heading'],
      [1, 0, 'heading'],
    ]);
  });

  it('does not match by heading a heading repeated on either side', () => {
    const old = [sec(['Part A', 'Summary'], 'Alpha beta gamma.'), sec(['Part B', 'Summary'], 'Delta epsilon zeta.')];
    const neu = [sec(['Part C', 'Summary'], 'Eta theta iota.')];
    expect(matchSections(old, neu)).toEqual([]);
    expect(matchSections(neu, old)).toEqual([]);
  });

  it('does not match empty headings by heading', () => {
    const old = [sec(['Part A', ''], 'Alpha beta gamma.')];
    const neu = [sec(['Part B', ''], 'Delta epsilon zeta.')];
    expect(matchSections(old, neu)).toEqual([]);
  });

  it('matches a renamed section by its content', () => {
    const old = [sec(['Guide', 'Managing allegations'], RECORD, PLAN)];
    const neu = [sec(['Guide', 'Concerns about staff'], RECORD_EDITED, PLAN)];
    expect(pairs(matchSections(old, neu))).toEqual([[0, 0, 'content']]);
  });

  it('does not match sections with little content in common and unlike headings', () => {
    const old = [sec(['Allegations about staff'], 'one two three four five six seven eight nine ten')];
    const neu = [sec(['Training records'], 'one two three four eleven twelve thirteen fourteen fifteen sixteen')];
    expect(matchSections(old, neu)).toEqual([]);
  });

  it('matches sections with some content in common (0.3 to 0.5) when their headings are alike', () => {
    const old = [sec(['Allegations about staff'], 'one two three four five six seven eight nine ten')];
    const neu = [sec(['Allegations about volunteers'], 'one two three four eleven twelve thirteen fourteen fifteen sixteen')];
    expect(pairs(matchSections(old, neu))).toEqual([[0, 0, 'content']]);
  });

  it('matches sections without text of their own by a similar heading alone', () => {
    const old = [sec(['Part one: Roles'])];
    const neu = [sec(['Part one: Roles and duties'])];
    expect(pairs(matchSections(old, neu))).toEqual([[0, 0, 'content']]);
    expect(matchSections([sec(['Part one: Roles'])], [sec(['Visits and reviews'])])).toEqual([]);
  });

  it('never matches a section without text to one with text by content', () => {
    expect(matchSections([sec(['Part one: Roles'])], [sec(['Part one: Roles and duties'], PLAN)])).toEqual([]);
  });

  it('gives a section to the more similar of two candidates', () => {
    const old = [sec(['Old one'], RECORD, PLAN), sec(['Old two'], RECORD, VISITS)];
    const neu = [sec(['New one'], RECORD_EDITED, VISITS), sec(['New two'], RECORD, PLAN)];
    expect(pairs(matchSections(old, neu))).toEqual([
      [0, 1, 'content'],
      [1, 0, 'content'],
    ]);
  });

  it('lists matches by old index, whatever pass made them', () => {
    const old = [sec(['Renamed'], RECORD, PLAN), sec(['A', 'Moved'], VISITS), sec(['Same'], 'Kept.')];
    const neu = [sec(['Same'], 'Kept.'), sec(['B', 'Moved'], VISITS), sec(['New name'], RECORD, PLAN)];
    expect(pairs(matchSections(old, neu))).toEqual([
      [0, 2, 'content'],
      [1, 1, 'heading'],
      [2, 0, 'path'],
    ]);
  });

  it('matches nothing when either side is empty', () => {
    expect(matchSections([], [sec(['Roles'], PLAN)])).toEqual([]);
    expect(matchSections([sec(['Roles'], PLAN)], [])).toEqual([]);
  });

  describe('with more sections left over than can be compared pairwise', () => {
    it('compares only sections that share a paragraph', () => {
      const n = 201;
      const old = Array.from({ length: n }, (_, i) => sec([`Old heading ${i}`], `Paragraph ${i} about the plan for child ${i}.`, `Visit ${i} is recorded.`));
      const neu = Array.from({ length: n }, (_, i) => sec([`New heading ${i}`], `Paragraph ${i} about the plan for child ${i}.`, `Visit ${i} is written down.`));
      const m = matchSections(old, neu);
      expect(m).toHaveLength(n);
      expect(m.every((x) => x.oldIndex === x.newIndex && x.by === 'content')).toBe(true);
    });

    it('a paragraph repeated in more than 40 sections is no evidence of which is which', () => {
      const sections = (n: number, word: string) => Array.from({ length: n }, (_, i) => sec([`${word} heading ${i}`], 'Not applicable.'));
      // Under the pairwise limit (200 × 200) the identical content matches…
      const small = matchSections(sections(200, 'Old'), sections(200, 'New'));
      expect(small).toHaveLength(200);
      expect(small.every((x) => x.oldIndex === x.newIndex && x.by === 'content')).toBe(true);
      // …over it (201 × 201), the only shared paragraph is in every section and proposes no candidate.
      expect(matchSections(sections(201, 'Old'), sections(201, 'New'))).toEqual([]);
    });
  });
});
