// Plain text read as structure (issue 16, item 2): labelled list items become blocks of their
// own with the label kept apart, and date, session and bill-number lines are not headings.
// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline/compare.js';
import { readInput, sourceMapOf } from '../../src/ingest/index.js';
import { BARE_LABEL, LABELLED_LINE } from '../../src/ingest/mdast.js';
import { textToMarkdown } from '../../src/ingest/text.js';
import { parseDocument } from '../../src/parse/document.js';
import { scratchDir } from '../support/documents.js';

const scratch = scratchDir();

/** The blocks the comparison reads from a text: [label, wording]. */
const blocks = (text: string): [string | null, string][] =>
  parseDocument(textToMarkdown(text)).sections.flatMap((s) => s.blocks.map((b): [string | null, string] => [b.label ?? null, b.text]));

/** The sections of a text: [heading path, [label, wording] of each block]. */
const outline = (text: string) =>
  parseDocument(textToMarkdown(text)).sections.map((s) => [s.path, s.blocks.map((b) => [b.label ?? null, b.text])]);

describe('LABELLED_LINE and BARE_LABEL (shared with the PDF reader)', () => {
  it('match a line that opens with a short label and wording after it', () => {
    for (const s of ['(i) assess', '(iv) review', '(xviii) file', '(a) share', '(aa) share', '(A) share', 'a) share', 'B) share', '2) refer', '(12) refer', '7.1 The plan', '7.1.2 The plan', '3.1. "The plan"']) expect([s, LABELLED_LINE.test(s)]).toEqual([s, true]);
  });

  it('do not match wording that opens with a figure or a bracket', () => {
    for (const s of ['1.5 million children', '(see above) and', '(LA) publishes', '(roughly) a third', '(2024) was', 'a)b', '42. The plan', 'The plan (a) is']) expect([s, LABELLED_LINE.test(s)]).toEqual([s, false]);
  });

  it('BARE_LABEL matches a label with nothing after it', () => {
    for (const s of ['(a)', '(ii)', 'b)', '3)', '7.1', '7.1.2.', '42.']) expect([s, BARE_LABEL.test(s)]).toEqual([s, true]);
    for (const s of ['(a) x', '(see)', 'The', '12345.', '(LA)']) expect([s, BARE_LABEL.test(s)]).toEqual([s, false]);
  });
});

