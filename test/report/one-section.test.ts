// Document text in this file is test fixture text, not guidance.
// Issue 16, item 4: one section, one heading. A section that was renamed, with one sentence
// removed from it and others edited, is one section in every report, under its new heading
// (the old one noted once), with all its changes in the order they stood: never the old
// heading for the removal and the new one for the edits.
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root, Table } from 'mdast';
import { compare } from '../../src/pipeline/compare.js';
import { renderStat } from '../../src/report/stat.js';
import { render } from '../support/report.js';

const OLD = `# Guide

## Introduction

This guidance applies to every local agency in England.

## Early help assessment

Every practitioner should identify children who need early help at the earliest opportunity.

The local authority must publish its threshold document each year.

Assessments should be completed within forty-five working days of the referral.

A lead practitioner should coordinate the assessment and keep the family informed.

## Reviews

Plans should be reviewed every three months by the core group.
`;

const NEW = `# Guide

## Introduction

This guidance applies to every local agency in England.

## Assessing early help

Every practitioner should identify children who may need early help at the earliest opportunity.

Assessments should be completed within thirty-five working days of the referral.

A lead practitioner should coordinate the assessment and keep the family informed.

## Reviews

Plans should be reviewed every six months by the core group.
`;

const cmp = compare(OLD, NEW, { oldLabel: 'guide-2015.md', newLabel: 'guide-2018.md' });
const NOW = 'Guide › Assessing early help';
const WAS = 'Guide › Early help assessment';
const REMOVED = 'The local authority must publish its threshold document each year.';
const RENAMED_NOTE = `Section renamed: “${WAS}” → “${NOW}”`;
const plain = new Chalk({ level: 0 });

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the comparison the reports are given', () => {
  it('has the section renamed, a sentence removed from it under the old heading and two edited under the new one', () => {
    expect(cmp.sections.map((s) => [s.kind, s.old?.path, s.new?.path])).toEqual([['renamed', ['Guide', 'Early help assessment'], ['Guide', 'Assessing early help']]]);
    expect(cmp.changes.map((c) => [c.kind, c.old?.section.at(-1) ?? null, c.new?.section.at(-1) ?? null])).toEqual([
      ['changed', 'Early help assessment', 'Assessing early help'],
      ['removed', 'Early help assessment', null],
      ['changed', 'Early help assessment', 'Assessing early help'],
      ['changed', 'Reviews', 'Reviews'],
    ]);
  });
});

describe('one section, one heading: terminal (no colour)', () => {
  const out = render('terminal', cmp, true);
  const lines = out.split('\n');

  it('heads the section once, by its new path, noting the old one', () => {
    expect(lines.filter((l) => l.startsWith('§'))).toEqual([`§ ${NOW}  (was "${WAS}")`, '§ Guide › Reviews']);
    // The old path is said once beside the heading, and once in the closing list of section changes.
    expect(lines.filter((l) => l.includes(WAS))).toEqual([`§ ${NOW}  (was "${WAS}")`, `section renamed: "${WAS}" → "${NOW}"`]);
  });

  it('lists the edit, the removal and the edit under it, where they stood', () => {
    const start = lines.indexOf(`§ ${NOW}  (was "${WAS}")`);
    const end = lines.indexOf('§ Guide › Reviews');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(lines.slice(start + 1, end).filter((l) => l.startsWith('§'))).toEqual([]);
    expect(lines.slice(start + 1, end).filter((l) => /^ {4}[-+] /.test(l))).toEqual([
      '    - Every practitioner should identify children who need early help at the earliest opportunity.',
      '    + Every practitioner should identify children who {+may +}need early help at the earliest opportunity.',
      `    - [-${REMOVED}-]`,
      '    - Assessments should be completed within [-forty-]-five working days of the referral.',
      '    + Assessments should be completed within {+thirty+}-five working days of the referral.',
    ]);
  });
});

describe('one section, one heading: --stat', () => {
  it('counts the section once, with all three changes, noting its old path', () => {
    expect(renderStat(cmp, { all: true, chalk: plain }).split('\n')).toEqual([
      'wtdiff: guide-2015.md → guide-2018.md',
      ` 3  ${NOW}  (was "${WAS}")  [1 role-removed, 2 wording, 1 removed]`,
      ' 1  Guide › Reviews  [1 timescale-changed, 1 wording]',
      '4 changes found.',
      'Changes per tag (a change can have several): 3 wording, 1 role-removed, 1 removed, 1 timescale-changed',
      '2 sections with changes shown',
      '',
    ]);
  });
});

