// Document text in this file is test fixture text, not guidance.
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { normaliseTree, NUMBERED, numberedList, paragraph, text, toMarkdown } from '../../src/ingest/mdast.js';

const root = (...children: RootContent[]): Root => ({ type: 'root', children });
const p = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const row = (...cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
const table = (...rows: TableRow[]): Table => ({ type: 'table', align: rows[0]!.children.map(() => null), children: rows });
const heading = (depth: 1 | 2, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

/** Ordered lists as [start, item texts], paragraphs as strings: the shape the comparison reads. */
function shape(nodes: RootContent[]): unknown[] {
  return nodes.map((n) => {
    if (n.type === 'list') return [n.ordered ? n.start : 'bullets', n.children.map((i) => shape(i.children as RootContent[]))];
    if (n.type === 'paragraph') return n.children.map((c) => (c.type === 'text' ? c.value : `<${c.type}>`)).join('');
    return n.type;
  });
}

describe('NUMBERED', () => {
  it('matches a number of one to four digits, a dot and space before the words', () => {
    expect(NUMBERED.exec('42. The plan')?.[1]).toBe('42');
    expect(NUMBERED.exec('1.\tThe plan')?.[1]).toBe('1');
    expect(NUMBERED.exec('1234. The plan')?.[1]).toBe('1234');
  });

  it('does not match five digits, no space, nothing after the space, or a number later in the text', () => {
    for (const s of ['12345. The plan', '42.The plan', '42. ', '42.', 'See 42. The plan', '4.2 The plan', '42) The plan']) expect(NUMBERED.test(s)).toBe(false);
  });
});

describe('text, paragraph and numberedList', () => {
  it('build the mdast nodes the readers emit', () => {
    expect(text('x')).toEqual({ type: 'text', value: 'x' });
    expect(paragraph('The plan.')).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'The plan.' }] });
    expect(numberedList(7, [paragraph('A.'), paragraph('B.')])).toEqual({
      type: 'list',
      ordered: true,
      start: 7,
      spread: true,
      children: [
        { type: 'listItem', spread: false, children: [paragraph('A.')] },
        { type: 'listItem', spread: false, children: [paragraph('B.')] },
      ],
    });
  });
});

describe('toMarkdown', () => {
  it('writes # headings, - bullets, _emphasis_, **strong**, numbered items from their start, and unpadded GFM tables', () => {
    const md = toMarkdown(
      root(
        heading(2, 'Title'),
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('one')] }, { type: 'listItem', spread: false, children: [paragraph('two')] }] },
        p({ type: 'emphasis', children: [text('em')] }, text(' and '), { type: 'strong', children: [text('strong')] }),
        numberedList(7, [paragraph('Seven'), paragraph('Eight')]),
        table(row([text('Head')], [text('H2')]), row([text('a long cell')], [text('b')])),
        { type: 'thematicBreak' },
        { type: 'code', value: 'x' },
      ),
    );
    expect(md).toBe(['## Title', '', '- one', '- two', '', '_em_ and **strong**', '', '7. Seven', '', '8. Eight', '', '| Head | H2 |', '| - | - |', '| a long cell | b |', '', '---', '', '```', 'x', '```', ''].join('\n'));
  });

  it('does not wrap long lines', () => {
    const long = 'The social worker should agree the plan with the family '.repeat(6).trim();
    expect(toMarkdown(root(paragraph(long)))).toBe(`${long}\n`);
  });

  it('always ends with a newline, even for an empty tree', () => {
    expect(toMarkdown(root())).toBe('\n');
  });

  it('escapes text that would otherwise read as markdown', () => {
    expect(toMarkdown(root(paragraph('42. not a list *really*')))).toBe('42\\. not a list \\*really\\*\n');
  });
});

