// Document text in this file is test fixture text, not guidance.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Change, Comparison, Op, SectionChange, Side, TerminologyRename } from '../../src/types.js';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { summarise } from '../../src/summary.js';
import { parseDocument } from '../../src/parse/document.js';
import { renderTerminal } from '../../src/report/terminal.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

const side = (text: string, line: number, over: Partial<Side> = {}): Side => ({ text, section: ['Assessment'], line, column: 1, ...over });
const ops = (...xs: [Op['op'], string][]): Op[] => xs.map(([op, text]) => ({ op, text }));

function change(over: Partial<Change> = {}): Change {
  return { id: 'wt-0a', kind: 'changed', tags: ['wording'], roles: { removed: [], added: [] }, old: side('Old.', 3), new: side('New.', 3), ops: ops(['delete', 'Old.'], ['insert', 'New.']), roleEvents: [], ...over };
}

function comparison(changes: Change[], extra: { sections?: SectionChange[]; terminology?: TerminologyRename[]; oldPath?: string; newPath?: string } = {}): Comparison {
  const doc = (label: string, path: string | undefined) => ({ label, title: 'T', sections: 1, blocks: 1, ...(path !== undefined ? { path } : {}) });
  return {
    schemaVersion: '1.1.0',
    documents: { old: doc('old label', extra.oldPath), new: doc('new label', extra.newPath) },
    sections: extra.sections ?? [],
    terminology: extra.terminology ?? [],
    changes,
    summary: summarise(changes),
  };
}

const lines = (cmp: Comparison, all = false, chalk = plain) => renderTerminal(cmp, { all, chalk }).split('\n');

const roleRemoved = change({
  id: 'wt-01',
  tags: ['role-removed', 'wording'],
  old: side('The social worker should agree the plan with their manager.', 3, { paragraph: '1.' }),
  new: side('The social worker should agree the plan.', 3, { paragraph: '1.' }),
  ops: ops(['equal', 'The social worker should agree the plan'], ['delete', ' with their manager'], ['equal', '.']),
  roleEvents: [{ role: 'manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager', label: 'Manager' }],
});
const dutyAndTime = change({
  id: 'wt-02',
  tags: ['duty-weakened', 'timescale-changed', 'wording'],
  old: side('The plan must be reviewed within 10 working days.', 5, { paragraph: '2.' }),
  new: side('The plan may be reviewed within 20 working days.', 6, { paragraph: '2.' }),
  ops: ops(['equal', 'The plan '], ['delete', 'must'], ['insert', 'may'], ['equal', ' be reviewed within '], ['delete', '10'], ['insert', '20'], ['equal', ' working days.']),
  duty: { from: 'must', to: 'may', direction: 'weakened' },
  timescale: { from: ['within 10 working days'], to: ['within 20 working days'] },
});
const added = change({
  id: 'wt-03',
  kind: 'added',
  tags: ['role-added', 'added'],
  old: null,
  new: side('The police should attend.', 9),
  ops: ops(['insert', 'The police should attend.']),
  roleEvents: [{ role: 'police', change: 'added', slot: 'bearer', decision: 'attend', trigger: 'The police' }],
});

