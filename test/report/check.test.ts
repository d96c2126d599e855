// Document text in this file is test fixture text, not guidance.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Change, CheckResult, Comparison, FileComparison, FileStatus, Op, Side } from '../../src/types.js';
import { summarise } from '../../src/summary.js';
import { finish } from '../../src/check/run.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderGithub } from '../../src/report/github.js';
import { checkRenderers, renderCheckJson, renderCheckTerminal } from '../../src/report/check.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

const side = (text: string, line: number, section = ['Plans']): Side => ({ text, section, line, column: 1 });
const ops = (...xs: [Op['op'], string][]): Op[] => xs.map(([op, text]) => ({ op, text }));

function change(over: Partial<Change> = {}): Change {
  return { id: 'wt-0a', kind: 'changed', tags: ['wording'], roles: { removed: [], added: [] }, old: side('Old.', 3), new: side('New.', 3), ops: ops(['delete', 'Old.'], ['insert', 'New.']), roleEvents: [], ...over };
}

const roleRemoved = (id = 'wt-01'): Change =>
  change({
    id,
    tags: ['role-removed', 'wording'],
    roles: { removed: ['manager'], added: [] },
    old: side('The plan is agreed with the family and their manager.', 5),
    new: side('The plan is agreed with the family.', 6),
    ops: ops(['equal', 'The plan is agreed with the family'], ['delete', ' and their manager'], ['equal', '.']),
    roleEvents: [{ role: 'manager', label: 'Manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager' }],
  });

const editorial = (id = 'wt-02'): Change =>
  change({ id, tags: ['editorial'], old: side('Records are kept up-to-date.', 9), new: side('Records are kept up to date.', 9), ops: ops(['equal', 'Records are kept up'], ['delete', '-'], ['insert', ' '], ['equal', 'to'], ['delete', '-'], ['insert', ' '], ['equal', 'date.']) });

function comparison(changes: Change[]): Comparison {
  // Labels and paths the renderer must not use: a check report names the files by their repo paths.
  const doc = (label: string) => ({ label, path: `${label}.md`, title: 'T', sections: 1, blocks: 1 });
  return { schemaVersion: '1.1.0', documents: { old: doc('old-label'), new: doc('new-label') }, sections: [], terminology: [], changes, summary: summarise(changes) };
}

function file(path: string, changes: Change[], over: { status?: FileStatus; oldPath?: string | null; newPath?: string | null; similarity?: number } = {}): FileComparison {
  const f: FileComparison = { path, status: over.status ?? 'modified', oldPath: over.oldPath !== undefined ? over.oldPath : path, newPath: over.newPath !== undefined ? over.newPath : path, comparison: comparison(changes) };
  if (over.similarity !== undefined) f.similarity = over.similarity;
  return f;
}

const terminal = (result: CheckResult, all = false, chalk = plain) => renderCheckTerminal(result, { all, chalk });
const lines = (result: CheckResult, all = false) => terminal(result, all).split('\n');

describe('checkRenderers', () => {
  it('registers the four check formats by name, each giving its renderer’s text through the output sanitiser', () => {
    expect(Object.keys(checkRenderers)).toEqual(['terminal', 'json', 'sarif', 'github']);
    const result = finish('main', [file('docs/plan.md', [roleRemoved(), editorial()])], ['role-removed']);
    const opts = { all: true, chalk: new Chalk({ level: 0 }) };
    expect(checkRenderers['terminal']!(result, opts)).toBe(renderCheckTerminal(result, opts));
    expect(checkRenderers['json']!(result, opts)).toBe(renderCheckJson(result, opts));
    expect(checkRenderers['sarif']!(result, opts)).toBe(renderSarif(result, opts));
    expect(checkRenderers['github']!(result, opts)).toBe(renderGithub(result, opts));
  });

  it('every format ends its text with one newline and leaves the result as it was', () => {
    const result = finish('main', [file('docs/plan.md', [roleRemoved(), editorial()]), file('docs/new.md', [change({ id: 'wt-03', kind: 'added', tags: ['added'], old: null })], { status: 'added', oldPath: null })], ['role-removed']);
    const before = JSON.stringify(result);
    for (const [name, render] of Object.entries(checkRenderers)) {
      const out = render(result, { all: false, chalk: plain, toolVersion: '9.9.9' });
      expect(out.endsWith('\n'), name).toBe(true);
      expect(out.endsWith('\n\n'), name).toBe(false);
    }
    expect(JSON.stringify(result)).toBe(before);
  });
});

