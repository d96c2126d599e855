// Document text in this file is test fixture text, not guidance.
import { Chalk } from 'chalk';
import type { Heading, Nodes, Paragraph, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { History, Passage } from '../../src/types.js';
import { renderHistoryJson, renderHistoryMarkdown, renderHistoryTerminal } from '../../src/report/history.js';

const plain = new Chalk({ level: 0 });

const changed: Passage = {
  id: 'p-1',
  section: ['Assessment'],
  texts: ['The social worker should agree the plan with their manager.', 'The social worker should agree the plan.', null],
  events: [{ version: 1, tags: ['role-removed', 'wording'], roles: { removed: ['manager'], added: [] }, decisions: ['agree the plan'] }],
  presence: { manager: [true, false, null] },
};
const unchanged: Passage = { id: 'p-2', section: ['Reviews'], texts: ['The plan is reviewed.', 'The plan is reviewed.', 'The plan is reviewed.'], events: [], presence: {} };

const history = (passages: Passage[], excerpts = false): History => ({
  versions: [{ label: '2015' }, { label: '2018' }, { label: '2023', path: 'v/2023.md' }],
  passages,
  ...(excerpts ? { excerpts: true as const } : {}),
});

const plainText = (n: Nodes): string => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as Nodes[]).map(plainText).join('') : '');
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

describe('renderHistoryTerminal', () => {
  it('shows each changed passage: its text per version, the events and the presence of each role across versions', () => {
    expect(renderHistoryTerminal(history([changed, unchanged]), { all: false, chalk: plain })).toBe(
      [
        'wtdiff history: 2015 → 2018 → 2023',
        '',
        '§ Assessment',
        '  2015: The social worker should agree the plan with their manager.',
        '  2018: The social worker should agree the plan.',
        '  2023: (absent)',
        '  → 2018: [role-removed, wording] Manager removed (agree the plan)',
        '  Manager ✓ → ✗ → –',
        '',
        '1 passage shown of 2 (--all shows unchanged ones)',
        '',
      ].join('\n'),
    );
  });

  it('shows unchanged passages too with --all, and then drops the hint', () => {
    const out = renderHistoryTerminal(history([changed, unchanged]), { all: true, chalk: plain }).split('\n');
    expect(out.filter((l) => l.startsWith('§'))).toEqual(['§ Assessment', '§ Reviews']);
    expect(out.slice(-6)).toEqual(['  2015: The plan is reviewed.', '  2018: The plan is reviewed.', '  2023: The plan is reviewed.', '', '2 passages shown of 2', '']);
  });

  it('says "(not quoted)" rather than "(absent)" when the versions are excerpts', () => {
    expect(renderHistoryTerminal(history([changed], true), { all: false, chalk: plain })).toContain('  2023: (not quoted)\n');
  });

  it('words added roles, events without roles and events without decisions', () => {
    const p: Passage = {
      ...changed,
      events: [
        { version: 1, tags: ['wording'], roles: { removed: [], added: [] } },
        { version: 2, tags: ['role-added', 'role-removed'], roles: { removed: ['manager'], added: ['iro', 'police'] } },
      ],
      presence: { manager: [true, true, false], iro: [false, false, true] },
    };
    const out = renderHistoryTerminal(history([p]), { all: false, chalk: plain }).split('\n');
    expect(out.slice(6, 10)).toEqual([
      '  → 2018: [wording]',
      '  → 2023: [role-added, role-removed] Manager removed, Independent reviewing officer added, Police added',
      '  Manager ✓ → ✓ → ✗',
      '  Independent reviewing officer ✗ → ✗ → ✓',
    ]);
  });

  it('says "0 passages shown of 0" for an empty history', () => {
    expect(renderHistoryTerminal(history([]), { all: false, chalk: plain }).split('\n').slice(-2)).toEqual(['0 passages shown of 0 (--all shows unchanged ones)', '']);
  });

  it('makes control characters in labels, headings and texts visible', () => {
    const h: History = {
      versions: [{ label: 'v\u001b1' }, { label: 'v2' }],
      passages: [{ id: 'x', section: ['Head\u202eing'], texts: ['A\u0007b', 'A\nb'], events: [{ version: 1, tags: ['wording'], roles: { removed: [], added: [] } }], presence: {} }],
    };
    const out = renderHistoryTerminal(h, { all: false, chalk: plain });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
    expect(out.split('\n')).toEqual(['wtdiff history: v\\u001b1 → v2', '', '§ Head\\u202eing', '  v\\u001b1: A\\u0007b', '  v2: A b', '  → v2: [wording]', '', '1 passage shown of 1 (--all shows unchanged ones)', '']);
  });
});

describe('renderHistoryMarkdown', () => {
  it('gives a heading per passage, a table of text and role marks per version, and a line per event', () => {
    const tree = parse(renderHistoryMarkdown(history([changed, unchanged]), { all: false, chalk: plain }));
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [h.depth, plainText(h)]);
    expect(headings).toEqual([
      [1, 'History: 2015 → 2018 → 2023'],
      [2, 'Assessment'],
    ]);
    const tables = tree.children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((r) => r.children.map(plainText)));
    expect(tables).toEqual([
      [
        ['Version', 'Text', 'Manager'],
        ['2015', 'The social worker should agree the plan with their manager.', '✓'],
        ['2018', 'The social worker should agree the plan.', '✗'],
        ['2023', '(absent)', '–'],
      ],
    ]);
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
    expect(paragraphs.map(plainText)).toEqual(['2018: [role-removed, wording] Manager removed (agree the plan)']);
    expect(paragraphs[0]!.children[0]).toMatchObject({ type: 'strong' });
    expect(plainText(paragraphs[0]!.children[0]!)).toBe('2018');
  });

  it('includes unchanged passages with --all and says "(not quoted)" for excerpts', () => {
    const tree = parse(renderHistoryMarkdown(history([changed, unchanged], true), { all: true, chalk: plain }));
    expect(tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map(plainText)).toEqual(['Assessment', 'Reviews']);
    const firstTable = tree.children.find((n): n is Table => n.type === 'table')!;
    expect(plainText(firstTable.children[3]!.children[1]!)).toBe('(not quoted)');
  });

  it('escapes document text and replaces lone surrogates', () => {
    const p: Passage = { ...changed, texts: ['A | b *c*', 'Broken \ud800', null] };
    const md = renderHistoryMarkdown(history([p]), { all: false, chalk: plain });
    expect(md).not.toContain('\ud800');
    const table = parse(md).children.find((n): n is Table => n.type === 'table')!;
    expect(table.children.slice(1, 3).map((r) => plainText(r.children[1]!))).toEqual(['A | b *c*', 'Broken \ufffd']);
  });
});

describe('renderHistoryJson', () => {
  it('is the History value itself, indented, ending with a newline', () => {
    const h = history([changed, unchanged], true);
    const out = renderHistoryJson(h);
    expect(JSON.parse(out)).toEqual(h);
    expect(out.startsWith('{\n  "versions": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('keeps null for absent texts and presence, and replaces lone surrogates', () => {
    const p: Passage = { ...changed, texts: ['x\udc00', null, null] };
    const parsed = JSON.parse(renderHistoryJson(history([p]))) as History;
    expect(parsed.passages[0]!.texts).toEqual(['x\ufffd', null, null]);
    expect(parsed.passages[0]!.presence).toEqual({ manager: [true, false, null] });
  });
});