describe('renderTerminal without colour', () => {
  it('prints the header, each section once, each change with its location, tags, role, duty and timescale lines and both sides marked as in git’s word diff', () => {
    const cmp = comparison([roleRemoved, dutyAndTime, added], { oldPath: 'old.md', newPath: 'new.md' });
    expect(renderTerminal(cmp, { all: false, chalk: plain })).toBe(
      [
        'wtdiff: old.md → new.md',
        '',
        '§ Assessment',
        '  ¶ 1.  old line 3 → new line 3  [role-removed, wording]',
        '    Manager removed from: agree the plan  ("their manager")',
        '    - The social worker should agree the plan[- with their manager-].',
        '    + The social worker should agree the plan.',
        '  ¶ 2.  old line 5 → new line 6  [duty-weakened, timescale-changed, wording]',
        '    Duty weakened: "must" → "may"',
        '    Timescale: within 10 working days → within 20 working days',
        '    - The plan [-must-] be reviewed within [-10-] working days.',
        '    + The plan {+may+} be reviewed within {+20+} working days.',
        '  new line 9  [role-added, added]',
        '    Police added to: attend  ("The police")',
        '    + {+The police should attend.+}',
        '',
        '3 changes found.',
        'Changes per tag (a change can have several): 2 wording, 1 role-removed, 1 duty-weakened, 1 timescale-changed, 1 role-added, 1 added',
        '',
      ].join('\n'),
    );
  });

  it('names the documents by label when they have no path', () => {
    expect(lines(comparison([]))[0]).toBe('wtdiff: old label → new label');
  });

  it('prints each section’s heading once, with all its changes, when the changes come back to it after another section (as --stat, markdown and HTML group them)', () => {
    const a = change({ id: 'wt-1', new: side('A.', 1, { section: ['One'] }), ops: ops(['insert', 'A.']) });
    const b = change({ id: 'wt-2', new: side('B.', 2, { section: ['Two'] }), ops: ops(['insert', 'B.']) });
    const c = change({ id: 'wt-3', new: side('C.', 3, { section: ['One'] }), ops: ops(['insert', 'C.']) });
    const d = change({ id: 'wt-4', new: side('D.', 4, { section: [] }), ops: ops(['insert', 'D.']) });
    const out = lines(comparison([a, b, c, d]));
    expect(out.filter((l) => l.startsWith('§'))).toEqual(['§ One', '§ Two', '§ (before the first heading)']);
    expect(out.filter((l) => l.startsWith('§') || l.startsWith('    +'))).toEqual([
      '§ One', '    + {+A.+}', '    + {+C.+}', '§ Two', '    + {+B.+}', '§ (before the first heading)', '    + {+D.+}',
    ]);
  });

  it('says where a moved sentence came from when it left its section, and not when it moved within one', () => {
    const across = change({ kind: 'moved', tags: ['moved'], old: side('X.', 2, { section: ['Part 1', 'Plans'] }), new: side('X.', 20, { section: ['Part 2'] }), ops: ops(['equal', 'X.']) });
    const within = change({ kind: 'moved', tags: ['moved'], old: side('Y.', 2), new: side('Y.', 8), ops: ops(['equal', 'Y.']) });
    const out = lines(comparison([across, within]));
    expect(out).toContain('  old line 2 → new line 20  [moved]  (moved from § Part 1 › Plans)');
    expect(out).toContain('  old line 2 → new line 8  [moved]');
  });

  it('marks an accepted change', () => {
    expect(lines(comparison([change({ accepted: true })]))).toContain('  old line 3 → new line 3  [wording] (accepted)');
  });

  it('gives pages for paginated sources', () => {
    expect(lines(comparison([change({ old: side('Old.', 3, { page: 2 }), new: side('New.', 4, { page: 3 }) })]))).toContain('  old p. 2 → new p. 3  [wording]');
  });

  it('shows the terminology behind a change, and its editorial differences only when there is more to it than editorial', () => {
    const both = change({ tags: ['terminology', 'editorial'], terminology: ['professional → practitioner'], editorial: ['judgement → judgment'] });
    const editorialOnly = change({ id: 'wt-2', tags: ['editorial'], editorial: ['organisation → organization'] });
    const out = lines(comparison([both, editorialOnly]), true);
    expect(out).toContain('    Terminology: professional → practitioner');
    expect(out).toContain('    Editorial: judgement → judgment');
    expect(out.filter((l) => l.includes('organisation'))).toEqual([]);
  });

  it('hides editorial-only and terminology-only changes by default and says how many', () => {
    const cmp = comparison([change({ id: 'wt-1', tags: ['editorial'] }), change({ id: 'wt-2', tags: ['terminology'] }), change({ id: 'wt-3' })]);
    const out = lines(cmp);
    expect(out.filter((l) => l.startsWith('  old line'))).toHaveLength(1);
    expect(out.at(-3)).toBe('1 of 3 changes shown: 2 editorial-only or terminology-only changes left out (--all shows them).');
    expect(out.at(-2)).toBe('Changes per tag (a change can have several): 1 editorial, 1 terminology, 1 wording');
    expect(lines(comparison([change({ tags: ['editorial'] })])).at(-3)).toBe('0 of 1 change shown: 1 editorial-only or terminology-only change left out (--all shows them).');
  });

  it('shows them all with --all and then says nothing is hidden', () => {
    const out = lines(comparison([change({ id: 'wt-1', tags: ['editorial'] }), change({ id: 'wt-2', tags: ['terminology'] })]), true);
    expect(out.filter((l) => l.startsWith('  old line'))).toHaveLength(2);
    expect(out.filter((l) => l.includes('hidden'))).toEqual([]);
  });

  it('summarises section changes (not matched ones) and document-wide renames before the counts', () => {
    const sec = (kind: SectionChange['kind'], o: string[] | null, n: string[] | null, moved?: boolean): SectionChange => ({
      kind, old: o ? { path: o, line: 1 } : null, new: n ? { path: n, line: 1 } : null, ...(moved !== undefined ? { moved } : {}),
    });
    const cmp = comparison([], {
      sections: [
        sec('matched', ['Same'], ['Same']),
        sec('added', null, ['A', 'New']),
        sec('removed', ['Gone'], null),
        sec('split', ['Both'], ['One']),
        sec('merged', ['One'], ['Both']),
        sec('renamed', ['Old'], ['New'], false),
        sec('renamed', ['Old 2'], ['New 2'], true),
      ],
      terminology: [{ from: 'professional', to: 'practitioner', count: 3 }],
    });
    expect(lines(cmp).slice(2, -1)).toEqual([
      'section added: "A › New"',
      'section removed: "Gone"',
      'section split: "Both" → "One"',
      'section merged: "One" → "Both"',
      'section renamed: "Old" → "New"',
      'section renamed and moved: "Old 2" → "New 2"',
      'terminology: "professional" → "practitioner" (3 changes)',
      '0 changes found.',
    ]);
  });

  it('says "1 change" for one', () => {
    expect(lines(comparison([change()])).slice(-3, -1)).toEqual(['1 change found.', 'Changes per tag (a change can have several): 1 wording']);
  });

  it('makes control characters in paths, headings, labels, triggers and text visible', () => {
    const c = change({
      old: null,
      kind: 'added',
      tags: ['role-added'],
      new: side('Bad\u001b[2J text', 1, { section: ['Head\u202eing'], paragraph: '4\u0007.' }),
      ops: ops(['insert', 'Bad\u001b[2J text']),
      roleEvents: [{ role: 'police', change: 'added', slot: 'bearer', decision: 'attend', trigger: 'the\u001b police' }],
    });
    const out = renderTerminal(comparison([c], { newPath: 'new\u001b.md' }), { all: false, chalk: plain });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const l = out.split('\n');
    expect(l[0]).toBe('wtdiff: old label → new\\u001b.md');
    expect(l).toContain('§ Head\\u202eing');
    expect(l).toContain('  ¶ 4\\u0007.  new line 1  [role-added]');
    expect(l).toContain('    Police added to: attend  ("the\\u001b police")');
    expect(l).toContain('    + {+Bad\\u001b[2J text+}');
  });

  it('keeps a multi-line op on one line', () => {
    const c = change({ ops: ops(['delete', 'Old\nwords'], ['insert', 'New.']) });
    expect(lines(comparison([c]))).toContain('    - [-Old words-]');
  });
});

