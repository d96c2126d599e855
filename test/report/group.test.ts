// Document text in this file is test fixture text, not guidance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, Comparison, Op, SectionChange, Side } from '../../src/types.js';
import { summarise } from '../../src/compare.js';
import {
  clean, describeSectionChange, groupBySection, paragraphName, plural, sidePieces, splitSpace, whereText,
} from '../../src/report/group.js';

const side = (over: Partial<Side> = {}): Side => ({ text: 'Words.', section: ['Assessment'], line: 3, column: 1, ...over });

function change(over: Partial<Change> = {}): Change {
  return { id: 'wt-0a', kind: 'changed', tags: ['wording'], roles: { removed: [], added: [] }, old: side(), new: side(), ops: [], roleEvents: [], ...over };
}

function comparison(changes: Change[], sections: SectionChange[] = []): Comparison {
  return {
    schemaVersion: '1.1.0',
    documents: { old: { label: 'old', title: 'T', sections: 1, blocks: 1 }, new: { label: 'new', title: 'T', sections: 1, blocks: 1 } },
    sections,
    terminology: [],
    changes,
    summary: summarise(changes),
  };
}

const sectionChange = (kind: SectionChange['kind'], oldPath: string[] | null, newPath: string[] | null, over: Partial<SectionChange> = {}): SectionChange => ({
  kind,
  old: oldPath ? { path: oldPath, line: 1 } : null,
  new: newPath ? { path: newPath, line: 1 } : null,
  ...over,
});

describe('clean', () => {
  it('makes controls and bidi overrides visible, newlines spaces and lone surrogates U+FFFD', () => {
    expect(clean('a\u001b[2Jb\nc\u202ed\ud800')).toBe('a\\u001b[2Jb c\\u202ed\ufffd');
  });
});


describe('groupBySection', () => {
  it('groups changes under the section of their primary side, groups in order of first appearance, ids numbered from 1', () => {
    const a = change({ id: 'wt-1', new: side({ section: ['Part 1', 'Plans'] }) });
    const b = change({ id: 'wt-2', new: side({ section: ['Part 2'] }) });
    const c = change({ id: 'wt-3', new: side({ section: ['Part 1', 'Plans'] }) });
    const d = change({ id: 'wt-4', kind: 'removed', new: null, old: side({ section: ['Part 3'] }) });
    const groups = groupBySection(comparison([a, b, c, d]), [a, b, c, d]);
    expect(groups.map((g) => ({ id: g.id, path: g.path, title: g.title, ids: g.changes.map((x) => x.id) }))).toEqual([
      { id: 'section-1', path: ['Part 1', 'Plans'], title: 'Part 1 › Plans', ids: ['wt-1', 'wt-3'] },
      { id: 'section-2', path: ['Part 2'], title: 'Part 2', ids: ['wt-2'] },
      { id: 'section-3', path: ['Part 3'], title: 'Part 3', ids: ['wt-4'] },
    ]);
  });

  it('keeps paths apart that only join to the same string ("A › B" as one heading is not A then B)', () => {
    const a = change({ id: 'wt-1', new: side({ section: ['A', 'B'] }) });
    const b = change({ id: 'wt-2', new: side({ section: ['A › B'] }) });
    const c = change({ id: 'wt-3', new: side({ section: ['A', ''] }) });
    expect(groupBySection(comparison([a, b, c]), [a, b, c]).map((g) => g.changes.map((x) => x.id))).toEqual([['wt-1'], ['wt-2'], ['wt-3']]);
  });

  it('gives the text before the first heading its own group', () => {
    const a = change({ new: side({ section: [] }) });
    const [g] = groupBySection(comparison([a]), [a]);
    expect(g!.path).toEqual([]);
    expect(g!.title).toBe('(before the first heading)');
  });

  it('attaches the section change whose new path is the group’s, the first one when several share it, and never a matched one', () => {
    const renamed = sectionChange('renamed', ['Old plans'], ['Plans'], { renamed: true });
    const moved = sectionChange('moved', ['Plans'], ['Plans']);
    const matched = sectionChange('matched', ['Reviews'], ['Reviews']);
    const a = change({ id: 'wt-1', new: side({ section: ['Plans'] }) });
    const b = change({ id: 'wt-2', new: side({ section: ['Reviews'] }) });
    const groups = groupBySection(comparison([a, b], [matched, renamed, moved]), [a, b]);
    expect(groups[0]!.sectionChange).toBe(renamed);
    expect(groups[1]).not.toHaveProperty('sectionChange');
  });

  it('attaches a removed section’s change to the group of a sentence removed with it (by the old path)', () => {
    const removed = sectionChange('removed', ['Appendix'], null);
    const c = change({ kind: 'removed', tags: ['removed'], new: null, old: side({ section: ['Appendix'] }) });
    expect(groupBySection(comparison([c], [removed]), [c])[0]!.sectionChange).toBe(removed);
  });

  it('copies the path, so changing a group does not change the change', () => {
    const a = change({ new: side({ section: ['Plans'] }) });
    const [g] = groupBySection(comparison([a]), [a]);
    g!.path.push('x');
    expect(a.new!.section).toEqual(['Plans']);
  });

  it('gives no groups for no changes', () => {
    expect(groupBySection(comparison([], [sectionChange('added', null, ['New'])]), [])).toEqual([]);
  });
});