describe('renderCheckTerminal', () => {
  it('puts each file under its path, with the compare view of its changes, then the verdict and the failing ids', () => {
    const result = finish('origin/main', [file('docs/plan.md', [roleRemoved(), change({ id: 'wt-03', old: side('Old.', 7), new: side('New.', 8) })])], ['role-removed']);
    expect(lines(result)).toEqual([
      ' docs/plan.md ',
      'wtdiff: docs/plan.md → docs/plan.md',
      '',
      '§ Plans',
      '  old line 5 → new line 6  [role-removed, wording]',
      '    Manager removed from: agree the plan  ("their manager")',
      '    - The plan is agreed with the family[- and their manager-].',
      '    + The plan is agreed with the family.',
      '  old line 7 → new line 8  [wording]',
      '    - [-Old.-]',
      '    + {+New.+}',
      '',
      '2 changes found.',
      'Changes per tag (a change can have several): 2 wording, 1 role-removed',
      '',
      'wtdiff check against origin/main: 1 file, 2 changes, 1 failing on role-removed, 0 accepted: FAILED',
      '  wt-01  docs/plan.md:6  [role-removed, wording]',
      'Accept reviewed changes by listing their ids in .wtdiff-accepted.json (or run with --write-accepted FILE).',
      '',
    ]);
  });

  it('titles each file by its status and names the sides by the file’s paths, /dev/null for a missing side', () => {
    const added = change({ id: 'wt-a', kind: 'added', tags: ['added'], old: null, ops: ops(['insert', 'New.']) });
    const removed = change({ id: 'wt-r', kind: 'removed', tags: ['removed'], new: null, ops: ops(['delete', 'Old.']) });
    const result = finish('main', [
      file('a/new.md', [added], { status: 'added', oldPath: null }),
      file('b/gone.md', [removed], { status: 'removed', newPath: null }),
      file('c/renamed.md', [change({ id: 'wt-c' })], { status: 'renamed', oldPath: 'c/original.md', similarity: 87 }),
      file('d/renamed.md', [change({ id: 'wt-d' })], { status: 'renamed', oldPath: 'd/original.md' }),
      file('e/plain.md', [change({ id: 'wt-e' })]),
    ], ['role-removed']);
    const out = lines(result);
    const headed = (title: string) => out[out.indexOf(title) + 1];
    expect(headed(' a/new.md (new file) ')).toBe('wtdiff: /dev/null → a/new.md');
    expect(headed(' b/gone.md (deleted) ')).toBe('wtdiff: b/gone.md → /dev/null');
    expect(headed(' c/renamed.md (renamed from c/original.md, 87% similar) ')).toBe('wtdiff: c/original.md → c/renamed.md');
    expect(headed(' d/renamed.md (renamed from d/original.md) ')).toBe('wtdiff: d/original.md → d/renamed.md');
    expect(headed(' e/plain.md ')).toBe('wtdiff: e/plain.md → e/plain.md');
    expect(out.filter((l) => l.startsWith('wtdiff: '))).toHaveLength(5);
    expect(out.join('\n')).not.toMatch(/label/);
  });

  it('says renumbering too when renumberings are among the hidden changes', () => {
    const renumbered = change({ id: 'wt-r', tags: ['renumbered'] });
    const result = finish('main', [file('a.md', [editorial('wt-e1'), renumbered])], ['role-removed']);
    expect(lines(result)[0]).toBe('a.md: 2 editorial, terminology-only or renumbering changes hidden');
  });

  it('hides a file whose changes are all editorial or terminology-only behind one line, unless all is set', () => {
    const terminology = change({ id: 'wt-t', tags: ['terminology'] });
    const result = finish('main', [file('a.md', [editorial('wt-e1'), terminology]), file('b.md', [editorial('wt-e2')]), file('c.md', [])], ['role-removed']);
    expect(lines(result)).toEqual([
      'a.md: 2 editorial or terminology-only changes hidden',
      '',
      'b.md: 1 editorial or terminology-only change hidden',
      '',
      'wtdiff check against main: 3 files, 3 changes, 0 failing on role-removed, 0 accepted: passed',
      '',
    ]);
    const all = lines(result, true);
    expect(all.filter((l) => /^ {1,2}\S/.test(l))).toEqual([' a.md ', '  old line 9 → new line 9  [editorial]', '  old line 3 → new line 3  [terminology]', ' b.md ', '  old line 9 → new line 9  [editorial]', ' c.md ']);
    expect(all).not.toContain('a.md: 2 editorial or terminology-only changes hidden');
  });

  it('always shows an unaccepted change with a fail-on tag, even an editorial-only one, but hides it once accepted', () => {
    const failing = finish('main', [file('a.md', [editorial('wt-e1')])], ['editorial']);
    const out = lines(failing);
    expect(out[0]).toBe(' a.md ');
    expect(out).toContain('  old line 9 → new line 9  [editorial]');
    expect(out).toContain('  wt-e1  a.md:9  [editorial]');
    const accepted = finish('main', [file('a.md', [editorial('wt-e1')])], ['editorial'], new Map([['wt-e1', '']]));
    expect(lines(accepted)).toEqual(['a.md: 1 editorial or terminology-only change hidden', '', 'wtdiff check against main: 1 file, 1 change, 0 failing on editorial, 1 accepted: passed', '']);
  });

  it('passes with accepted changes shown as accepted, no failing list and no hint', () => {
    const result = finish('v1.0', [file('a.md', [roleRemoved('wt-01')]), file('b.md', [roleRemoved('wt-02')])], ['role-removed', 'duty-weakened'], new Map([['wt-01', 'Fixture reason'], ['wt-02', '']]));
    const out = lines(result);
    expect(out.filter((l) => l.includes('(accepted)'))).toEqual(['  old line 5 → new line 6  [role-removed, wording] (accepted)', '  old line 5 → new line 6  [role-removed, wording] (accepted)']);
    expect(out.at(-2)).toBe('wtdiff check against v1.0: 2 files, 2 changes, 0 failing on role-removed, duty-weakened, 2 accepted: passed');
    expect(out.at(-1)).toBe('');
    expect(out.join('\n')).not.toMatch(/Accept reviewed changes/);
  });

  it('locates a failing removed sentence on its old side and lists failing changes across files in order', () => {
    const gone = change({ ...roleRemoved('wt-09'), kind: 'removed', tags: ['role-removed', 'removed'], new: null });
    const result = finish('main', [file('a.md', [gone], { status: 'removed', newPath: null }), file('b.md', [roleRemoved('wt-10')])], ['role-removed']);
    const out = lines(result);
    expect(out.slice(-4)).toEqual(['  wt-09  a.md:5  [role-removed, removed]', '  wt-10  b.md:6  [role-removed, wording]', 'Accept reviewed changes by listing their ids in .wtdiff-accepted.json (or run with --write-accepted FILE).', '']);
    expect(out).toContain('wtdiff check against main: 2 files, 2 changes, 2 failing on role-removed, 0 accepted: FAILED');
  });

  it('says "0 files, 0 changes" for an empty result', () => {
    expect(terminal(finish('main', [], ['role-removed']))).toBe('wtdiff check against main: 0 files, 0 changes, 0 failing on role-removed, 0 accepted: passed\n');
  });

  it('makes control characters in paths and the ref visible and keeps each path on one line', () => {
    const path = 'docs/\u001b[2Jevil\nname.md';
    const result = finish('ma\u001bin', [file(path, [roleRemoved()], { status: 'renamed', oldPath: 'docs/\u0007old.md' })], ['role-removed']);
    const out = terminal(result);
    expect(out).not.toMatch(/[\u0007\u001b]/);
    const ls = out.split('\n');
    expect(ls[0]).toBe(' docs/\\u001b[2Jevil name.md (renamed from docs/\\u0007old.md) ');
    expect(ls[1]).toBe('wtdiff: docs/\\u0007old.md → docs/\\u001b[2Jevil name.md');
    expect(ls).toContain('  wt-01  docs/\\u001b[2Jevil name.md:6  [role-removed, wording]');
    expect(ls).toContain('wtdiff check against ma\\u001bin: 1 file, 1 change, 1 failing on role-removed, 0 accepted: FAILED');
  });

  it('colours only when the chalk given has colour: the verdict red or green, the file title inverse', () => {
    const failed = finish('main', [file('a.md', [roleRemoved()])], ['role-removed']);
    expect(terminal(failed)).not.toMatch(/\u001b/);
    const out = terminal(failed, false, coloured);
    expect(out).toContain(coloured.red.bold('FAILED'));
    expect(out.split('\n')[0]).toBe(coloured.bold.inverse(' a.md '));
    const passed = finish('main', [file('a.md', [roleRemoved()])], []);
    expect(terminal(passed, false, coloured)).toContain(coloured.green.bold('passed'));
  });
});