describe('renderTerminal with colour', () => {
  it('marks deletions struck through in red and insertions underlined in green instead of [- -] and {+ +}', () => {
    const out = renderTerminal(comparison([dutyAndTime]), { all: false, chalk: coloured });
    expect(out).toContain(coloured.red.strikethrough('must'));
    expect(out).toContain(coloured.green.underline('may'));
    expect(out).not.toContain('[-must-]');
    expect(out).not.toContain('{+may+}');
    expect(out).toContain('\u001b[9m');
  });
});

describe('renderTerminal on a real comparison', () => {
  it('shows the manager leaving the decision and the added sentence, under their section', () => {
    const oldText = '# Assessment\n\n1. The social worker should agree the plan with their manager.\n\n2. The family should be told.\n';
    const newText = '# Assessment\n\n1. The social worker should agree the plan.\n\n2. The family should be told.\n\n3. The police should attend the meeting.\n';
    const cmp = compareDocuments(parseDocument(oldText, 'old.md'), parseDocument(newText, 'new.md'), { oldLabel: 'old.md', newLabel: 'new.md', oldPath: 'old.md', newPath: 'new.md' });
    const out = lines(cmp);
    expect(out.slice(0, 3)).toEqual(['wtdiff: old.md → new.md', '', '§ Assessment']);
    expect(out).toContain('  ¶ 1.  old line 3 → new line 3  [role-removed, wording]');
    expect(out).toContain('    - The social worker should agree the plan[- with their manager-].');
    expect(out).toContain('    + The social worker should agree the plan.');
    expect(out).toContain('    + {+The police should attend the meeting.+}');
    expect(out.at(-3)).toBe('2 changes found.');
  });
});
