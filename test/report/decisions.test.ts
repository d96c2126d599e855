// Document text in this file is test fixture text, not guidance.
import { Chalk } from 'chalk';
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compareDecisions } from '../../src/pipeline/roles.js';
import type { Decision, DecisionComparison, DecisionRow } from '../../src/types.js';
import { parseDocument } from '../../src/parse/document.js';
import {
  renderDecisionComparisonMarkdown, renderDecisionComparisonTerminal, renderDecisionsMarkdown, renderDecisionsTerminal,
} from '../../src/report/decisions.js';

const plain = new Chalk({ level: 0 });

const decision = (over: Partial<Decision>): Decision => ({ text: 'The social worker should agree the plan.', section: ['Assessment'], predicate: 'agree', modal: 'should', roles: ['social-worker'], line: 3, ...over });

const plainText = (n: Nodes): string => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as Nodes[]).map(plainText).join('') : '');

/** The markdown's tables as rows of cell text, read back with remark-gfm. */
function tables(md: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  return tree.children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((r) => r.children.map(plainText)));
}

function heading1(md: string): string | undefined {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  const h = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  return h ? plainText(h) : undefined;
}

const agree = decision({ text: 'The social worker should agree the plan with their manager.', roles: ['social-worker', 'manager'] });
const chair = decision({ text: 'The IRO must chair the review.', predicate: 'chair', modal: 'must', roles: ['iro'], line: 5 });
const advise = decision({ text: 'The LADO may advise.', section: ['Allegations'], predicate: '', modal: 'may', roles: ['lado'], line: 9 });
const noModal = decision({ text: 'Partners decide.', section: [], predicate: 'decide', modal: null, roles: ['youth-offending-team'], line: 1 });

describe('renderDecisionsTerminal', () => {
  it('counts the decisions, heads each run of a section once, and gives the verb (padded), the roles by label and the text', () => {
    expect(renderDecisionsTerminal([agree, chair, advise], plain)).toBe(
      [
        '3 decisions',
        '',
        '§ Assessment',
        `  should agree${' '.repeat(12)} Social worker, Manager`,
        '    The social worker should agree the plan with their manager.',
        `  must chair${' '.repeat(14)} Independent reviewing officer`,
        '    The IRO must chair the review.',
        '',
        '§ Allegations',
        `  may${' '.repeat(21)} LADO`,
        '    The LADO may advise.',
        '',
      ].join('\n'),
    );
  });

  it('gives the predicate alone when there is no modal, and names an unknown role in words', () => {
    expect(renderDecisionsTerminal([noModal], plain).split('\n').slice(0, 4)).toEqual(['1 decision', '', '§ (before the first heading)', `  decide${' '.repeat(18)} Youth offending team`]);
  });

  it('does not cut a verb longer than the column', () => {
    const long = decision({ modal: 'should not normally', predicate: 'be expected to agree' });
    expect(renderDecisionsTerminal([long], plain).split('\n')[3]).toBe('  should not normally be expected to agree Social worker');
  });

  it('says "0 decisions" and nothing else for none', () => {
    expect(renderDecisionsTerminal([], plain)).toBe('0 decisions\n');
  });

  it('makes control characters in headings, verbs and text visible', () => {
    const hostile = decision({ section: ['Bad\u001b[2J'], text: 'Text\u202ehere\nand more', predicate: 'agr\u0007ee' });
    const out = renderDecisionsTerminal([hostile], plain);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out.split('\n').slice(2)).toEqual(['§ Bad\\u001b[2J', `  should agr\\u0007ee${' '.repeat(6)} Social worker`, '    Text\\u202ehere and more', '']);
  });
});

describe('renderDecisionsMarkdown', () => {
  it('is a heading and one table row per decision: section, decision, roles, text', () => {
    const md = renderDecisionsMarkdown([agree, advise, noModal]);
    expect(heading1(md)).toBe('Decisions and who takes part');
    expect(tables(md)).toEqual([
      [
        ['Section', 'Decision', 'Roles', 'Text'],
        ['Assessment', 'should agree', 'Social worker, Manager', 'The social worker should agree the plan with their manager.'],
        ['Allegations', 'may', 'LADO', 'The LADO may advise.'],
        ['(before the first heading)', 'decide', 'Youth offending team', 'Partners decide.'],
      ],
    ]);
  });

  it('escapes document text so pipes, asterisks and HTML stay words in their cell', () => {
    const md = renderDecisionsMarkdown([decision({ text: 'Agree *this* | that <b>now</b>', section: ['A | B'] })]);
    expect(tables(md)[0]![1]).toEqual(['A | B', 'should agree', 'Social worker', 'Agree *this* | that <b>now</b>']);
  });

  it('replaces lone surrogates', () => {
    const md = renderDecisionsMarkdown([decision({ text: 'Broken \ud800 text' })]);
    expect(md).toContain('Broken \ufffd text');
    expect(md).not.toContain('\ud800');
  });
});