describe('paragraphName', () => {
  it('names the paragraph from its label without the trailing dot, new side first', () => {
    expect(paragraphName(change({ old: side({ paragraph: '41.' }), new: side({ paragraph: '42.' }) }))).toBe('Paragraph 42');
    expect(paragraphName(change({ new: side({ paragraph: '1.3' }) }))).toBe('Paragraph 1.3');
    expect(paragraphName(change({ kind: 'removed', new: null, old: side({ paragraph: '7.' }) }))).toBe('Paragraph 7');
  });

  it('is null when the block had no label', () => {
    expect(paragraphName(change())).toBeNull();
  });

  it('cleans a hostile label', () => {
    expect(paragraphName(change({ new: side({ paragraph: '9\u001b.' }) }))).toBe('Paragraph 9\\u001b');
  });
});

describe('describeSectionChange', () => {
  it('words each kind of section change, with curly quotes around titles', () => {
    expect(describeSectionChange(sectionChange('added', null, ['Part 1', 'New']))).toBe('Section added: “Part 1 › New”');
    expect(describeSectionChange(sectionChange('removed', ['Gone'], null))).toBe('Section removed: “Gone”');
    expect(describeSectionChange(sectionChange('split', ['Both'], ['One']))).toBe('Section split: “Both” → “One”');
    expect(describeSectionChange(sectionChange('merged', ['One'], ['Both']))).toBe('Section merged: “One” → “Both”');
    expect(describeSectionChange(sectionChange('renamed', ['Old'], ['New']))).toBe('Section renamed: “Old” → “New”');
    expect(describeSectionChange(sectionChange('renamed', ['A', 'Old'], ['B', 'New'], { moved: true }))).toBe('Section renamed and moved: “A › Old” → “B › New”');
    expect(describeSectionChange(sectionChange('moved', ['A', 'X'], ['B', 'X']))).toBe('Section moved: “A › X” → “B › X”');
    expect(describeSectionChange(sectionChange('matched', ['X'], ['X']))).toBe('Section matched: “X”');
  });

  it('cleans heading text', () => {
    expect(describeSectionChange(sectionChange('added', null, ['Bad\u202eheading']))).toBe('Section added: “Bad\\u202eheading”');
  });
});

describe('splitSpace', () => {
  it('splits a run into leading space, words and trailing space', () => {
    expect(splitSpace('  with their manager \n')).toEqual(['  ', 'with their manager', ' \n']);
    expect(splitSpace('word')).toEqual(['', 'word', '']);
  });

  it('gives all-space runs as leading space only, and the empty string as three empties', () => {
    expect(splitSpace('   ')).toEqual(['   ', '', '']);
    expect(splitSpace('')).toEqual(['', '', '']);
  });
});

describe('plural', () => {
  it('adds an s for every count but one', () => {
    expect(plural(0, 'change')).toBe('0 changes');
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(2, 'section')).toBe('2 sections');
  });
});

describe('whereText', () => {
  it('says the location once when both editions agree', () => {
    expect(whereText(change({ old: side({ line: 9 }), new: side({ line: 9 }) }))).toBe('line 9');
  });

  it('gives both when they differ, and one when a side is missing', () => {
    expect(whereText(change({ old: side({ line: 5 }), new: side({ line: 9 }) }))).toBe('was line 5, now line 9');
    expect(whereText(change({ kind: 'added', old: null, new: side({ line: 9 }) }))).toBe('now line 9');
    expect(whereText(change({ kind: 'removed', old: side({ line: 5 }), new: null }))).toBe('was line 5');
  });

  it('uses pages for paginated sources', () => {
    expect(whereText(change({ old: side({ page: 3 }), new: side({ page: 4 }) }))).toBe('was p. 3, now p. 4');
  });
});

