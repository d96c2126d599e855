// Document text in this file is test fixture text, not guidance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, Comparison, Op, SectionChange, Side } from '../../src/types.js';
import { compare } from '../../src/pipeline/compare.js';
import { summarise } from '../../src/summary.js';
import {
  clean, describeSectionChange, groupBySection, paragraphName, plural, sectionPathOf, sectionPaths, sidePieces, splitSpace, whereText,
} from '../../src/report/group.js';
import { render } from '../support/report.js';

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

describe('sectionPathOf: the one section a change is listed under, in every report', () => {
  const removedFrom = (path: string[], id = 'wt-r') => change({ id, kind: 'removed', tags: ['removed'], new: null, old: side({ section: path }) });

  it('is the new side’s section for any change with one', () => {
    const c = change({ old: side({ section: ['Old'] }), new: side({ section: ['New'] }) });
    expect(sectionPathOf(comparison([c]), c)).toEqual(['New']);
    const added = change({ kind: 'added', old: null, new: side({ section: ['New'] }) });
    expect(sectionPathOf(comparison([added], [sectionChange('renamed', ['New'], ['Other'])]), added)).toEqual(['New']);
  });

  it('puts a sentence removed from a section matched, renamed or moved under the section’s new path', () => {
    const sections = [
      sectionChange('renamed', ['Part 1', 'Early help assessment'], ['Part 1', 'Assessing early help'], { renamed: true }),
      sectionChange('moved', ['Part 1', 'Reviews'], ['Part 2', 'Reviews'], { moved: true }),
      sectionChange('matched', ['3. Plans'], ['4. Plans']),
    ];
    const cmp = comparison([], sections);
    expect(sectionPathOf(cmp, removedFrom(['Part 1', 'Early help assessment']))).toEqual(['Part 1', 'Assessing early help']);
    expect(sectionPathOf(cmp, removedFrom(['Part 1', 'Reviews']))).toEqual(['Part 2', 'Reviews']);
    expect(sectionPathOf(cmp, removedFrom(['3. Plans']))).toEqual(['4. Plans']);
  });

  it('puts a sentence removed from a merged section under the section it was merged into, and one from a removed section under its old path', () => {
    const cmp = comparison([], [sectionChange('merged', ['Beta'], ['Alpha']), sectionChange('removed', ['Annex'], null)]);
    expect(sectionPathOf(cmp, removedFrom(['Beta']))).toEqual(['Alpha']);
    expect(sectionPathOf(cmp, removedFrom(['Annex']))).toEqual(['Annex']);
    expect(sectionPathOf(cmp, removedFrom(['Nowhere listed']))).toEqual(['Nowhere listed']);
  });

  it('reads a counterpart from a split (the new section its source was matched to) and from a merge (the old section matched to its target)', () => {
    const cmp = comparison([], [
      sectionChange('split', ['1. Both'], ['One'], { related: [['2. Both']] }),
      sectionChange('merged', ['Gamma'], ['Delta'], { related: [['Old delta']] }),
    ]);
    expect(sectionPathOf(cmp, removedFrom(['1. Both']))).toEqual(['2. Both']);
    expect(sectionPathOf(cmp, removedFrom(['Old delta']))).toEqual(['Delta']);
    expect(sectionPathOf(cmp, removedFrom(['Gamma']))).toEqual(['Delta']);
  });

  it('prefers a section’s own counterpart (renamed, moved, matched) to what a split or merge says of it', () => {
    const cmp = comparison([], [
      sectionChange('split', ['Both'], ['One'], { related: [['Wrong']] }),
      sectionChange('renamed', ['Both'], ['Right'], { renamed: true }),
    ]);
    expect(sectionPathOf(cmp, removedFrom(['Both']))).toEqual(['Right']);
  });

  it('for a section matched as it stood but not listed, follows its unmoved sentence pairs to the section with the same heading but for numbering', () => {
    const pair = (id: string, from: string[], to: string[], over: Partial<Change> = {}) => change({ id, old: side({ section: from }), new: side({ section: to }), ...over });
    const changes = [
      pair('wt-1', ['Guide', '2. Early help'], ['Guide', '3. Early help']),
      pair('wt-2', ['Guide', '2. Early help'], ['Guide', '3. Early help']),
      // A sentence moved elsewhere, and one into a differently headed (split-off) section, do not count.
      pair('wt-3', ['Guide', '2. Early help'], ['Guide', 'Annex'], { kind: 'moved' }),
      pair('wt-4', ['Guide', '2. Early help'], ['Guide', 'Thresholds']),
    ];
    const removed = removedFrom(['Guide', '2. Early help']);
    const cmp = comparison([...changes, removed]);
    expect(sectionPathOf(cmp, removed)).toEqual(['Guide', '3. Early help']);
    const place = sectionPaths(cmp);
    expect(place(removedFrom(['Guide', 'Unpaired']))).toEqual(['Guide', 'Unpaired']);
    // The path is a copy.
    place(removed).push('x');
    expect(place(removed)).toEqual(['Guide', '3. Early help']);
  });

  it('on real comparisons: a renumbered section, a section whose parent was renamed, and a merged one are each one group', () => {
    const para = (...xs: string[]) => xs.join('\n\n');
    const renumbered = compare(
      para('# Guide', '## 1. Intro', 'Opening words stay the same here.', '## 2. Early help', 'Every practitioner should identify children who need early help.', 'The local authority must publish its threshold document each year.', 'Assessments should be completed within forty-five working days of referral.'),
      para('# Guide', '## 1. Intro', 'Opening words stay the same here.', '## 1A. New bit', 'Something entirely new about different matters altogether.', '## 3. Early help', 'Every practitioner should identify children who need early help.', 'Assessments should be completed within thirty-five working days of referral.'),
    );
    const parent = compare(
      para('# Guide', '## Part one', '### Early help', 'Every practitioner should identify children who need early help.', 'The local authority must publish its threshold document each year.', 'Assessments should be completed within forty-five working days of referral.'),
      para('# Guide', '## Chapter first', '### Early help', 'Every practitioner should identify children who need early help.', 'Assessments should be completed within thirty-five working days of referral.'),
    );
    const merged = compare(
      para('# Guide', '## Alpha', 'Alpha one sentence stays here and is long enough.', '## Beta', 'Beta sentence one is moving into alpha now.', 'Beta sentence two will be removed entirely from it.', 'Beta sentence three is also moving into alpha.'),
      para('# Guide', '## Alpha', 'Alpha one sentence stays here and is long enough.', 'Beta sentence one is moving into alpha now.', 'Beta sentence three is also moving into alpha today.'),
    );
    const titles = (cmp: Comparison) => groupBySection(cmp, cmp.changes).map((g) => [g.title, g.changes.map((c) => c.kind)]);
    // Matched sections are not listed in the comparison: these two come from the sentence pairs.
    expect(renumbered.sections.map((s) => s.kind)).toEqual(['added']);
    expect(titles(renumbered)).toEqual([['Guide › 1A. New bit', ['added']], ['Guide › 3. Early help', ['removed', 'changed']]]);
    expect(titles(parent)).toEqual([['Guide › Chapter first › Early help', ['removed', 'changed']]]);
    expect(merged.sections.map((s) => s.kind)).toEqual(['merged']);
    expect(titles(merged)).toEqual([['Guide › Alpha', ['removed', 'changed']]]);
    // And the terminal agrees.
    expect(render('terminal', renumbered, true).split('\n').filter((l) => l.startsWith('§'))).toEqual(['§ Guide › 1A. New bit', '§ Guide › 3. Early help']);
  });
});

