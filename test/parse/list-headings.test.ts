// Headings written inside list items ("1. ## Uptime", "- ## Scope") head sections (issue 16,
// item 2): the item's heading is read as a heading of that depth at the top level, and the
// item's following content as blocks of that section.
// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline/compare.js';
import { parseChunked } from '../../src/parse/pieces.js';
import { splitIntoChunks } from '../../src/parse/chunks.js';
import { parseDocument } from '../../src/parse/document.js';
import type { ParsedDocument } from '../../src/types.js';

/** Each section as [path, level, [kind, label, text] of each block]. */
const outline = (d: ParsedDocument) => d.sections.map((s) => [s.path, s.level, s.blocks.map((b) => [b.kind, b.label ?? null, b.text])]);

describe('parseDocument: a heading that opens a list item', () => {
  it('heads a section when the item is numbered ("1. ## Uptime"), the item’s other content its blocks', () => {
    const md = [
      '# Service levels',
      '',
      '1. ## Uptime',
      '',
      '   The service is available 99.9% of the time.',
      '',
      '   - Planned work is announced a week ahead.',
      '',
      '2. ## Support',
      '   The desk answers within one day.',
      '',
    ].join('\n');
    expect(outline(parseDocument(md))).toEqual([
      [['Service levels'], 1, []],
      [['Service levels', 'Uptime'], 2, [
        ['paragraph', null, 'The service is available 99.9% of the time.'],
        ['listItem', null, 'Planned work is announced a week ahead.'],
      ]],
      [['Service levels', 'Support'], 2, [['paragraph', null, 'The desk answers within one day.']]],
    ]);
  });

  it('heads a section when the item is a bullet ("- ## Scope"), and nests by depth like any heading', () => {
    const md = ['# Guide', '', '- ## Scope', '', '  The guide covers all schools.', '', '- ### Exceptions', '', '  Academies follow annex B.', '', '## Duties', '', 'Schools must publish a policy.', ''].join('\n');
    const d = parseDocument(md);
    expect(outline(d)).toEqual([
      [['Guide'], 1, []],
      [['Guide', 'Scope'], 2, [['paragraph', null, 'The guide covers all schools.']]],
      [['Guide', 'Scope', 'Exceptions'], 3, [['paragraph', null, 'Academies follow annex B.']]],
      [['Guide', 'Duties'], 2, [['paragraph', null, 'Schools must publish a policy.']]],
    ]);
    expect(d.sections[1]!.heading).toBe('Scope');
    expect(d.sections[1]!.position).toEqual({ line: 3, column: 3 });
  });

  it('reads the same as the document written with top-level headings', () => {
    const inItems = '# Guide\n\n1. ## Uptime\n\n   The service is up.\n\n2. ## Support\n\n   The desk answers.\n';
    const plain = '# Guide\n\n## Uptime\n\nThe service is up.\n\n## Support\n\nThe desk answers.\n';
    const strip = (d: ParsedDocument) => d.sections.map((s) => [s.path, s.level, s.blocks.map((b) => [b.kind, b.label ?? null, b.text])]);
    expect(strip(parseDocument(inItems))).toEqual(strip(parseDocument(plain)));
  });

  it('sets the title from a level-1 heading in an item', () => {
    expect(parseDocument('- # The guide\n\n  Text.\n', 'fallback').title).toBe('The guide');
  });

  it('leaves a heading later in an item, or in a quote, a block of that item or quote', () => {
    const md = '# Guide\n\n- An item.\n\n  ## Heading later in the item\n\n> - ## Heading in a quoted item\n\n> ## Heading in a quote\n';
    expect(outline(parseDocument(md))).toEqual([
      [['Guide'], 1, [
        ['listItem', null, 'An item.'],
        ['listItem', null, 'Heading later in the item'],
        ['quote', null, 'Heading in a quoted item'],
        ['quote', null, 'Heading in a quote'],
      ]],
    ]);
  });

  it('reads a heading-led item nested in another item as a section too', () => {
    const md = '# Guide\n\n- Outer item.\n\n  1. ## Inner\n\n     Inner text.\n';
    expect(outline(parseDocument(md))).toEqual([
      [['Guide'], 1, [['listItem', null, 'Outer item.']]],
      [['Guide', 'Inner'], 2, [['paragraph', null, 'Inner text.']]],
    ]);
  });

  it('gives the same document parsed in pieces as whole', () => {
    const filler = 'A paragraph of filler text that is long enough to count toward the size of a piece.\n\n'.repeat(4);
    const md = `# Top\n\n${filler}1. ## Uptime\n\n   Up text.\n\n# Next\n\n${filler}- ## Scope\n\n  Scope text.\n`;
    expect(splitIntoChunks(md, 100).length).toBeGreaterThan(1);
    const pieces = parseChunked({ markdown: md, title: 't' }, splitIntoChunks(md, 100));
    const whole = parseDocument(md, 't');
    expect(outline(pieces)).toEqual(outline(whole));
    expect(outline(whole).map(([path]) => path)).toEqual([['Top'], ['Top', 'Uptime'], ['Next'], ['Next', 'Scope']]);
  });

  it('lets compare match the sections of an edition that moved its headings into a numbered list', () => {
    const old = '# Service levels\n\n## Uptime\n\nThe service is available 99.9% of the time.\n\n## Support\n\nThe desk answers within one day.\n';
    const neu = '# Service levels\n\n1. ## Uptime\n\n   The service is available 99.9% of the time.\n\n2. ## Support\n\n   The desk answers within two days.\n';
    const result = compare(old, neu);
    expect(result.sections).toEqual([]);
    expect(result.changes.map((c) => [c.kind, c.old?.section, c.new?.section, c.old?.text, c.new?.text])).toEqual([
      ['changed', ['Service levels', 'Support'], ['Service levels', 'Support'], 'The desk answers within one day.', 'The desk answers within two days.'],
    ]);
  });
});
