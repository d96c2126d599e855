// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import type { Change, CheckResult, Side } from '../../src/types.js';
import { TAGS } from '../../src/tags.js';
import { changeMessage, changeSeverity, headline, primaryTag, shownChanges, tagSeverity } from '../../src/report/check-common.js';

const side = (text: string, line = 3): Side => ({ text, section: ['Assessment'], line, column: 1 });

function change(over: Partial<Change> = {}): Change {
  return {
    id: 'wt-00aa11',
    kind: 'changed',
    tags: ['wording'],
    roles: { removed: [], added: [] },
    old: side('The plan should be agreed with the manager.'),
    new: side('The plan should be agreed.'),
    ops: [],
    roleEvents: [],
    ...over,
  };
}

function result(failOn: string[]): CheckResult {
  return { base: 'main', failOn, files: [], failing: [], summary: { files: 0, changes: 0, failing: 0, accepted: 0 }, passed: true };
}

describe('tagSeverity', () => {
  it('is an error for a --fail-on tag, whatever the tag', () => {
    expect(tagSeverity('role-removed', ['role-removed'])).toBe('error');
    expect(tagSeverity('wording', ['role-removed', 'wording'])).toBe('error');
  });

  it('is a warning for other role, duty and timescale tags', () => {
    expect(tagSeverity('role-added', ['role-removed'])).toBe('warning');
    expect(tagSeverity('duty-weakened', [])).toBe('warning');
    expect(tagSeverity('timescale-changed', [])).toBe('warning');
  });

  it('is a notice for everything else, including tags that only look similar', () => {
    for (const t of ['wording', 'editorial', 'terminology', 'moved', 'added', 'removed', 'roles-x', 'xrole-removed', 'role']) {
      expect(tagSeverity(t, ['role-removed'])).toBe('notice');
    }
  });
});

describe('changeSeverity', () => {
  it('is the most severe of the change’s tags, whatever their order', () => {
    expect(changeSeverity(change({ tags: ['wording', 'duty-weakened'] }), ['role-removed'])).toBe('warning');
    expect(changeSeverity(change({ tags: ['duty-weakened', 'wording', 'role-removed'] }), ['role-removed'])).toBe('error');
    expect(changeSeverity(change({ tags: ['editorial'] }), ['role-removed'])).toBe('notice');
  });

  it('is a notice for a change without tags', () => {
    expect(changeSeverity(change({ tags: [] }), ['role-removed'])).toBe('notice');
  });
});

describe('primaryTag', () => {
  it('files a change under its most severe tag', () => {
    expect(primaryTag(change({ tags: ['wording', 'duty-weakened'] }), ['role-removed'])).toBe('duty-weakened');
    expect(primaryTag(change({ tags: ['duty-weakened', 'wording'] }), ['wording'])).toBe('wording');
  });

  it('breaks a tie of severity by the fixed tag order, not the order given', () => {
    // role-added comes before duty-weakened in tags.ts; both are warnings here.
    expect(primaryTag(change({ tags: ['timescale-changed', 'duty-weakened', 'role-added'] }), ['role-removed'])).toBe('role-added');
    expect(primaryTag(change({ tags: ['moved', 'wording'] }), [])).toBe('wording');
  });

  it('keeps an unknown tag when it is the only one, and says "wording" for no tags at all', () => {
    expect(primaryTag(change({ tags: ['custom-tag'] }), [])).toBe('custom-tag');
    expect(primaryTag(change({ tags: [] }), [])).toBe('wording');
  });
});

describe('shownChanges', () => {
  const roleChange = change({ id: 'wt-1', tags: ['role-removed', 'wording'] });
  const editorialOnly = change({ id: 'wt-2', tags: ['editorial'] });
  const terminologyOnly = change({ id: 'wt-3', tags: ['terminology'] });

  it('hides editorial-only and terminology-only changes by default', () => {
    expect(shownChanges([roleChange, editorialOnly, terminologyOnly], result(['role-removed']), false).map((c) => c.id)).toEqual(['wt-1']);
  });

  it('shows everything with --all, in the order given', () => {
    expect(shownChanges([terminologyOnly, roleChange, editorialOnly], result(['role-removed']), true).map((c) => c.id)).toEqual(['wt-3', 'wt-1', 'wt-2']);
  });

  it('always shows a change that fails the check, even an editorial-only one', () => {
    expect(shownChanges([roleChange, editorialOnly, terminologyOnly], result(['editorial']), false).map((c) => c.id)).toEqual(['wt-1', 'wt-2']);
  });

  it('does not force an accepted failing change into view', () => {
    const accepted = change({ id: 'wt-4', tags: ['editorial'], accepted: true });
    expect(shownChanges([accepted], result(['editorial']), false)).toEqual([]);
  });

  it('gives an empty list for no changes', () => {
    expect(shownChanges([], result(['role-removed']), false)).toEqual([]);
  });
});

describe('headline', () => {
  it('joins role events, the duty change and the timescale change with "; "', () => {
    const c = change({
      tags: ['role-removed', 'duty-weakened', 'timescale-changed'],
      roleEvents: [
        { role: 'manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager' },
        { role: 'police', label: 'Police', change: 'added', slot: 'bearer', decision: '', trigger: 'the police' },
      ],
      duty: { from: 'must', to: 'should', direction: 'weakened' },
      timescale: { from: ['within 10 working days'], to: ['within 20 working days'] },
    });
    expect(headline(c)).toBe(
      'Manager removed from: agree the plan; Police added to the decision; Duty weakened: "must" → "should"; Timescale: within 10 working days → within 20 working days',
    );
  });

  it('falls back to the help text of the first tag in tag order', () => {
    expect(headline(change({ tags: ['wording', 'moved'] }))).toBe(TAGS.wording);
    expect(headline(change({ tags: ['added'] }))).toBe('A sentence that is new.');
  });

  it('says "Changed wording." for an unknown tag or no tags', () => {
    expect(headline(change({ tags: ['custom-tag'] }))).toBe('Changed wording.');
    expect(headline(change({ tags: [] }))).toBe('Changed wording.');
  });
});

describe('changeMessage', () => {
  it('gives the headline, the old and new sentences and the change id', () => {
    expect(changeMessage(change())).toBe(
      [TAGS.wording, '- The plan should be agreed with the manager.', '+ The plan should be agreed.', 'Change id: wt-00aa11'].join('\n'),
    );
  });

  it('leaves out the side a removed or added sentence does not have', () => {
    expect(changeMessage(change({ kind: 'removed', tags: ['removed'], new: null }))).toBe([TAGS.removed, '- The plan should be agreed with the manager.', 'Change id: wt-00aa11'].join('\n'));
    expect(changeMessage(change({ kind: 'added', tags: ['added'], old: null }))).toBe([TAGS.added, '+ The plan should be agreed.', 'Change id: wt-00aa11'].join('\n'));
  });

  it('says an accepted change is accepted, with its reason when there is one', () => {
    expect(changeMessage(change({ accepted: true, acceptedReason: 'Reviewed by the team' })).split('\n').at(-1)).toBe('Accepted: Reviewed by the team (wt-00aa11)');
    expect(changeMessage(change({ accepted: true })).split('\n').at(-1)).toBe('Accepted (wt-00aa11)');
  });
});
