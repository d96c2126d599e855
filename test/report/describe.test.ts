// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import type { Change, RoleEvent, Side } from '../../src/types.js';
import { movedFromSection, describeDuty, describeRoleEvent, describeTimescale, locator, primarySide, quoted, roleLines, sectionTitle } from '../../src/report/describe.js';
import { roleLabel } from '../../src/role-names.js';

const side = (over: Partial<Side> = {}): Side => ({ text: 'The plan should be agreed.', section: ['Assessment'], line: 3, column: 1, ...over });

function change(over: Partial<Change> = {}): Change {
  return { id: 'wt-0a', kind: 'changed', tags: ['wording'], roles: { removed: [], added: [] }, old: side(), new: side(), ops: [], roleEvents: [], ...over };
}

const event = (over: Partial<RoleEvent> = {}): RoleEvent => ({ role: 'manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager', ...over });

describe('roleLabel', () => {
  it('uses the built-in lexicon’s label for a known id, abbreviations included', () => {
    expect(roleLabel('iro')).toBe('Independent reviewing officer');
    expect(roleLabel('lado')).toBe('LADO');
    expect(roleLabel('parent-carer')).toBe('Parents and carers');
  });

  it('spells an unknown id in words, capitalised, hyphens as spaces', () => {
    expect(roleLabel('youth-offending-team')).toBe('Youth offending team');
    expect(roleLabel('x')).toBe('X');
  });

  it('gives the empty string for an empty id', () => {
    expect(roleLabel('')).toBe('');
  });
});

describe('describeRoleEvent', () => {
  it('says who was removed from which decision, with the lexicon label when the event has none', () => {
    expect(describeRoleEvent(event())).toBe('Manager removed from: agree the plan');
  });

  it('prefers the label the event carries (a user lexicon’s name)', () => {
    expect(describeRoleEvent(event({ role: 'manager', label: 'Team leader', change: 'added' }))).toBe('Team leader added to: agree the plan');
  });

  it('falls back to "the decision" when the decision has no words', () => {
    expect(describeRoleEvent(event({ decision: '' }))).toBe('Manager removed from the decision');
    expect(describeRoleEvent(event({ role: 'iro', change: 'added', decision: '' }))).toBe('Independent reviewing officer added to the decision');
  });
});

describe('describeDuty and describeTimescale', () => {
  it('describes a duty change with its direction and both modals, or nothing without one', () => {
    expect(describeDuty(change({ duty: { from: 'must', to: 'may', direction: 'weakened' } }))).toBe('Duty weakened: "must" → "may"');
    expect(describeDuty(change())).toBeNull();
  });

  it('lists timescales on each side, "none" for an empty side, or nothing without a change', () => {
    expect(describeTimescale(change({ timescale: { from: ['within 10 working days', 'annually'], to: [] } }))).toBe('Timescale: within 10 working days, annually → none');
    expect(describeTimescale(change({ timescale: { from: [], to: ['within 1 day'] } }))).toBe('Timescale: none → within 1 day');
    expect(describeTimescale(change())).toBeNull();
  });
});

describe('locator', () => {
  it('gives the line, or the page when the source was paginated (page 0 included)', () => {
    expect(locator(side({ line: 42 }))).toBe('line 42');
    expect(locator(side({ line: 42, page: 7 }))).toBe('p. 7');
    expect(locator(side({ page: 0 }))).toBe('p. 0');
  });

  it('gives the empty string for a missing side', () => {
    expect(locator(null)).toBe('');
  });
});

describe('sectionTitle', () => {
  it('joins the heading path with › and names the untitled start of a document', () => {
    expect(sectionTitle(['Chapter 1', 'Assessment', 'Timescales'])).toBe('Chapter 1 › Assessment › Timescales');
    expect(sectionTitle(['Only'])).toBe('Only');
    expect(sectionTitle([])).toBe('(before the first heading)');
  });
});

describe('primarySide', () => {
  it('is the new side, or the old side for a removed sentence', () => {
    const n = side({ line: 9 });
    const o = side({ line: 5 });
    expect(primarySide(change({ old: o, new: n }))).toBe(n);
    expect(primarySide(change({ kind: 'removed', old: o, new: null }))).toBe(o);
    expect(primarySide(change({ kind: 'added', old: null, new: n }))).toBe(n);
  });
});

describe('roleLines', () => {
  it('reads a removal and an addition in the same decision as one substitution line', () => {
    const lines = roleLines([
      event({ decision: 'talk through their concerns', trigger: 'a manager', slot: 'consulted' }),
      event({ role: 'colleague', label: 'Colleague', change: 'added', decision: 'talk through their concerns', trigger: 'colleagues', slot: 'consulted' }),
    ]);
    expect(lines).toEqual([{ text: 'Manager → Colleague: talk through their concerns', triggers: ['a manager', 'colleagues'], tag: 'role-substituted' }]);
    expect(quoted(lines[0]!.triggers)).toBe('“a manager” → “colleagues”');
  });

  it('keeps removals and additions in different decisions apart, in order', () => {
    const lines = roleLines([event(), event({ role: 'iro', change: 'added', decision: 'review the plan', trigger: 'the IRO' })]);
    expect(lines.map((l) => l.text)).toEqual(['Manager removed from: agree the plan', 'Independent reviewing officer added to: review the plan']);
    expect(lines.map((l) => l.triggers)).toEqual([['their manager'], ['the IRO']]);
    expect(lines.map((l) => l.tag)).toEqual(['role-removed', 'role-added']);
  });

  it('pairs each addition once: two removals and one addition in a decision give one substitution and one removal', () => {
    const lines = roleLines([event(), event({ role: 'team-leader', label: 'Team leader', trigger: 'team leader' }), event({ role: 'colleague', label: 'Colleague', change: 'added', trigger: 'colleagues' })]);
    expect(lines.map((l) => l.text)).toEqual(['Manager → Colleague: agree the plan', 'Team leader removed from: agree the plan']);
  });
});

describe('movedFromSection', () => {
  it('is the old section of a change moved from another section, else null', () => {
    expect(movedFromSection(change({ kind: 'moved', old: side({ section: ['Before'] }), new: side({ section: ['After'] }) }))).toEqual(['Before']);
    expect(movedFromSection(change({ kind: 'moved' }))).toBeNull();
    expect(movedFromSection(change({ old: side({ section: ['Before'] }) }))).toBeNull();
  });
});