describe('sidePieces', () => {
  const ops = (...xs: [Op['op'], string][]): Op[] => xs.map(([op, text]) => ({ op, text }));

  it('gives each side its unchanged and changed pieces', () => {
    const c = change({
      old: side({ text: 'The plan must be reviewed.' }),
      new: side({ text: 'The plan may be reviewed.' }),
      ops: ops(['equal', 'The plan '], ['delete', 'must'], ['insert', 'may'], ['equal', ' be reviewed.']),
    });
    expect(sidePieces(c, 'delete')).toEqual([
      { changed: false, text: 'The plan ' },
      { changed: true, text: 'must' },
      { changed: false, text: ' be reviewed.' },
    ]);
    expect(sidePieces(c, 'insert')).toEqual([
      { changed: false, text: 'The plan ' },
      { changed: true, text: 'may' },
      { changed: false, text: ' be reviewed.' },
    ]);
  });

  it('takes spaces from the side’s own text when the diff gave them to the other side', () => {
    // The space before "and" went to the deleted op; on the new side it still belongs before "and".
    const c = change({
      old: side({ text: 'stars or' }),
      new: side({ text: 'stars and' }),
      ops: ops(['equal', 'stars'], ['delete', ' or'], ['insert', 'and']),
    });
    expect(sidePieces(c, 'insert')).toEqual([
      { changed: false, text: 'stars' },
      { changed: true, text: ' and' },
    ]);
  });

  it('drops a space the ops have but the side does not', () => {
    const c = change({ new: side({ text: 'ab' }), ops: ops(['equal', 'a '], ['insert', 'b']) });
    expect(sidePieces(c, 'insert')).toEqual([
      { changed: false, text: 'a' },
      { changed: true, text: 'b' },
    ]);
  });

  it('keeps trailing space of the side as an unchanged piece', () => {
    const c = change({ new: side({ text: 'New words.  ' }), ops: ops(['insert', 'New words.']) });
    expect(sidePieces(c, 'insert')).toEqual([
      { changed: true, text: 'New words.' },
      { changed: false, text: '  ' },
    ]);
  });

  it('shows the text whole and unmarked when the ops do not spell it', () => {
    const c = change({ old: side({ text: 'Completely different.' }), ops: ops(['equal', 'Something '], ['delete', 'else']) });
    expect(sidePieces(c, 'delete')).toEqual([{ changed: false, text: 'Completely different.' }]);
    const short = change({ new: side({ text: 'The plan and more.' }), ops: ops(['equal', 'The plan']) });
    expect(sidePieces(short, 'insert')).toEqual([{ changed: false, text: 'The plan and more.' }]);
  });

  it('handles characters outside the BMP', () => {
    const c = change({ new: side({ text: 'a 😀 b' }), ops: ops(['equal', 'a '], ['insert', '😀'], ['equal', ' b']) });
    expect(sidePieces(c, 'insert')).toEqual([
      { changed: false, text: 'a ' },
      { changed: true, text: '😀' },
      { changed: false, text: ' b' },
    ]);
  });

  it('gives one empty unchanged piece for a side that is missing', () => {
    const c = change({ kind: 'added', old: null, new: side({ text: 'New.' }), ops: ops(['insert', 'New.']) });
    expect(sidePieces(c, 'delete')).toEqual([{ changed: false, text: '' }]);
  });

  it('always spells the side’s text exactly, whatever the ops', () => {
    const word = fc.constantFrom('a', 'b', 'plan', ' ', '  ', '\n', '.', 'é', '😀');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 8 }).map((w) => w.join('')),
        fc.array(fc.tuple(fc.constantFrom<Op['op']>('equal', 'delete', 'insert'), fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(''))), { maxLength: 6 }),
        (text, raw) => {
          const c = change({ new: side({ text }), ops: raw.map(([op, t]) => ({ op, text: t })) });
          const pieces = sidePieces(c, 'insert');
          expect(pieces.map((p) => p.text).join('')).toBe(text);
          expect(pieces.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