describe('text reader: labelled list items', () => {
  it('makes each roman-numbered line of a block its own item, joining wrapped lines to the item before', () => {
    const text = [
      'The local authority must:',
      '(i) assess the needs of the child',
      'and of their family;',
      '(ii) agree a plan; and',
      '(iv) review the plan within',
      'three months.',
      '',
      'The plan is kept on file.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      [null, 'The local authority must:'],
      ['(i)', 'assess the needs of the child and of their family;'],
      ['(ii)', 'agree a plan; and'],
      ['(iv)', 'review the plan within three months.'],
      [null, 'The plan is kept on file.'],
    ]);
  });

  it('reads "(i)" after "(h)" as the next letter, and "(i)", "(ii)", "(iii)" as roman numbers: one item each', () => {
    const alpha = ['Partners should:', '(g) share records;', '(h) attend meetings;', '(i) contribute to the plan', 'when asked;', '(j) record decisions.', '', 'End of list.'].join('\n');
    expect(blocks(alpha)).toEqual([
      [null, 'Partners should:'],
      ['(g)', 'share records;'],
      ['(h)', 'attend meetings;'],
      ['(i)', 'contribute to the plan when asked;'],
      ['(j)', 'record decisions.'],
      [null, 'End of list.'],
    ]);
    const roman = ['Partners should:', '(i) share records;', '(ii) attend meetings;', '(iii) contribute to the plan', 'when asked.', '', 'End of list.'].join('\n');
    expect(blocks(roman)).toEqual([
      [null, 'Partners should:'],
      ['(i)', 'share records;'],
      ['(ii)', 'attend meetings;'],
      ['(iii)', 'contribute to the plan when asked.'],
      [null, 'End of list.'],
    ]);
  });

  it('reads items each in a block of its own the same as items on consecutive lines', () => {
    const separate = ['Partners should:', '', '(a) share records', 'with the lead agency;', '', '(b) attend meetings;', '', 'a) agree the plan;', '', 'b) review it.', '', 'End.'].join('\n');
    const together = ['Partners should:', '(a) share records', 'with the lead agency;', '(b) attend meetings;', 'a) agree the plan;', 'b) review it.', '', 'End.'].join('\n');
    const expected = [
      [null, 'Partners should:'],
      ['(a)', 'share records with the lead agency;'],
      ['(b)', 'attend meetings;'],
      ['a)', 'agree the plan;'],
      ['b)', 'review it.'],
      [null, 'End.'],
    ];
    expect(blocks(separate)).toEqual(expected);
    expect(blocks(together)).toEqual(expected);
  });

  it('keeps dotted paragraph numbers ("7.1", "7.1.2") apart from the wording, one block each', () => {
    const text = ['7.1 The local authority leads the assessment.', '7.1.1 The social worker visits the child', 'within seven days.', '7.1.2 The manager reviews the case.', '', '7.2 The plan is agreed.'].join('\n');
    expect(blocks(text)).toEqual([
      ['7.1', 'The local authority leads the assessment.'],
      ['7.1.1', 'The social worker visits the child within seven days.'],
      ['7.1.2', 'The manager reviews the case.'],
      ['7.2', 'The plan is agreed.'],
    ]);
  });

  it('takes a label alone on its line with the wording on the next line', () => {
    const text = ['Partners should:', '(a)', 'share records;', '(b)', 'attend meetings.', '', '7.1', 'The plan is agreed', 'by', '1.5', 'million partners.'].join('\n');
    expect(blocks(text)).toEqual([
      [null, 'Partners should:'],
      ['(a)', 'share records;'],
      ['(b)', 'attend meetings.'],
      ['7.1', 'The plan is agreed by 1.5 million partners.'],
    ]);
  });

  it('labels "1)" items like "a)" ones', () => {
    const text = ['The steps are:', '1) refer the child;', '2) assess their needs', 'promptly;', '3) agree a plan.'].join('\n');
    expect(blocks(text)).toEqual([
      [null, 'The steps are:'],
      ['1)', 'refer the child;'],
      ['2)', 'assess their needs promptly;'],
      ['3)', 'agree a plan.'],
    ]);
  });

  it('does not take a wrapped line that opens with a figure or a bracket for a label', () => {
    const text = [
      '42. The number of children in need rose by',
      '1.5 million over the decade',
      '(see above) and the number of plans by',
      '(roughly) a third, as the report of',
      '2018. It sets out the figures in',
      'paragraph',
      '(a) of the annex and in section',
      '7.1 Table 3. The local authority',
      '(LA) publishes them.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      ['42.', 'The number of children in need rose by 1.5 million over the decade (see above) and the number of plans by (roughly) a third, as the report of 2018. It sets out the figures in paragraph (a) of the annex and in section 7.1 Table 3. The local authority (LA) publishes them.'],
    ]);
  });

  it('starts the next item of a list after an item that ends in "section" or "paragraph", letter or roman', () => {
    const text = [
      'The practitioner should:',
      '(h) read the relevant section',
      '(i) complete the form in paragraph',
      '(j) sign it',
      '',
      'The manager should:',
      '(i) check the chapter',
      '(ii) countersign the annex',
      '(iii) file it',
      '',
      'Steps:',
      '7.1.2 Read the section',
      '7.2 Agree it with the family under section',
      '7.3 Of the Act.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      [null, 'The practitioner should:'],
      ['(h)', 'read the relevant section'],
      ['(i)', 'complete the form in paragraph'],
      ['(j)', 'sign it'],
      [null, 'The manager should:'],
      ['(i)', 'check the chapter'],
      ['(ii)', 'countersign the annex'],
      ['(iii)', 'file it'],
      [null, 'Steps:'],
      ['7.1.2', 'Read the section'],
      ['7.2', 'Agree it with the family under section'],
      ['7.3', 'Of the Act.'],
    ]);
  });

  it('gives no label to a paragraph that opens with a figure', () => {
    expect(blocks('1.5 million children were in need\nin the year.\n\n2.5 per cent more than before.')).toEqual([
      [null, '1.5 million children were in need in the year.'],
      [null, '2.5 per cent more than before.'],
    ]);
  });

  it('still starts a new item at a numbered line that continues the numbering', () => {
    const text = ['1999. The first paragraph.', '2000. The second paragraph.'].join('\n');
    expect(blocks(text)).toEqual([
      ['1999.', 'The first paragraph.'],
      ['2000.', 'The second paragraph.'],
    ]);
  });

  it('reads a .txt file into items with their labels, and compare cites the changed item by its label', async () => {
    const edition = (third: string) =>
      ['Early help', '', 'The practitioner should:', '(h) talk to the family;', '(i) agree what help', 'is needed;', `(j) ${third}`, '', 'Assessment', '', '7.1 The social worker leads.', '7.1.2 The manager signs off', 'the assessment.', ''].join('\n');
    const oldInput = await readInput(await scratch.file('old.txt', edition('review the help after three months.')));
    const newInput = await readInput(await scratch.file('new.txt', edition('review the help after six months.')));
    expect(parseDocument(oldInput.markdown).sections.map((s) => [s.path, s.blocks.map((b) => [b.label ?? null, b.text])])).toEqual([
      [['Early help'], [
        [null, 'The practitioner should:'],
        ['(h)', 'talk to the family;'],
        ['(i)', 'agree what help is needed;'],
        ['(j)', 'review the help after three months.'],
      ]],
      [['Assessment'], [
        ['7.1', 'The social worker leads.'],
        ['7.1.2', 'The manager signs off the assessment.'],
      ]],
    ]);
    const result = compare(oldInput.markdown, newInput.markdown, { oldSource: sourceMapOf(oldInput), newSource: sourceMapOf(newInput) });
    expect(result.changes.map((c) => [c.kind, c.old?.paragraph, c.new?.paragraph, c.old?.section, c.old?.sourceLine])).toEqual([
      ['changed', '(j)', '(j)', ['Early help'], 7],
    ]);
  });
});