describe('groupBySection: one group per section', () => {
  it('puts a sentence removed from a renamed section in the section’s group, where it stood, and notes the old path once', () => {
    const renamed = sectionChange('renamed', ['Early help assessment'], ['Assessing early help'], { renamed: true });
    const a = change({ id: 'wt-1', old: side({ section: ['Early help assessment'] }), new: side({ section: ['Assessing early help'] }) });
    const r = change({ id: 'wt-2', kind: 'removed', tags: ['removed'], new: null, old: side({ section: ['Early help assessment'] }) });
    const b = change({ id: 'wt-3', old: side({ section: ['Early help assessment'] }), new: side({ section: ['Assessing early help'] }) });
    const groups = groupBySection(comparison([a, r, b], [renamed]), [a, r, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.path).toEqual(['Assessing early help']);
    expect(groups[0]!.changes.map((c) => c.id)).toEqual(['wt-1', 'wt-2', 'wt-3']);
    expect(groups[0]!.sectionChange).toBe(renamed);
    expect(groups[0]!.oldPath).toEqual(['Early help assessment']);
  });

  it('notes an old path only for a section renamed or moved to a different path', () => {
    const at = (p: string[], id: string) => change({ id, new: side({ section: p }) });
    const cs = [at(['Plans'], 'wt-1'), at(['B', 'X'], 'wt-2'), at(['Alpha'], 'wt-3'), at(['Reviews'], 'wt-4')];
    const groups = groupBySection(comparison(cs, [
      sectionChange('moved', ['Plans'], ['Plans'], { moved: true }),
      sectionChange('moved', ['A', 'X'], ['B', 'X'], { moved: true }),
      sectionChange('merged', ['Beta'], ['Alpha']),
    ]), cs);
    expect(groups.map((g) => g.oldPath ?? null)).toEqual([null, ['A', 'X'], null, null]);
    expect(groups.map((g) => g.sectionChange?.kind ?? null)).toEqual(['moved', 'moved', 'merged', null]);
  });
});

describe('paragraphName', () => {
  it('names the paragraph from its label without the trailing dot, both numbers when it was renumbered', () => {
    expect(paragraphName(change({ old: side({ paragraph: '41.' }), new: side({ paragraph: '42.' }) }))).toBe('Paragraph 41 → 42');
    expect(paragraphName(change({ old: side({ paragraph: '42.' }), new: side({ paragraph: '42' }) }))).toBe('Paragraph 42');
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

  it("in the terminal's style: straight quotes, lower case, a moved section by where it came from", () => {
    const terminal = { straight: true, lowerCase: true, movedFromOnly: true };
    expect(describeSectionChange(sectionChange('moved', ['A', 'X'], ['B', 'X']), terminal)).toBe('section moved: "A › X"');
    expect(describeSectionChange(sectionChange('renamed', ['Old'], ['New']), terminal)).toBe('section renamed: "Old" → "New"');
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
