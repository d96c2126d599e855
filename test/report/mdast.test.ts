// Document text in this file is test fixture text, not guidance.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, serialise, strong, table, text } from '../../src/report/mdast.js';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

/**
 * Every node type in a tree, depth first. A bare address in the text (https://…, www.…, a@…)
 * still comes back as GFM's literal autolink, whose words are the address itself: counted as
 * text. Any other link (from [words](address) syntax) keeps its own type.
 */
function types(n: Nodes): string[] {
  if (n.type === 'link') {
    const words = toString(n);
    if ([words, `http://${words}`, `mailto:${words}`].includes(n.url) && n.children.every((c) => c.type === 'text')) return ['text'];
  }
  return [n.type, ...('children' in n ? n.children.flatMap((c) => types(c)) : [])];
}

// Text a report may carry from a document, which must come back as the same words.
const HOSTILE = [
  'The plan | the review',
  '*not emphasis* _nor this_ **nor bold**',
  'a `code` span',
  '[a link](https://example.invalid) ![an image](x.png)',
  '<b>bold</b> <div>raw html</div> <!-- comment -->',
  '# not a heading',
  '1. not a list',
  '2) nor this',
  '- not a bullet',
  '+ nor this',
  '> not a quote',
  '~~not struck~~',
  'www.example.invalid https://example.invalid a@example.invalid',
  'a trailing backslash \\',
  '&amp; &#65; &copy; stay as written',
  '[^1] not a footnote',
  '[ ] not a task',
  '---',
  '***',
  '===',
  'x<y>z',
  '<https://example.invalid>',
  '[ref]: https://example.invalid',
  '| a | b |',
  'under_score_words stay',
  'The social worker’s “plan” — agreed 😀 é',
];

describe('node builders', () => {
  it('build the plain mdast nodes they are named after', () => {
    expect(text('The plan.')).toEqual({ type: 'text', value: 'The plan.' });
    expect(strong(text('a'), text('b'))).toEqual({ type: 'strong', children: [{ type: 'text', value: 'a' }, { type: 'text', value: 'b' }] });
    expect(strong()).toEqual({ type: 'strong', children: [] });
    expect(heading(3, text('Plans'))).toEqual({ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Plans' }] });
    expect(paragraph(text('a '), strong(text('b')))).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'a ' }, { type: 'strong', children: [{ type: 'text', value: 'b' }] }] });
  });

  it('table: a header row of text cells, then one row per entry with the cells given, and no column alignment', () => {
    expect(table(['Section', 'Roles'], [[[text('Plans')], [text('Manager'), strong(text(' (removed)'))]], [[], [text('x')]]])).toEqual({
      type: 'table',
      align: [null, null],
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Section' }] }, { type: 'tableCell', children: [{ type: 'text', value: 'Roles' }] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Plans' }] }, { type: 'tableCell', children: [{ type: 'text', value: 'Manager' }, { type: 'strong', children: [{ type: 'text', value: ' (removed)' }] }] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [] }, { type: 'tableCell', children: [{ type: 'text', value: 'x' }] }] },
      ],
    });
  });

  it('table without rows is the header alone', () => {
    const t = table(['Only'], []);
    expect(t.children).toHaveLength(1);
    expect(t.align).toEqual([null]);
  });
});

describe('serialise', () => {
  it('gives nothing for no nodes', () => {
    expect(serialise([])).toBe('');
  });

  it('writes ATX headings, ** strong, _ emphasis, - bullets, --- rules and ~~ strikethrough, blocks apart by a blank line', () => {
    const md = serialise([
      heading(1, text('Decisions')),
      heading(4, text('Deep')),
      paragraph(text('a '), strong(text('b')), text(' '), { type: 'emphasis', children: [text('c')] }, text(' '), { type: 'delete', children: [text('d')] }),
      { type: 'thematicBreak' },
      { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('one')] }] }, { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('two')] }] }] },
    ]);
    expect(md).toBe('# Decisions\n\n#### Deep\n\na **b** _c_ ~~d~~\n\n---\n\n- one\n- two\n');
  });

  it('writes a table as a GFM pipe table, columns padded to the widest cell', () => {
    expect(serialise([table(['Role', 'Change'], [[[text('Manager')], [strong(text('removed'))]], [[text('Family')], [text('added')]]])])).toBe(
      '| Role    | Change      |\n| ------- | ----------- |\n| Manager | **removed** |\n| Family  | added       |\n',
    );
  });

  it('keeps unicode as it is, without escapes or entities', () => {
    expect(serialise([paragraph(text('The social worker’s “plan” — agreed 😀 é'))])).toBe('The social worker’s “plan” — agreed 😀 é\n');
  });

  it('escapes document text in a paragraph so it parses back to the same words and nothing else', () => {
    for (const s of HOSTILE) {
      const tree = parse(serialise([paragraph(text(s))]));
      expect(toString(tree), s).toBe(s);
      expect([...new Set(types(tree))], s).toEqual(['root', 'paragraph', 'text']);
    }
  });

  it('escapes document text in a heading so it stays one heading of the same depth and words', () => {
    for (const s of HOSTILE) {
      const tree = parse(serialise([heading(2, text(s))]));
      expect(tree.children.map((c) => [c.type, c.type === 'heading' ? c.depth : 0]), s).toEqual([['heading', 2]]);
      expect(toString(tree), s).toBe(s);
      expect([...new Set(types(tree))], s).toEqual(['root', 'heading', 'text']);
    }
  });

  it('escapes document text in table cells, header included: the table keeps its shape and every cell its words', () => {
    for (const s of HOSTILE) {
      const tree = parse(serialise([table([s, 'Role'], [[[text(s)], [text('Manager')]], [[text('Plans')], [text(s)]]])]));
      expect(tree.children.map((c) => c.type), s).toEqual(['table']);
      const t = tree.children[0]!;
      if (t.type !== 'table') throw new Error('not a table');
      expect(t.children.map((row) => row.children.map((cell) => toString(cell))), s).toEqual([
        [s, 'Role'],
        [s, 'Manager'],
        ['Plans', s],
      ]);
      expect([...new Set(types(tree))].sort(), s).toEqual(['root', 'table', 'tableCell', 'tableRow', 'text']);
    }
  });

  it('keeps a line break inside a table cell from ending the row', () => {
    const md = serialise([table(['Text'], [[[text('The plan is agreed.\nThe review follows.')]]])]);
    expect(md.split('\n')).toHaveLength(4);
    const t = parse(md).children[0]!;
    if (t.type !== 'table') throw new Error('not a table');
    expect(toString(t.children[1]!)).toBe('The plan is agreed.\nThe review follows.');
  });
});