describe('normaliseTree', () => {
  it('turns paragraphs opening "42. " into ordered list items starting at 42, the number taken off', () => {
    const tree = normaliseTree(root(p(text('42. The social worker should agree the plan.'))));
    expect(tree.children).toEqual([numberedList(42, [paragraph('The social worker should agree the plan.')])]);
  });

  it('joins consecutive numbers into one list and starts a new list at a gap or a non-numbered block', () => {
    const tree = normaliseTree(root(p(text('1. First.')), p(text('2. Second.')), p(text('4. Fourth.')), p(text('Plain.')), p(text('5. Fifth.'))));
    expect(shape(tree.children)).toEqual([[1, [['First.'], ['Second.']]], [4, [['Fourth.']]], 'Plain.', [5, [['Fifth.']]]]);
  });

  it('does not append to an existing list whose items hold more than one block', () => {
    const existing: List = { type: 'list', ordered: true, start: 1, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('One.'), paragraph('More.')] }] };
    const tree = normaliseTree(root(existing, p(text('2. Two.'))));
    expect(shape(tree.children)).toEqual([[1, [['One.', 'More.']]], [2, [['Two.']]]]);
  });

  it('appends to a list the source already had when the number follows on, and marks it spread', () => {
    const existing: List = { type: 'list', ordered: true, start: 3, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('Three.')] }] };
    const tree = normaliseTree(root(existing, p(text('4. Four.'))));
    expect(shape(tree.children)).toEqual([[3, [['Three.'], ['Four.']]]]);
    expect((tree.children[0] as List).spread).toBe(true);
  });

  it('numbers paragraphs inside block quotes and list items too', () => {
    const tree = normaliseTree(root({ type: 'blockquote', children: [p(text('9. Quoted.'))] }));
    expect(tree.children[0]).toEqual({ type: 'blockquote', children: [numberedList(9, [paragraph('Quoted.')])] });
  });

  it('leaves a number that is not followed by words, or has five digits, in the text', () => {
    const tree = normaliseTree(root(p(text('12345. Too long.')), p(text('42.No space.'))));
    expect(shape(tree.children)).toEqual(['12345. Too long.', '42.No space.']);
  });

  it('collapses whitespace, turns line breaks into spaces and trims the ends of a paragraph', () => {
    const tree = normaliseTree(root(p(text('  The  social\nworker'), { type: 'break' }, text('should\t agree.  '))));
    expect(tree.children).toEqual([paragraph('The social worker should agree.')]);
  });

  it('drops images and the paragraphs left empty', () => {
    const tree = normaliseTree(root(p(text('Before '), { type: 'image', url: 'x.png' }, text('after.')), p({ type: 'image', url: 'y.png' }), p(text('   ')), p()));
    expect(tree.children).toEqual([paragraph('Before after.')]);
  });

  it('tidies phrasing inside emphasis, strong, links and headings, keeping the nodes', () => {
    const tree = normaliseTree(
      root(heading(1, ' Part\n one '), p(text('See '), { type: 'link', url: 'https://example.invalid', children: [text(' the\nlink ')] }, text(' and '), { type: 'strong', children: [text('bold\n text')] })),
    );
    expect(tree.children[0]).toEqual(heading(1, 'Part one'));
    expect(tree.children[1]).toEqual(
      p(text('See '), { type: 'link', url: 'https://example.invalid', children: [text('the link')] }, text(' and '), { type: 'strong', children: [text('bold text')] }),
    );
  });

  it('drops the empty header row a table without one was given, but keeps a table that is only that row', () => {
    const tree = normaliseTree(root(table(row([text(' ')], []), row([text('a')], [text('b')]))));
    expect((tree.children[0] as Table).children).toEqual([row([text('a')], [text('b')])]);
    const lone = normaliseTree(root(table(row([text(' ')], []))));
    expect((lone.children[0] as Table).children).toHaveLength(1);
  });

  it('keeps a real header row and tidies the cells', () => {
    const tree = normaliseTree(root(table(row([text(' Who ')], [text('What')]), row([text('the\nmanager')], [text('agrees')]))));
    expect((tree.children[0] as Table).children).toEqual([row([text('Who')], [text('What')]), row([text('the manager')], [text('agrees')])]);
  });

  it('changes the tree in place and returns the same root', () => {
    const tree = root(p(text('1. One.')));
    expect(normaliseTree(tree)).toBe(tree);
    expect(tree.children[0]!.type).toBe('list');
  });

  it('gives markdown the comparison reads with the paragraph numbers as labels', () => {
    const tree = normaliseTree(root(heading(1, 'Assessment'), p(text('41. The plan should be agreed.')), p(text('42. The plan\nshould be reviewed.'))));
    const doc = parseDocument(toMarkdown(tree), 'doc');
    const blocks = doc.sections.flatMap((s) => s.blocks);
    expect(blocks.map((b) => [b.label, b.text])).toEqual([
      ['41.', 'The plan should be agreed.'],
      ['42.', 'The plan should be reviewed.'],
    ]);
  });
});
