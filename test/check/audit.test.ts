// The audit of accepted-changes entries: stale ids and missing reasons, and the lines stderr gets.
import { describe, expect, it } from 'vitest';
import { auditAccepted, auditLines, auditProblems, mergeAudits, strictLine } from '../../src/check/audit.js';
import { change, file } from '../support/results.js';

const files = [file('a.md', [change({ id: 'wt-a1' }), change({ id: 'wt-a2' })]), file('b.md', [change({ id: 'wt-b1' })])];

describe('auditAccepted', () => {
  it('lists ids that match no change as stale, and ids with a missing or blank reason', () => {
    const audit = auditAccepted(
      [
        { id: 'wt-a1', reason: 'Fixture: agreed in review' },
        { id: 'wt-a2', reason: '' },
        { id: 'wt-b1' },
        { id: 'wt-0ld', reason: 'Fixture: merged last month' },
        { id: 'wt-0ld2', reason: ' \t\n' },
      ],
      files,
    );
    expect(audit).toEqual({ stale: ['wt-0ld', 'wt-0ld2'], withoutReason: ['wt-a2', 'wt-b1', 'wt-0ld2'] });
  });

  it('counts an id listed twice once, with its last reason', () => {
    expect(auditAccepted([{ id: 'wt-a1' }, { id: 'wt-a1', reason: 'Fixture reason' }], files)).toEqual({ stale: [], withoutReason: [] });
    expect(auditAccepted([{ id: 'wt-a1', reason: 'Fixture reason' }, { id: 'wt-a1', reason: '' }], files)).toEqual({ stale: [], withoutReason: ['wt-a1'] });
    expect(auditAccepted([{ id: 'wt-99' }, { id: 'wt-99', reason: 'x' }], files).stale).toEqual(['wt-99']);
  });

  it('finds nothing in an empty list, and calls every entry stale when nothing changed', () => {
    expect(auditAccepted([], files)).toEqual({ stale: [], withoutReason: [] });
    expect(auditAccepted([{ id: 'wt-a1', reason: 'r' }], [])).toEqual({ stale: ['wt-a1'], withoutReason: [] });
  });
});

describe('mergeAudits and auditProblems', () => {
  it('unites two audits, each id once, in order, and counts the problems', () => {
    const merged = mergeAudits({ stale: ['wt-1', 'wt-2'], withoutReason: ['wt-3'] }, { stale: ['wt-2', 'wt-4'], withoutReason: [] });
    expect(merged).toEqual({ stale: ['wt-1', 'wt-2', 'wt-4'], withoutReason: ['wt-3'] });
    expect(auditProblems(merged)).toBe(4);
    expect(auditProblems({ stale: [], withoutReason: [] })).toBe(0);
  });
});

describe('auditLines and strictLine', () => {
  it('gives one line per entry, naming the file and the id: warnings, or errors under --strict-accepted', () => {
    const audit = { stale: ['wt-0ld'], withoutReason: ['wt-a2', 'wt-b1'] };
    expect(auditLines('.wtdiff-accepted.json', audit, 'origin/main', false)).toEqual([
      'wtdiff: warning: .wtdiff-accepted.json: wt-a2 has no reason; write down why the change was accepted',
      'wtdiff: warning: .wtdiff-accepted.json: wt-b1 has no reason; write down why the change was accepted',
      'wtdiff: warning: .wtdiff-accepted.json: wt-0ld is stale: no change against origin/main has this id (merged, or edited again); remove the entry',
    ]);
    expect(auditLines('review/ok.json', audit, 'main', true).every((l) => l.startsWith('wtdiff: error: review/ok.json: wt-'))).toBe(true);
    expect(auditLines('x.json', { stale: [], withoutReason: [] }, 'main', true)).toEqual([]);
    expect(strictLine(audit)).toBe('wtdiff: --strict-accepted: 2 accepted entries without a reason, 1 stale; exit status 2');
    expect(strictLine({ stale: [], withoutReason: ['wt-1'] })).toBe('wtdiff: --strict-accepted: 1 accepted entry without a reason, 0 stale; exit status 2');
  });

  it('keeps a file name or ref with controls on its one line', () => {
    const lines = auditLines('acc\n\u001b[31m.json', { stale: ['wt-1'], withoutReason: [] }, 'ma\u001bin', false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u001f]/);
  });
});