const row = (over: Partial<DecisionRow>): DecisionRow => ({ section: ['Assessment'], old: null, new: null, removed: [], added: [], ...over });

const cmp: DecisionComparison = {
  old: [],
  new: [],
  rows: [
    row({ old: agree, new: decision({}), removed: ['manager'] }),
    row({ new: decision({ text: 'The police should attend.', predicate: 'attend', roles: ['police'] }), added: ['police'] }),
    row({ section: ['Reviews'], old: chair, new: chair }),
    row({ section: ['Old'], old: advise, removed: ['lado'] }),
  ],
};

describe('renderDecisionComparisonTerminal', () => {
  it('lists each decision with old and new roles, marks the changed ones with * and the roles that left (✗) or joined (✚), then counts', () => {
    expect(renderDecisionComparisonTerminal(cmp, plain)).toBe(
      [
        'Decisions, old → new',
        '',
        '* § Assessment  should agree',
        '    old: Social worker, Manager',
        '    new: Social worker   ✗ Manager',
        '',
        '* § Assessment  should attend',
        '    old: (no such decision)',
        '    new: Police   ✚ Police',
        '',
        '  § Reviews  must chair',
        '    old: Independent reviewing officer',
        '    new: Independent reviewing officer',
        '',
        '* § Old  may',
        '    old: LADO',
        '    new: (no such decision)   ✗ LADO',
        '',
        '4 decisions, 3 with a change of who takes part',
        '',
      ].join('\n'),
    );
  });

  it('puts removals before additions in the marks', () => {
    const swap: DecisionComparison = { old: [], new: [], rows: [row({ old: decision({ roles: ['manager'] }), new: decision({ roles: ['colleague'] }), removed: ['manager'], added: ['colleague'] })] };
    expect(renderDecisionComparisonTerminal(swap, plain).split('\n')[4]).toBe('    new: Colleague   ✗ Manager  ✚ Colleague');
  });

  it('makes control characters in headings and verbs visible', () => {
    const hostile: DecisionComparison = { old: [], new: [], rows: [row({ section: ['X\u001b]0;title\u0007'], new: decision({ predicate: 'ag\u001bree' }) })] };
    const out = renderDecisionComparisonTerminal(hostile, plain);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(out.split('\n')[2]).toBe('  § X\\u001b]0;title\\u0007  should ag\\u001bree');
  });

  it('reads a real pair of versions: the manager leaves the plan decision', () => {
    const old = parseDocument('# Assessment\n\nThe social worker should agree the plan with their manager.\n\nThe family should be consulted.\n', 'old');
    const neu = parseDocument('# Assessment\n\nThe social worker should agree the plan.\n\nThe family should be consulted.\n', 'new');
    const out = renderDecisionComparisonTerminal(compareDecisions(old, neu), plain).split('\n');
    expect(out.slice(2, 5)).toEqual(['* § Assessment  should agree', '    old: Social worker, Manager', '    new: Social worker   ✗ Manager']);
    expect(out.at(-2)).toBe('2 decisions, 1 with a change of who takes part');
  });
});

describe('renderDecisionComparisonMarkdown', () => {
  it('is a heading and a table: section, decision, old roles, new roles (— for none) and the change', () => {
    const md = renderDecisionComparisonMarkdown(cmp);
    expect(heading1(md)).toBe('Who decides: old and new');
    expect(tables(md)).toEqual([
      [
        ['Section', 'Decision', 'Old roles', 'New roles', 'Change'],
        ['Assessment', 'should agree', 'Social worker, Manager', 'Social worker', '✗ Manager removed'],
        ['Assessment', 'should attend', '—', 'Police', '✚ Police added'],
        ['Reviews', 'must chair', 'Independent reviewing officer', 'Independent reviewing officer', ''],
        ['Old', 'may', 'LADO', '—', '✗ LADO removed'],
      ],
    ]);
  });

  it('joins several role changes with "; ", removals first', () => {
    const swap: DecisionComparison = { old: [], new: [], rows: [row({ old: decision({ roles: ['manager'] }), new: decision({ roles: ['colleague', 'iro'] }), removed: ['manager'], added: ['colleague', 'iro'] })] };
    expect(tables(renderDecisionComparisonMarkdown(swap))[0]![1]![4]).toBe('✗ Manager removed; ✚ Colleague added; ✚ Independent reviewing officer added');
  });
});
