import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { evaluatePassages } from '../../src/eval/passages.js';
import { isEditorialOnly } from '../../src/diff/editorial.js';

// Passages below are written for these tests (fixtures, not guidance).
const events = (a: string, b: string) => compare(a, b).changes.flatMap((c) => c.roleEvents.map((e) => `${e.role} ${e.change}`)).sort();

describe('passages compared as passages', () => {
  it('a role moved into the next sentence of a rewrite keeps its say', () => {
    const old = '# Plans\n\nThe social worker and the team manager should agree the plan. The plan should be reviewed monthly.\n';
    const neu = '# Plans\n\nThe social worker should agree the plan. The team manager should also agree the plan before it is reviewed monthly.\n';
    expect(events(old, neu)).toEqual([]);
  });
  it('a role that goes from deciding with to being told has lost its say', () => {
    const old = '# Safety\n\nThe social worker must agree the safety plan with the practice supervisor.\n';
    const neu = '# Safety\n\nThe social worker must tell the practice supervisor about the safety plan.\n';
    expect(events(old, neu)).toEqual(['manager removed']);
  });
  it("a list lead-in's subject decides in each item; a new subject takes over", () => {
    const old = '# Duties\n\nThe team manager must:\n\n- agree the plan;\n- review the plan.\n';
    const neu = '# Duties\n\nThe team manager must:\n\n- agree the plan with the agreement of the IRO;\n- review the plan.\n';
    expect(events(old, neu)).toEqual(['iro added']);
    const swapped = '# Duties\n\nThe service manager must:\n\n- agree the plan;\n- review the plan.\n';
    expect(events(old, swapped)).toEqual([]);
    const other = '# Duties\n\nThe social worker must:\n\n- agree the plan;\n- review the plan.\n';
    expect(events(old, other)).toEqual(['manager removed', 'social-worker added']);
  });
  it('known renames are terminology: an institution renamed is no role change', () => {
    const old = '# Health\n\nThe clinical commissioning group must agree the budget.\n';
    const neu = '# Health\n\nThe integrated care board must agree the budget.\n';
    expect(events(old, neu)).toEqual(['ccg removed', 'icb added']);
    const renamed = compare(old, neu, { renames: [['clinical commissioning group', 'integrated care board']] });
    expect(renamed.changes.flatMap((c) => c.roleEvents)).toEqual([]);
  });
});

describe('evaluatePassages', () => {
  it('scores (role, change) events per passage against the annotation', () => {
    const r = evaluatePassages([
      { id: 'a', kind: 'edit', control: false, old: 'The social worker and the team manager must agree the plan.\n', new: 'The social worker must agree the plan.\n', expect: { events: [{ role: 'manager', change: 'removed' }] } },
      { id: 'b', kind: 'edit', control: true, old: 'The social worker must agree the plan.\n', new: 'The social worker must agree the plan with the IRO.\n', expect: { events: [] } },
      { id: 'c', kind: 'rewrite', control: false, old: 'The police must attend.\n', new: 'The police must attend.\n', expect: { events: [{ role: 'relevant-agencies', change: 'added' }] } },
    ]);
    expect([r.tp, r.fp, r.fn]).toEqual([1, 1, 1]);
    expect(r.controlsWithEvents).toBe(1);
    expect(r.failures.map((f) => f.id)).toEqual(['b', 'c']);
    expect(r.failures[1]!.missed).toEqual(['agency added']);
  });
});

describe('editorial differences', () => {
  it('a compound written open or hyphenated, and a corrected typing slip, are editorial', () => {
    expect(isEditorialOnly('Meet face to face.', 'Meet face-to-face.')).toBe(true);
    expect(isEditorialOnly('Their manger should agree.', 'Their manager should agree.')).toBe(true);
    expect(isEditorialOnly('The manager should agree.', 'The managers should agree.')).toBe(false);
    expect(isEditorialOnly('Meet face to face.', 'Meet face to faces.')).toBe(false);
  });
});

describe('passages: pronouns, recast duties and takeovers (rules read from real text, issue 13)', () => {
  it('a duty moved into "They …" keeps its bearer', () => {
    const before = 'Employers have a duty of care. Employers should ensure that support is given.';
    const after = 'Employers have a duty of care. They should ensure that support is given.';
    expect(events(before, after)).toEqual([]);
  });

  it('"the post holder" stands for the role named last, not the one who appointed it', () => {
    const before = 'The headteacher should appoint a designated safeguarding lead. The designated safeguarding lead should take lead responsibility for safeguarding.';
    const after = 'The headteacher should appoint a designated safeguarding lead; the post holder should take lead responsibility for safeguarding.';
    expect(events(before, after)).toEqual([]);
  });

  it('a role that takes over a decision another held in the passage removes it from that decision', () => {
    const before = 'A lead practitioner should undertake the assessment, provide help and co-ordinate support.';
    const after = 'The assessment should be undertaken by a social worker. A lead practitioner should provide help and co-ordinate support.';
    expect(events(before, after)).toEqual(['practitioner removed', 'social-worker added']);
  });

  it('within a passage the same verb is the same decision, however its object is recast', () => {
    const before = 'The governing body should appoint a senior member of staff, from the leadership team, to the role of designated safeguarding lead.';
    const after = 'The governing body should appoint the designated safeguarding lead.';
    expect(events(before, after)).toEqual([]);
  });
});