describe('renderCheckJson', () => {
  it('is the whole result as two-space JSON with a final newline, accepted marks included', () => {
    const result = finish('main', [file('a.md', [roleRemoved('wt-01'), editorial()]), file('b.md', [roleRemoved('wt-02')], { status: 'renamed', oldPath: 'old-b.md', similarity: 90 })], ['role-removed'], new Map([['wt-01', 'Fixture reason']]));
    const out = renderCheckJson(result, { all: false, chalk: plain });
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    const back = JSON.parse(out) as CheckResult;
    expect(back).toEqual(result);
    expect(back.files[0]!.comparison.changes[0]).toMatchObject({ id: 'wt-01', accepted: true, acceptedReason: 'Fixture reason' });
    expect(back.failing.map((f) => [f.path, f.change.id])).toEqual([['b.md', 'wt-02']]);
    // hidden changes are not dropped: the JSON is the data, not the view
    expect(back.files[0]!.comparison.changes.map((c) => c.id)).toEqual(['wt-01', 'wt-02']);
  });

  it('replaces lone surrogates in any string with U+FFFD and keeps surrogate pairs', () => {
    const text = 'The plan \ud83d\ude00 is agreed \ud800 today \udfff.';
    const result = finish('ma\udc00in', [file('docs/\ud83d.md', [change({ id: 'wt-01', new: side(text, 2) })])], ['role-removed'], new Map([['wt-01', 'reason \udbff']]));
    const out = renderCheckJson(result, { all: false, chalk: plain });
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    const back = JSON.parse(out) as CheckResult;
    expect(back.base).toBe('ma\ufffdin');
    expect(back.files[0]!.path).toBe('docs/\ufffd.md');
    expect(back.files[0]!.comparison.changes[0]!.new!.text).toBe('The plan \ud83d\ude00 is agreed \ufffd today \ufffd.');
    expect(back.files[0]!.comparison.changes[0]!.acceptedReason).toBe('reason \ufffd');
  });
});
