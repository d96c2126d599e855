// Which changes a report shows, and the sentence that says how many of how many (issue 15, items 4
// and 5). Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { shownChanges, shownSentence, tagCountsSentence } from '../../src/report/types.js';
import { filterTags } from '../../src/cli/compare.js';
import { change, comparison } from '../support/results.js';

const cmp = comparison([
  change({ id: 'wt-1', tags: ['editorial'] }),
  change({ id: 'wt-2', tags: ['terminology', 'editorial'] }),
  change({ id: 'wt-3', tags: ['terminology', 'role-removed'] }),
  change({ id: 'wt-4', tags: ['wording'] }),
]);

describe('shownChanges', () => {
  it('drops editorial-only and terminology-only changes unless all are asked for', () => {
    expect(shownChanges(cmp, false).map((c) => c.id)).toEqual(['wt-3', 'wt-4']);
    expect(shownChanges(cmp, true).map((c) => c.id)).toEqual(['wt-1', 'wt-2', 'wt-3', 'wt-4']);
  });

  it('shows every change a tag filter kept: --only terminology shows terminology-only changes', () => {
    expect(shownChanges(filterTags(cmp, ['terminology']), false).map((c) => c.id)).toEqual(['wt-2', 'wt-3']);
    expect(shownChanges(filterTags(cmp, ['editorial']), false).map((c) => c.id)).toEqual(['wt-1', 'wt-2']);
  });
});

describe('shownSentence', () => {
  it('says the filter and the totals', () => {
    const only = filterTags(cmp, ['role-removed']);
    expect(shownSentence(only, shownChanges(only, false).length)).toBe('1 of 4 changes shown: role-removed only.');
    const none = filterTags(cmp, ['duty-weakened']);
    expect(shownSentence(none, 0)).toBe('0 of 4 changes shown: duty-weakened only.');
    expect(shownSentence(filterTags(cmp, ['role-removed', 'wording']), 2)).toBe('2 of 4 changes shown: role-removed, wording only.');
  });

  it('says how many were left out by default, with the flag only where asked (the terminal)', () => {
    expect(shownSentence(cmp, 2)).toBe('2 of 4 changes shown: 2 editorial-only or terminology-only changes left out.');
    expect(shownSentence(cmp, 2, true)).toBe('2 of 4 changes shown: 2 editorial-only or terminology-only changes left out (--all shows them).');
    expect(shownSentence(cmp, 4)).toBe('4 changes found.');
    expect(shownSentence(comparison([change()]), 1)).toBe('1 change found.');
  });
});

describe('tagCountsSentence', () => {
  it('says that it counts changes per tag, most frequent first', () => {
    expect(tagCountsSentence(cmp)).toBe('Changes per tag (a change can have several): 2 editorial, 2 terminology, 1 role-removed, 1 wording');
    expect(tagCountsSentence(comparison([]))).toBe('');
  });
});