describe('text reader: dates, sessions and bill numbers are not headings', () => {
  const FRONT = ['Session 2024-25', '12 March 2024', '1st March 2023', 'Published: 2 July 2018', 'HL Bill 35', '[AS INTRODUCED]', 'Version 2.1', 'March 2024', 'Last updated 4 May 2021', '2024-25', 'HC Bill 123 2024-25', 'Crown copyright 2018'];

  it.each(FRONT)('"%s" on a line of its own is a paragraph, not a section heading', (line) => {
    const text = `Children's Wellbeing Bill\n\n${line}\n\nIntroduction\n\nThe bill makes provision about children.\n`;
    expect(outline(text)).toEqual([
      [["Children's Wellbeing Bill"], [[null, line]]],
      [['Introduction'], [[null, 'The bill makes provision about children.']]],
    ]);
  });

  it('keeps real headings as headings, a year in a title included', () => {
    const headings = ['Introduction', 'Chapter 1: Assessing need', 'Early help', 'Part 2 Duties of the local authority', 'Working Together to Safeguard Children 2023', 'Children Act 1989', 'Changes from 1 April 2024'];
    const text = headings.map((h) => `${h}\n\nText under ${h.toLowerCase()}.`).join('\n\n');
    expect(outline(text).map(([path]) => path)).toEqual(headings.map((h) => [h]));
  });

  it('reads the top of a bill: its title a heading, the session, number and date lines paragraphs', async () => {
    const text = ['Session 2024-25', '', 'HL Bill 35', '', '[AS INTRODUCED]', '', "Children's Wellbeing Bill", '', '12 March 2024', '', 'Part 1 Children', '', '1. The local authority must keep a register.', ''].join('\n');
    const input = await readInput(await scratch.file('bill.txt', text));
    expect(parseDocument(input.markdown).sections.map((s) => [s.path, s.blocks.map((b) => [b.label ?? null, b.text])])).toEqual([
      [[], [[null, 'Session 2024-25'], [null, 'HL Bill 35'], [null, '[AS INTRODUCED]']]],
      [["Children's Wellbeing Bill"], [[null, '12 March 2024']]],
      [['Part 1 Children'], [['1.', 'The local authority must keep a register.']]],
    ]);
  });

  it('a new session and date leave the sections matched: compare reports only the changed lines', () => {
    const bill = (session: string, date: string, duty: string) =>
      textToMarkdown([`Session ${session}`, '', "Children's Wellbeing Bill", '', date, '', 'Part 1 Children', '', `1. The local authority ${duty} keep a register.`, ''].join('\n'));
    const result = compare(bill('2024-25', '12 March 2024', 'must'), bill('2025-26', '3 June 2025', 'may'));
    expect(result.sections).toEqual([]);
    const sides = (side: 'old' | 'new') => result.changes.flatMap((c) => (c[side] ? [[c[side].section, c[side].text]] : []));
    expect(sides('old')).toEqual([
      [[], 'Session 2024-25'],
      [["Children's Wellbeing Bill"], '12 March 2024'],
      [['Part 1 Children'], 'The local authority must keep a register.'],
    ]);
    expect(sides('new')).toEqual([
      [[], 'Session 2025-26'],
      [["Children's Wellbeing Bill"], '3 June 2025'],
      [['Part 1 Children'], 'The local authority may keep a register.'],
    ]);
  });
});
