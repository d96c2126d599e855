// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import type { CheckResult, FileComparison } from '../../src/types.js';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';
import { TAGS } from '../../src/tags.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { change, file, side } from '../support/results.js';

function result(files: FileComparison[], failOn: string[], summary: CheckResult['summary']): CheckResult {
  return { base: 'main', failOn, files, failing: [], summary, passed: summary.failing === 0 };
}

describe('escapeData', () => {
  it('escapes %, CR and LF as the runner expects, % first so an escape is never doubled', () => {
    expect(escapeData('50% of\r\nplans')).toBe('50%25 of%0D%0Aplans');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('leaves colons, commas and other text alone', () => {
    expect(escapeData('a: b, c — “d”')).toBe('a: b, c — “d”');
    expect(escapeData('')).toBe('');
  });
});

describe('escapeProperty', () => {
  it('also escapes colons and commas, which would end a property', () => {
    expect(escapeProperty('docs/a,b:c.md')).toBe('docs/a%2Cb%3Ac.md');
    expect(escapeProperty('100%\n:,')).toBe('100%25%0A%3A%2C');
  });
});

describe('renderGithub', () => {
  it('writes one annotation per shown change: error for a --fail-on tag, warning for other role/duty/timescale tags, notice otherwise', () => {
    const failing = change({ id: 'wt-01', tags: ['role-removed', 'wording'], roleEvents: [{ role: 'manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager' }] });
    const duty = change({ id: 'wt-02', tags: ['duty-weakened'], duty: { from: 'must', to: 'may', direction: 'weakened' } });
    const wording = change({ id: 'wt-03', tags: ['wording'] });
    const out = renderGithub(result([file('docs/plan.md', [failing, duty, wording])], ['role-removed'], { files: 1, changes: 3, failing: 1, accepted: 0 }), { all: false });
    expect(out.split('\n')).toEqual([
      '::error file=docs/plan.md,line=4,col=3,title=wtdiff role-removed::Manager removed from: agree the plan%0A- Old words.%0A+ New words.%0AChange id: wt-01',
      '::warning file=docs/plan.md,line=4,col=3,title=wtdiff duty-weakened::Duty weakened: "must" → "may"%0A- Old words.%0A+ New words.%0AChange id: wt-02',
      '::notice file=docs/plan.md,line=4,col=3,title=wtdiff wording::Any other change of wording.%0A- Old words.%0A+ New words.%0AChange id: wt-03',
      'wtdiff check: 1 file, 3 changes, 1 failing (role-removed), 0 accepted',
      '',
    ]);
  });

  it('locates a removed sentence on the old side', () => {
    const removed = change({ id: 'wt-04', kind: 'removed', tags: ['removed'], new: null });
    const out = renderGithub(result([file('a.md', [removed])], ['removed'], { files: 1, changes: 1, failing: 1, accepted: 0 }), { all: false });
    expect(out.split('\n')[0]).toBe('::error file=a.md,line=2,col=1,title=wtdiff removed::A sentence that was deleted.%0A- Old words.%0AChange id: wt-04');
  });

  it('makes an accepted change a notice titled "(accepted)", whatever its tags', () => {
    const accepted = change({ id: 'wt-05', tags: ['role-removed'], accepted: true, acceptedReason: 'Agreed: 5%' });
    const out = renderGithub(result([file('a.md', [accepted])], ['role-removed'], { files: 1, changes: 1, failing: 0, accepted: 1 }), { all: false });
    expect(out.split('\n')[0]).toBe(`::notice file=a.md,line=4,col=3,title=wtdiff role-removed (accepted)::${escapeData(TAGS['role-removed'])}%0A- Old words.%0A+ New words.%0AAccepted: Agreed: 5%25 (wt-05)`);
  });

  it('escapes the file name as a property and the document text as data, so neither can forge a command', () => {
    const hostile = change({ id: 'wt-06', old: side('x', 1), new: side('Line one\r\n::error::forged, 100%', 7, 2) });
    const out = renderGithub(result([file('dir,x/a:b.md', [hostile])], ['role-removed'], { files: 1, changes: 1, failing: 0, accepted: 0 }), { all: false });
    const first = out.split('\n')[0]!;
    expect(first).toBe('::notice file=dir%2Cx/a%3Ab.md,line=7,col=2,title=wtdiff wording::Any other change of wording.%0A- x%0A+ Line one%0D%0A::error::forged, 100%25%0AChange id: wt-06');
    // Exactly one annotation line and the summary: the CR LF in the text did not start a new command.
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });

  it('leaves editorial-only and terminology-only changes out unless --all', () => {
    const editorial = change({ id: 'wt-07', tags: ['editorial'] });
    const terminology = change({ id: 'wt-08', tags: ['terminology'] });
    const r = result([file('a.md', [editorial, terminology])], ['role-removed'], { files: 1, changes: 2, failing: 0, accepted: 0 });
    expect(renderGithub(r, { all: false })).toBe('wtdiff check: 1 file, 2 changes, 0 failing (role-removed), 0 accepted\n');
    const all = renderGithub(r, { all: true }).split('\n');
    expect(all.filter((l) => l.startsWith('::notice file=a.md')).map((l) => /title=([^:]*)::/.exec(l)?.[1])).toEqual(['wtdiff editorial', 'wtdiff terminology']);
  });

  it('goes through the files in order and pluralises the summary', () => {
    const r = result([file('b.md', [change({ id: 'wt-09' })]), file('a.md', [change({ id: 'wt-0a' })])], ['role-removed', 'duty-weakened'], { files: 2, changes: 1, failing: 0, accepted: 2 });
    const lines = renderGithub(r, { all: false }).split('\n');
    expect(lines.map((l) => /file=([^,]*)/.exec(l)?.[1] ?? null)).toEqual(['b.md', 'a.md', null, null]);
    expect(lines[2]).toBe('wtdiff check: 2 files, 1 change, 0 failing (role-removed, duty-weakened), 2 accepted');
  });

  it('annotates a real comparison: the removed manager is an error on its new line, the added police a warning', () => {
    const oldText = '# Assessment\n\nThe social worker should agree the plan with their manager.\n\nThe family should be told.\n';
    const newText = '# Assessment\n\nThe social worker should agree the plan.\n\nThe family should be told.\n\nThe police should attend the meeting.\n';
    const cmp = compareDocuments(parseDocument(oldText, 'old.md'), parseDocument(newText, 'new.md'), { oldLabel: 'old.md', newLabel: 'new.md', oldPath: 'old.md', newPath: 'new.md' });
    const removed = cmp.changes.find((c) => c.tags.includes('role-removed'));
    const added = cmp.changes.find((c) => c.tags.includes('role-added'));
    expect(removed).toBeDefined();
    expect(added).toBeDefined();
    const lines = renderGithub(result([{ path: 'new.md', status: 'modified', oldPath: 'new.md', newPath: 'new.md', comparison: cmp }], ['role-removed'], { files: 1, changes: cmp.changes.length, failing: 1, accepted: 0 }), { all: false }).split('\n');
    expect(lines).toContain(`::error file=new.md,line=3,col=1,title=wtdiff role-removed::Manager removed from: agree the plan%0A- The social worker should agree the plan with their manager.%0A+ The social worker should agree the plan.%0AChange id: ${removed!.id}`);
    expect(lines.find((l) => l.endsWith(`Change id: ${added!.id}`))).toMatch(/^::warning file=new\.md,line=7,col=1,title=wtdiff role-added::Police added to: /);
  });
});

describe('escapeData and escapeProperty together', () => {
  it('escape functions follow the runner rules', () => {
    expect(escapeData('50%\r\nnext: a,b')).toBe('50%25%0D%0Anext: a,b');
    expect(escapeProperty('50%\r\nnext: a,b')).toBe('50%25%0D%0Anext%3A a%2Cb');
  });
});