describe('one section, one heading: markdown', () => {
  const md = render('markdown', cmp, true);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const h3 = headings.filter((h) => h.depth === 3);

  it('has one heading for the section, by its new path, and none by its old one', () => {
    expect(h3.map((h) => toString(h))).toEqual([NOW, 'Guide › Reviews']);
    expect(headings.some((h) => toString(h).includes('Early help assessment'))).toBe(false);
  });

  it('lists the section once in the table of where the changes are, with all three changes', () => {
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    const where = tables.find((t) => toString(t.children[0]!.children[0]!) === 'Chapter')!;
    // Chapters under the document's one title heading, most role changes first.
    expect(where.children.map((r) => r.children.map((c) => toString(c)))).toEqual([
      ['Chapter', 'Roles', 'Duties', 'Time limits', 'Other wording', 'All changes'],
      ['Assessing early help', '1', '0', '0', '2', '3'],
      ['Reviews', '0', '0', '1', '0', '1'],
    ]);
  });

  it('puts the removal and both edits under that heading, numbered in the order they stand, with the old name noted once', () => {
    const i = tree.children.indexOf(h3[0]!);
    const j = tree.children.indexOf(h3[1]!);
    const section = { type: 'root', children: tree.children.slice(i + 1, j) } as Root;
    const body = toString(section);
    expect(tree.children[i + 1]!.type).toBe('paragraph');
    expect(toString(tree.children[i + 1]!)).toBe(RENAMED_NOTE);
    expect(count(body, WAS)).toBe(1);
    expect(section.children.filter((n): n is Heading => n.type === 'heading').map((h) => toString(h))).toEqual([
      'Change 1: Wording changed',
      'Change 2: Local authority removed from: publish its threshold document each year',
      'Change 3: Wording changed',
    ]);
    expect(body).toContain(REMOVED);
    expect(body).toContain('Assessments should be completed within thirty-five working days of the referral.');
  });

  it('names the new section for the removal in the list of who lost a say', () => {
    expect(md).toContain(`— ${NOW}, line 11 (change 2)`);
  });
});

describe('one section, one heading: HTML', () => {
  const tree = fromHtml(render('html', cmp, true));
  const elements = (n: Nodes, test: (e: Element) => boolean): Element[] => {
    const out: Element[] = [];
    const walk = (x: Nodes) => {
      if (x.type === 'element' && test(x)) out.push(x);
      if ('children' in x) for (const c of x.children) walk(c as Nodes);
    };
    walk(n);
    return out;
  };
  const text = (n: Nodes): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => text(c as Nodes)).join('') : '');
  const hasClass = (e: Element, c: string) => Array.isArray(e.properties.className) && e.properties.className.includes(c);
  const sections = elements(tree, (e) => e.tagName === 'section' && hasClass(e, 'doc-section'));

  it('has one section for it, headed by its new path, with the old one noted once', () => {
    expect(sections.map((s) => text(elements(s, (e) => e.tagName === 'h2')[0]!))).toEqual([NOW, 'Guide › Reviews']);
    const notes = elements(sections[0]!, (e) => hasClass(e, 'section-note')).map(text);
    expect(notes).toEqual([RENAMED_NOTE]);
    // Said once above the changes (each change's copyable citation names its own edition's section).
    const above = sections[0]!.children.filter((c) => !(c.type === 'element' && c.tagName === 'article'));
    expect(count(above.map((c) => text(c)).join('\n'), 'Early help assessment')).toBe(1);
  });

  it('has the edit, the removal and the edit in it, where they stood', () => {
    const kinds = elements(sections[0]!, (e) => e.tagName === 'article').map((a) => a.properties.dataKind);
    expect(kinds).toEqual(['changed', 'removed', 'changed']);
    expect(text(sections[0]!)).toContain(REMOVED);
    expect(elements(sections[1]!, (e) => e.tagName === 'article')).toHaveLength(1);
  });

  it('lists it once in the contents, with three changes', () => {
    const nav = elements(tree, (e) => e.tagName === 'nav')[0]!;
    expect(elements(nav, (e) => e.tagName === 'li').map((li) => text(li).replace(/\s+/g, ' ').trim())).toEqual([
      'Assessing early help3 changes',
      'Reviews1 change',
    ]);
  });

  it('names the new section for the removal in the list of who lost a say', () => {
    const key = elements(tree, (e) => e.tagName === 'section' && hasClass(e, 'key'))[0]!;
    expect(elements(key, (e) => e.tagName === 'li').map(text)).toContain('Local authority removed from: publish its threshold document each year — Assessing early help');
  });
});

describe('one section, one heading: CriticMarkup', () => {
  it('heads the section once, noting the old name in a comment', () => {
    const out = render('criticmarkup', cmp, true);
    expect(out.split('\n').filter((l) => l.startsWith('## '))).toEqual([`## ${NOW}`, '## Guide › Reviews']);
    expect(out).toContain(`## ${NOW}\n\n{>>${RENAMED_NOTE}<<}\n`);
    expect(count(out, WAS)).toBe(1);
    expect(out.indexOf(`{--${REMOVED}--}`)).toBeGreaterThan(out.indexOf(`## ${NOW}`));
    expect(out.indexOf(`{--${REMOVED}--}`)).toBeLessThan(out.indexOf('## Guide › Reviews'));
  });
});

describe('changes listed by section are numbered in the order listed', () => {
  it('numbers a change that comes back to a section after another with its section, and says those numbers in the list of who lost a say', () => {
    // The same changes, given with the Reviews edit between the renamed section's changes.
    const mixed = structuredClone(cmp);
    const [first, removal, third, reviews] = mixed.changes;
    mixed.changes = [first!, reviews!, removal!, third!];
    const md = render('markdown', mixed, true);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    const h = tree.children.filter((n): n is Heading => n.type === 'heading' && (n.depth === 3 || n.depth === 4)).map((x) => toString(x));
    expect(h).toEqual([
      NOW,
      'Change 1: Wording changed',
      'Change 2: Local authority removed from: publish its threshold document each year',
      'Change 3: Wording changed',
      'Guide › Reviews',
      'Change 4: Timescale: every three months → every six months',
    ]);
    expect(md).toContain(`— ${NOW}, line 11 (change 2)`);
    expect(md).toContain('— Guide › Reviews, line 17 (change 4)');
    expect(md.indexOf('(change 2)')).toBeLessThan(md.indexOf('(change 4)'));
  });
});
