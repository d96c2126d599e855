// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { inlineText, LineIndex, parseDocument } from '../../src/parse/document.js';
import type { ParsedDocument } from '../../src/types.js';

/** Each section as [path, level, [kind, label, text] of each block]. */
const outline = (d: ParsedDocument) =>
  d.sections.map((s) => [s.path, s.level, s.blocks.map((b) => [b.kind, b.label ?? null, b.text])]);

describe('parseDocument: sections', () => {
  it('makes one section per heading with the path of headings above it', () => {
    const d = parseDocument('# Guide\n\n## Roles\n\nA.\n\n### Managers\n\nB.\n\n## Timescales\n\nC.\n\n# Annex\n\n#### Deep\n\nD.\n');
    expect(outline(d)).toEqual([
      [['Guide'], 1, []],
      [['Guide', 'Roles'], 2, [['paragraph', null, 'A.']]],
      [['Guide', 'Roles', 'Managers'], 3, [['paragraph', null, 'B.']]],
      [['Guide', 'Timescales'], 2, [['paragraph', null, 'C.']]],
      [['Annex'], 1, []],
      [['Annex', 'Deep'], 4, [['paragraph', null, 'D.']]],
    ]);
  });

  it('gives each section its heading text, flattened and with spacing collapsed, and its position', () => {
    const d = parseDocument('Intro.\n\n#   Spaced   *heading*  text  \n\nBody.\n');
    const s = d.sections[1]!;
    expect([s.heading, s.path, s.position]).toEqual(['Spaced heading text', ['Spaced heading text'], { line: 3, column: 1 }]);
  });

  it('reads setext headings as headings', () => {
    expect(outline(parseDocument('Title\n=====\n\nSub\n---\n\nText.\n'))).toEqual([
      [['Title'], 1, []],
      [['Title', 'Sub'], 2, [['paragraph', null, 'Text.']]],
    ]);
  });

  it('keeps text before the first heading in a section with an empty path and level 0', () => {
    const d = parseDocument('Before any heading.\n\n# Guide\n\nAfter.\n');
    expect(outline(d)[0]).toEqual([[], 0, [['paragraph', null, 'Before any heading.']]]);
    expect(d.sections[0]!.heading).toBe('');
  });

  it('drops the section before the first heading when it holds nothing', () => {
    const d = parseDocument('# Guide\n\nText.\n');
    expect(d.sections.map((s) => s.path)).toEqual([['Guide']]);
  });

  it('keeps a repeated heading as a section of its own', () => {
    expect(parseDocument('## Roles\n\nA.\n\n## Roles\n\nB.\n').sections.map((s) => [s.path, s.blocks.length])).toEqual([
      [['Roles'], 1],
      [['Roles'], 1],
    ]);
  });

  it('gives ids unique across sections and blocks in document order', () => {
    const d = parseDocument('Intro.\n\n# A\n\nOne.\n\nTwo.\n\n## B\n\nThree.\n');
    expect(d.sections.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    expect(d.sections.flatMap((s) => s.blocks.map((b) => b.id))).toEqual(['b0', 'b1', 'b2', 'b3']);
  });
});

describe('parseDocument: title', () => {
  it('is the first level-1 heading', () => {
    expect(parseDocument('## Preface\n\n# The guide\n\n# Second\n', 'fallback').title).toBe('The guide');
  });

  it('falls back to the given title, or "document", without a level-1 heading', () => {
    expect(parseDocument('## Only a level two\n\nText.\n', 'Edition 2023').title).toBe('Edition 2023');
    expect(parseDocument('Text only.\n').title).toBe('document');
  });

  it('gives no sections for an empty document', () => {
    expect(parseDocument('', 'empty')).toEqual({ title: 'empty', sections: [], source: '' });
  });

  it('keeps the source it was given', () => {
    const md = '# Guide\n\nText.\n';
    expect(parseDocument(md).source).toBe(md);
  });
});

describe('parseDocument: blocks', () => {
  it('keeps the paragraph number apart from the wording, and keys the wording', () => {
    const [b] = parseDocument('1.3 The Manager\u2019s plan  is agreed.\n').sections[0]!.blocks;
    expect(b).toMatchObject({ kind: 'paragraph', label: '1.3', text: 'The Manager\u2019s plan is agreed.', key: "the manager's plan is agreed.", rawStart: 4 });
    expect(b!.position).toEqual({ line: 1, column: 1 });
  });

  it('labels ordered list items from the list start, not unordered ones, and only an item’s first paragraph', () => {
    const d = parseDocument('3. Third item.\n4. Fourth item.\n\n   More about four.\n\n- Bullet item.\n');
    expect(outline(d)[0]![2]).toEqual([
      ['listItem', '3.', 'Third item.'],
      ['listItem', '4.', 'Fourth item.'],
      ['listItem', null, 'More about four.'],
      ['listItem', null, 'Bullet item.'],
    ]);
  });

  it('makes a block of each quoted paragraph, with lines joined', () => {
    const d = parseDocument('> Quoted words\n> on two lines.\n>\n> Second quote.\n');
    expect(outline(d)[0]![2]).toEqual([
      ['quote', null, 'Quoted words on two lines.'],
      ['quote', null, 'Second quote.'],
    ]);
  });

  it('a paragraph inside a list inside a quote is a quote block', () => {
    expect(outline(parseDocument('> - Item in a quote.\n'))[0]![2]).toEqual([['quote', null, 'Item in a quote.']]);
  });

  it('a heading later in a list item, or in a quote, is a block of that item or quote, not a section', () => {
    const d = parseDocument('# Guide\n\n- An item.\n\n  # Heading in an item\n\n> ## Heading in a quote\n');
    expect(outline(d)).toEqual([
      [['Guide'], 1, [
        ['listItem', null, 'An item.'],
        ['listItem', null, 'Heading in an item'],
        ['quote', null, 'Heading in a quote'],
      ]],
    ]);
  });

  it('a heading that opens a list item heads a section (test/parse/list-headings.test.ts has more)', () => {
    const d = parseDocument('# Guide\n\n- ## Heading in an item\n\n  Its text.\n');
    expect(outline(d)).toEqual([
      [['Guide'], 1, []],
      [['Guide', 'Heading in an item'], 2, [['paragraph', null, 'Its text.']]],
    ]);
  });

  it('makes a block of each table row, with its cells, and gives body rows the header’s cells', () => {
    const d = parseDocument('| Who | Does what |\n|---|---|\n| The manager | Agrees the *plan*. |\n| The chair | Signs it. |\n');
    const rows = d.sections[0]!.blocks;
    expect(rows.map((b) => [b.kind, b.text, b.cells, b.header ?? null, b.breaks])).toEqual([
      ['tableRow', 'Who | Does what', ['Who', 'Does what'], null, [3]],
      ['tableRow', 'The manager | Agrees the plan.', ['The manager', 'Agrees the plan.'], ['Who', 'Does what'], [11]],
      ['tableRow', 'The chair | Signs it.', ['The chair', 'Signs it.'], ['Who', 'Does what'], [9]],
    ]);
    expect(rows[2]!.position).toEqual({ line: 4, column: 3 });
  });

  it('keeps a code block whole, with no label even when it starts with a number', () => {
    const d = parseDocument('```\n1.3 not a label.\n   indented\n```\n');
    const [b] = d.sections[0]!.blocks;
    expect([b!.kind, b!.label, b!.text]).toEqual(['code', undefined, '1.3 not a label. indented']);
    expect(b).not.toHaveProperty('label');
  });

  it('skips HTML comments but keeps other raw HTML as text', () => {
    const d = parseDocument('<!-- an editor\u2019s note -->\n\n<div>Raw words.</div>\n');
    expect(outline(d)[0]![2]).toEqual([['paragraph', null, '<div>Raw words.</div>']]);
  });

  it('skips thematic breaks, definitions and blocks with no text', () => {
    const d = parseDocument('Text.\n\n---\n\n[ref]: https://example.org\n\n![](image.png)\n');
    expect(outline(d)[0]![2]).toEqual([['paragraph', null, 'Text.']]);
  });

  it('flattens inline formatting, keeps image alt text and inline code, and drops footnote references', () => {
    const d = parseDocument('A *very* **strong** [link](https://example.org) ![alt words](x.png) `code`[^1] end.\n\n[^1]: The note.\n');
    expect(outline(d)[0]![2]).toEqual([
      ['paragraph', null, 'A very strong link alt words code end.'],
      ['paragraph', null, 'The note.'],
    ]);
  });

  it('turns a hard line break into a space', () => {
    expect(parseDocument('Line one\\\nline two.\n').sections[0]!.blocks[0]!.text).toBe('Line one line two.');
  });

  it('places a block at its first text, after list markers and quote markers', () => {
    const d = parseDocument('Intro.\n\n  - Item.\n\n> > Deep quote.\n');
    expect(d.sections[0]!.blocks.map((b) => b.position)).toEqual([
      { line: 1, column: 1 },
      { line: 3, column: 5 },
      { line: 5, column: 5 },
    ]);
  });

  it('starts each block with no sentences (they are split on demand)', () => {
    const d = parseDocument('The plan is agreed. It is signed.\n');
    expect(d.sections[0]!.blocks[0]!.sentences).toEqual([]);
  });

  it('a paragraph inside quotes nested 90 deep is one quote block', () => {
    const md = `${'>'.repeat(90)} Deep words.\n`;
    const blocks = parseDocument(md).sections[0]!.blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['quote', 'Deep words.']]);
  });
});

describe('inlineText', () => {
  it('concatenates text leaves and records where each starts in the text and in the source', () => {
    const children: PhrasingContent[] = [
      { type: 'text', value: 'The ', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } } },
      {
        type: 'emphasis',
        children: [{ type: 'text', value: 'plan', position: { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 10, offset: 9 } } }],
      },
      { type: 'break' },
      { type: 'inlineCode', value: 'x', position: { start: { line: 2, column: 1, offset: 12 }, end: { line: 2, column: 4, offset: 15 } } },
    ];
    expect(inlineText(children)).toEqual({ raw: 'The plan\nx', segs: [0, 0, 4, 5, 9, 12], breaks: [] });
  });
});

describe('LineIndex', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const lines = new LineIndex('ab\ncd\n\nx');
    expect([0, 1, 2, 3, 5, 6, 7].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('puts every offset of a text without line breaks on line 1', () => {
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
    expect(new LineIndex('abc').position(2)).toEqual({ line: 1, column: 3 });
  });
});
