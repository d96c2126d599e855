// Document text in this file is test fixture text, not guidance.
// The check engine called directly (not through the CLI), on real git repositories in temp dirs.
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, FileComparison } from '../../src/types.js';
import { buildLexicon } from '../../src/classify/lexicon.js';
import { GitError } from '../../src/check/git.js';
import { InputError } from '../../src/ingest/errors.js';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_FAIL_ON, fails, finish, runCheck } from '../../src/check/run.js';
import { git, repo, tempDir, write } from '../support/git-repo.js';
import { change as baseChange, file, side } from '../support/results.js';

// ---- real repositories -------------------------------------------------------------------

const PLAN_WITH = 'The practitioner must agree a plan of action with the family and their manager within 5 working days.';
const PLAN_WITHOUT = 'The practitioner must agree a plan of action with the family within 5 working days.';
const RECORDS = 'Records should be kept up to date.';

/** A short procedure; `withManager` keeps "and their manager" in the plan decision. */
function plan(withManager: boolean, records = RECORDS): string {
  return ['# Supervision (fixture)', '', '## Plans', '', withManager ? PLAN_WITH : PLAN_WITHOUT, '', records, ''].join('\n');
}

function referral(duty: 'must' | 'should'): string {
  return ['# Referrals (fixture)', '', `A decision on the referral ${duty} be made within one working day.`, ''].join('\n');
}

const paths = (files: readonly FileComparison[]) => files.map((f) => f.path);
const byPath = (files: readonly FileComparison[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path} in ${paths(files).join(', ')}`);
  return f;
};

// ---- runCheck ------------------------------------------------------------------------------

describe('runCheck', () => {
  it('compares a modified markdown file at the base ref with the working tree, and lists the role removal as failing', async () => {
    const root = repo({ 'docs/plan.md': plan(true) });
    write(root, { 'docs/plan.md': plan(false) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.base).toBe('main');
    expect(result.failOn).toEqual(['role-removed']);
    expect(result.files).toHaveLength(1);
    const f = result.files[0]!;
    expect({ path: f.path, status: f.status, oldPath: f.oldPath, newPath: f.newPath, similarity: f.similarity }).toEqual({
      path: 'docs/plan.md', status: 'modified', oldPath: 'docs/plan.md', newPath: 'docs/plan.md', similarity: undefined,
    });
    expect(f.comparison.documents.old).toMatchObject({ label: 'main:docs/plan.md', path: 'docs/plan.md' });
    expect(f.comparison.documents.new).toMatchObject({ label: 'docs/plan.md', path: 'docs/plan.md' });
    expect(f.comparison.changes).toHaveLength(1);
    const c = f.comparison.changes[0]!;
    expect(c.kind).toBe('changed');
    expect(c.old?.text).toBe(PLAN_WITH);
    expect(c.new?.text).toBe(PLAN_WITHOUT);
    expect(c.roles.removed).toEqual(['manager']);
    expect(result.failing).toEqual([{ path: 'docs/plan.md', change: c }]);
    expect(result.summary).toEqual({ files: 1, changes: 1, failing: 1, accepted: 0 });
    expect(result.passed).toBe(false);
  });

  it('gives an empty, passing result when nothing differs from the base', async () => {
    const root = repo({ 'plan.md': plan(true) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result).toEqual({ base: 'main', failOn: ['role-removed'], files: [], failing: [], summary: { files: 0, changes: 0, failing: 0, accepted: 0 }, passed: true });
  });

  it('takes only markdown files (.md, .markdown, .mdown, .mkd, any case) that differ; unchanged and non-markdown files are left out', async () => {
    const names = ['a.md', 'b.markdown', 'c.MDOWN', 'd.Mkd', 'e.txt', 'f.md.bak', 'g.mdx', 'h.html', 'README'];
    const root = repo({ ...Object.fromEntries(names.map((n) => [n, plan(true)])), 'same.md': plan(true) });
    write(root, Object.fromEntries(names.map((n) => [n, plan(false)])));
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(paths(result.files)).toEqual(['a.md', 'b.markdown', 'c.MDOWN', 'd.Mkd']);
    expect(result.summary.failing).toBe(4);
  });

  it('compares the working tree, not the index: a staged edit undone in the working tree is not listed', async () => {
    const root = repo({ 'plan.md': plan(true), 'other.md': plan(true) });
    write(root, { 'plan.md': plan(false), 'other.md': plan(false) });
    git(root, 'add', '-A');
    write(root, { 'plan.md': plan(true) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(paths(result.files)).toEqual(['other.md']);
  });

  it('reads the old side at the base ref given, not at HEAD, and reports the ref as given', async () => {
    const root = repo({ 'plan.md': plan(true) });
    git(root, 'checkout', '-q', '-b', 'edit');
    write(root, { 'plan.md': plan(true, 'Records must be kept up to date.') });
    git(root, 'commit', '-q', '-am', 'records');
    write(root, { 'plan.md': plan(false, 'Records must be kept up to date.') });
    const fromMain = await runCheck({ cwd: root, base: 'main' });
    expect(fromMain.base).toBe('main');
    expect(fromMain.files[0]!.comparison.changes.map((c) => c.old?.text)).toEqual([PLAN_WITH, RECORDS]);
    expect(fromMain.files[0]!.comparison.documents.old.label).toBe('main:plan.md');
    const fromHead = await runCheck({ cwd: root, base: 'HEAD' });
    expect(fromHead.base).toBe('HEAD');
    expect(fromHead.files[0]!.comparison.changes.map((c) => c.old?.text)).toEqual([PLAN_WITH]);
    expect(fromHead.files[0]!.comparison.documents.old.label).toBe('HEAD:plan.md');
  });

  it('treats a new file, untracked or staged, as added: listed once, every sentence added against an empty /dev/null side', async () => {
    const root = repo({ 'keep.md': plan(true) });
    write(root, { 'untracked.md': plan(true), 'staged.md': plan(true) });
    git(root, 'add', 'staged.md');
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(paths(result.files)).toEqual(['staged.md', 'untracked.md']);
    for (const f of result.files) {
      expect({ status: f.status, oldPath: f.oldPath, newPath: f.newPath }).toEqual({ status: 'added', oldPath: null, newPath: f.path });
      expect(f.comparison.documents.old.label).toBe('/dev/null');
      expect(f.comparison.documents.old.path).toBeUndefined();
      expect(f.comparison.documents.new).toMatchObject({ label: f.path, path: f.path });
      expect(f.comparison.changes.map((c) => [c.kind, c.old, c.new?.text])).toEqual([
        ['added', null, PLAN_WITH],
        ['added', null, RECORDS],
      ]);
    }
    // adding a decision removes nobody from it
    expect(result.passed).toBe(true);
  });

  it('leaves out untracked files that .gitignore excludes', async () => {
    const root = repo({ '.gitignore': 'drafts/\n', 'keep.md': plan(true) });
    write(root, { 'drafts/wip.md': plan(true), 'new.md': plan(true) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(paths(result.files)).toEqual(['new.md']);
  });

  it('treats a deleted file as removed: read from the base ref, compared with an empty /dev/null side, under its old path', async () => {
    const root = repo({ 'gone.md': plan(true), 'keep.md': plan(true) });
    rmSync(join(root, 'gone.md'));
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.files).toHaveLength(1);
    const f = result.files[0]!;
    expect({ path: f.path, status: f.status, oldPath: f.oldPath, newPath: f.newPath }).toEqual({ path: 'gone.md', status: 'removed', oldPath: 'gone.md', newPath: null });
    expect(f.comparison.documents.old).toMatchObject({ label: 'main:gone.md', path: 'gone.md' });
    expect(f.comparison.documents.new.label).toBe('/dev/null');
    expect(f.comparison.documents.new.path).toBeUndefined();
    expect(f.comparison.changes.map((c) => [c.kind, c.old?.text, c.new])).toEqual([
      ['removed', PLAN_WITH, null],
      ['removed', RECORDS, null],
    ]);
    // deleting the decision takes the manager out of it too
    expect(result.failing.map((x) => [x.path, x.change.old?.text])).toEqual([['gone.md', PLAN_WITH]]);
  });

  it('follows a staged rename: the old version against the new one, under the new path, with git’s similarity', async () => {
    // enough unchanged lines for git to see a rename (50% similar or more)
    const rest = ['', '## Review', '', 'The plan must be reviewed every three months.', '', 'The review must be recorded.', ''].join('\n');
    const root = repo({ 'old-name.md': plan(true) + rest });
    git(root, 'mv', 'old-name.md', 'new-name.md');
    write(root, { 'new-name.md': plan(false) + rest });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.files).toHaveLength(1);
    const f = result.files[0]!;
    expect({ path: f.path, status: f.status, oldPath: f.oldPath, newPath: f.newPath }).toEqual({ path: 'new-name.md', status: 'renamed', oldPath: 'old-name.md', newPath: 'new-name.md' });
    expect(f.similarity).toBeGreaterThanOrEqual(50);
    expect(f.similarity).toBeLessThan(100);
    expect(f.comparison.documents.old).toMatchObject({ label: 'main:old-name.md', path: 'old-name.md' });
    expect(f.comparison.documents.new).toMatchObject({ label: 'new-name.md', path: 'new-name.md' });
    expect(f.comparison.changes.map((c) => [c.kind, c.old?.text, c.new?.text])).toEqual([['changed', PLAN_WITH, PLAN_WITHOUT]]);
    expect(result.failing.map((x) => x.path)).toEqual(['new-name.md']);
  });

  it('keeps a rename when either side is markdown: .md renamed to .txt, and .txt renamed to .md', async () => {
    const root = repo({ 'away.md': plan(true), 'into.txt': plan(true), 'plain.txt': plan(true) });
    git(root, 'mv', 'away.md', 'away.txt');
    git(root, 'mv', 'into.txt', 'into.md');
    git(root, 'mv', 'plain.txt', 'plain2.txt');
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.files.map((f) => [f.path, f.status, f.oldPath, f.similarity])).toEqual([
      ['away.txt', 'renamed', 'away.md', 100],
      ['into.md', 'renamed', 'into.txt', 100],
    ]);
    expect(result.summary.changes).toBe(0);
  });

  it('sorts the files by path, whatever order git lists them in (untracked files come last from git)', async () => {
    const root = repo({ 'b.md': plan(true), 'c.md': plan(true), 'sub/z.md': plan(true) });
    rmSync(join(root, 'b.md'));
    write(root, { 'c.md': plan(false), 'a.md': plan(true), 'sub/y.md': plan(true), 'sub/z.md': plan(false) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ['a.md', 'added'],
      ['b.md', 'removed'],
      ['c.md', 'modified'],
      ['sub/y.md', 'added'],
      ['sub/z.md', 'modified'],
    ]);
    // failing changes follow the order of the files
    expect(result.failing.map((x) => x.path)).toEqual(['b.md', 'c.md', 'sub/z.md']);
  });

  it('takes pathspecs relative to cwd (default: everything under cwd) and reports repo-relative paths', async () => {
    const root = repo({ 'docs/a.md': plan(true), 'docs/sub/b.md': plan(true), 'other/c.md': plan(true) });
    write(root, { 'docs/a.md': plan(false), 'docs/sub/b.md': plan(false), 'other/c.md': plan(false), 'docs/new.md': plan(true) });
    const docs = join(root, 'docs');
    const underDocs = await runCheck({ cwd: docs, base: 'main' });
    expect(paths(underDocs.files)).toEqual(['docs/a.md', 'docs/new.md', 'docs/sub/b.md']);
    // the files are read from the repository root, not from cwd
    expect(underDocs.files.map((f) => f.comparison.changes.length)).toEqual([1, 2, 1]);
    expect(paths((await runCheck({ cwd: docs, base: 'main', paths: ['sub'] })).files)).toEqual(['docs/sub/b.md']);
    expect(paths((await runCheck({ cwd: root, base: 'main', paths: ['other', 'docs/sub'] })).files)).toEqual(['docs/sub/b.md', 'other/c.md']);
    expect(paths((await runCheck({ cwd: root, base: 'main', paths: ['docs/new.md'] })).files)).toEqual(['docs/new.md']);
    await expect(runCheck({ cwd: root, root, base: 'main', paths: ['nowhere'] })).rejects.toThrow(new UsageError('nowhere: no such path in the repository'));
  });

  it('refuses a path that matches no file, naming it as the caller does; a path with no changes passes', async () => {
    const root = repo({ 'docs/a.md': plan(true), 'docs/notes.txt': 'notes\n', 'other/b.md': plan(true) });
    write(root, { 'other/b.md': plan(false) });
    // exists, nothing changed under it: an empty pass, not an error
    expect(await runCheck({ cwd: root, base: 'main', paths: ['docs'] })).toMatchObject({ files: [], passed: true });
    // a typo is an error, even next to a good path, and stops the check before anything is compared
    await expect(runCheck({ cwd: root, base: 'main', paths: ['other', 'doc'] })).rejects.toThrow(new UsageError('doc: no such path in the repository'));
    await expect(runCheck({ cwd: root, base: 'main', paths: ['other', 'doc'], pathNames: ['other', 'doc (a "paths" entry of wtdiff.config.json)'] })).rejects.toThrow(
      new UsageError('doc (a "paths" entry of wtdiff.config.json): no such path in the repository'),
    );
    // a non-markdown file is a path that exists
    expect((await runCheck({ cwd: root, base: 'main', paths: ['docs/notes.txt'] })).passed).toBe(true);
  });

  it('decodes both sides as text: a file that differs only by CRLF line ends and a byte-order mark is listed with no changes', async () => {
    const root = repo({ 'plan.md': plan(true) });
    write(root, { 'plan.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan(true).replace(/\n/g, '\r\n'))]) });
    const result = await runCheck({ cwd: root, base: 'main' });
    expect(result.files.map((f) => [f.path, f.status, f.comparison.changes.length])).toEqual([['plan.md', 'modified', 0]]);
    expect(result.summary).toEqual({ files: 1, changes: 0, failing: 0, accepted: 0 });
    expect(result.passed).toBe(true);
  });

  it('scopes change ids by path: the same edit in two files gets two ids, the same ones on every run', async () => {
    const root = repo({ 'a.md': plan(true), 'b.md': plan(true) });
    write(root, { 'a.md': plan(false), 'b.md': plan(false) });
    const first = await runCheck({ cwd: root, base: 'main' });
    const ids = first.failing.map((x) => x.change.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^wt-[0-9a-f]+$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect((await runCheck({ cwd: root, base: 'main' })).failing.map((x) => x.change.id)).toEqual(ids);
  });

  it('marks accepted ids and counts them; an accepted change stays listed but no longer fails, the same edit elsewhere still does', async () => {
    const root = repo({ 'a.md': plan(true), 'b.md': plan(true) });
    write(root, { 'a.md': plan(false), 'b.md': plan(false) });
    const [idA, idB] = (await runCheck({ cwd: root, base: 'main' })).failing.map((x) => x.change.id);
    const result = await runCheck({ cwd: root, base: 'main', accepted: new Map([[idA!, 'Fixture: agreed in review'], ['wt-00', 'not a change here']]) });
    const a = byPath(result.files, 'a.md').comparison.changes[0]!;
    expect(a.id).toBe(idA);
    expect(a.accepted).toBe(true);
    expect(a.acceptedReason).toBe('Fixture: agreed in review');
    expect(byPath(result.files, 'b.md').comparison.changes[0]!.accepted).toBeUndefined();
    expect(result.failing.map((x) => [x.path, x.change.id])).toEqual([['b.md', idB]]);
    expect(result.summary).toEqual({ files: 2, changes: 2, failing: 1, accepted: 1 });
    expect(result.passed).toBe(false);
    const both = await runCheck({ cwd: root, base: 'main', accepted: new Map([[idA!, ''], [idB!, '']]) });
    expect(both.passed).toBe(true);
    expect(both.summary.accepted).toBe(2);
    expect(both.files.every((f) => f.comparison.changes[0]!.acceptedReason === undefined)).toBe(true);
  });

  it('fails on the tags given in failOn (default role-removed) and keeps its own copy of the list', async () => {
    expect(DEFAULT_FAIL_ON).toEqual(['role-removed']);
    const root = repo({ 'referral.md': referral('must'), 'plan.md': plan(true) });
    write(root, { 'referral.md': referral('should'), 'plan.md': plan(false) });
    const byDefault = await runCheck({ cwd: root, base: 'main' });
    expect(byDefault.failing.map((x) => x.path)).toEqual(['plan.md']);
    const failOn = ['duty-weakened'];
    const duty = await runCheck({ cwd: root, base: 'main', failOn });
    expect(duty.failing.map((x) => [x.path, x.change.duty])).toEqual([['referral.md', { from: 'must', to: 'should', direction: 'weakened' }]]);
    expect(duty.failOn).toEqual(['duty-weakened']);
    expect(duty.failOn).not.toBe(failOn);
    const none = await runCheck({ cwd: root, base: 'main', failOn: [] });
    expect(none.passed).toBe(true);
    expect(none.summary).toEqual({ files: 2, changes: 2, failing: 0, accepted: 0 });
  });

  it('classifies with the role lexicon given', async () => {
    const mentor = (withMentor: boolean) => ['# Mentoring (fixture)', '', `The practitioner must agree the plan with the family${withMentor ? ' and their mentor' : ''}.`, ''].join('\n');
    const root = repo({ 'mentor.md': mentor(true) });
    write(root, { 'mentor.md': mentor(false) });
    expect((await runCheck({ cwd: root, base: 'main' })).passed).toBe(true);
    const roles = buildLexicon({ extend: true, roles: [{ id: 'mentor', label: 'Mentor', terms: ['mentor'] }] });
    const result = await runCheck({ cwd: root, base: 'main', roles });
    expect(result.passed).toBe(false);
    expect(result.failing[0]!.change.roles.removed).toEqual(['mentor']);
  });

  describe('errors', () => {
    it('rejects with a GitError outside a git repository, for an unknown ref and for a ref that looks like an option', async () => {
      const outside = tempDir();
      write(outside, { 'a.md': plan(true) });
      await expect(runCheck({ cwd: outside, base: 'main' })).rejects.toBeInstanceOf(GitError);
      const root = repo({ 'a.md': plan(true) });
      write(root, { 'a.md': plan(false) });
      await expect(runCheck({ cwd: root, base: 'no-such-branch' })).rejects.toThrow(new GitError('unknown git ref "no-such-branch" (no such branch, tag or commit here; in CI, fetch history with fetch-depth: 0)'));
      await expect(runCheck({ cwd: root, base: '--output=x' })).rejects.toThrow(new GitError('invalid --base ref "--output=x"'));
      await expect(runCheck({ cwd: root, base: '' })).rejects.toBeInstanceOf(GitError);
    });

    it('rejects a working file that is not UTF-8, naming the file', async () => {
      const root = repo({ 'a.md': plan(true) });
      write(root, { 'a.md': Buffer.from([0x41, 0x0a, 0xff, 0x0a]) });
      const err = await runCheck({ cwd: root, base: 'main' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe('cannot read a.md: not valid UTF-8 text (at byte 2); save it as UTF-8');
    });

    it('rejects an old version that is not text, naming the file at the base ref', async () => {
      const root = repo({ 'a.md': Buffer.from([0x41, 0x00, 0x42]) });
      write(root, { 'a.md': plan(true) });
      const err = await runCheck({ cwd: root, base: 'main' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe('cannot read a.md at main: binary data (NUL byte at offset 1), not text');
    });

    it('compares a dangling symlink as its link text: the procedure it replaced is reported gone', async () => {
      const root = repo({ 'a.md': plan(true) });
      rmSync(join(root, 'a.md'));
      symlinkSync('missing-target.md', join(root, 'a.md'));
      const result = await runCheck({ cwd: root, base: 'main' });
      expect(result.files[0]!.symlink).toBe('new');
      expect(result.files[0]!.comparison.changes.some((c) => c.new?.text === 'missing-target.md')).toBe(true);
      expect(result.passed).toBe(false);
    });
  });
});

// ---- finish and fails (pure) ---------------------------------------------------------------

// A change with the id and tags a test names, in section "Plans".
const change = (id: string, tags: string[], over: Partial<Change> = {}): Change => baseChange({ id, tags, old: side('Old words.', 3, 1, ['Plans']), new: side('New words.', 3, 1, ['Plans']), ...over });

describe('fails', () => {
  it('is true when any tag is a fail-on tag and the change is not accepted', () => {
    expect(fails(change('wt-1', ['wording', 'role-removed']), ['role-removed'])).toBe(true);
    expect(fails(change('wt-1', ['duty-weakened']), ['role-removed', 'duty-weakened'])).toBe(true);
    expect(fails(change('wt-1', ['role-removed'], { accepted: false }), ['role-removed'])).toBe(true);
  });

  it('is false for an accepted change, for tags not listed, for an empty list and for a change without tags', () => {
    expect(fails(change('wt-1', ['role-removed'], { accepted: true }), ['role-removed'])).toBe(false);
    expect(fails(change('wt-1', ['role-added', 'wording']), ['role-removed'])).toBe(false);
    expect(fails(change('wt-1', ['role-removed']), [])).toBe(false);
    expect(fails(change('wt-1', []), ['role-removed'])).toBe(false);
    // tags are matched exactly
    expect(fails(change('wt-1', ['Role-Removed', 'role-removed-x']), ['role-removed'])).toBe(false);
  });
});

describe('finish', () => {
  it('lists failing changes in file order then change order, and summarises', () => {
    const a1 = change('wt-a1', ['role-removed']);
    const a2 = change('wt-a2', ['wording']);
    const a3 = change('wt-a3', ['duty-weakened', 'role-removed']);
    const b1 = change('wt-b1', ['role-removed']);
    const files = [file('b.md', [b1]), file('a.md', [a1, a2, a3]), file('c.md', [])];
    const failOn = ['role-removed'];
    const r = finish('origin/main', files, failOn);
    expect(r.base).toBe('origin/main');
    expect(r.files).toBe(files);
    expect(r.failing).toEqual([
      { path: 'b.md', change: b1 },
      { path: 'a.md', change: a1 },
      { path: 'a.md', change: a3 },
    ]);
    expect(r.failing[0]!.change).toBe(b1);
    expect(r.summary).toEqual({ files: 3, changes: 4, failing: 3, accepted: 0 });
    expect(r.passed).toBe(false);
    expect(r.failOn).toEqual(['role-removed']);
    expect(r.failOn).not.toBe(failOn);
  });

  it('with an accepted map: marks the listed changes in place (reason only when given), counts them, and they no longer fail', () => {
    const a1 = change('wt-a1', ['role-removed']);
    const a2 = change('wt-a2', ['role-removed']);
    const b1 = change('wt-b1', ['wording']);
    const r = finish('main', [file('a.md', [a1, a2]), file('b.md', [b1])], ['role-removed'], new Map([['wt-a1', 'Fixture reason'], ['wt-a2', ''], ['wt-b1', ''], ['wt-zz', 'absent']]));
    expect([a1.accepted, a1.acceptedReason]).toEqual([true, 'Fixture reason']);
    expect(a2.accepted).toBe(true);
    expect('acceptedReason' in a2).toBe(false);
    expect(b1.accepted).toBe(true);
    expect(r.failing).toEqual([]);
    expect(r.summary).toEqual({ files: 2, changes: 3, failing: 0, accepted: 3 });
    expect(r.passed).toBe(true);
  });

  it('without a map: counts the changes already marked accepted, which do not fail', () => {
    const a1 = change('wt-a1', ['role-removed'], { accepted: true });
    const a2 = change('wt-a2', ['role-removed']);
    const a3 = change('wt-a3', ['wording'], { accepted: true });
    const r = finish('main', [file('a.md', [a1, a2, a3])], ['role-removed']);
    expect(r.failing).toEqual([{ path: 'a.md', change: a2 }]);
    expect(r.summary).toEqual({ files: 1, changes: 3, failing: 1, accepted: 2 });
    expect(r.passed).toBe(false);
  });

  it('passes with no files at all', () => {
    expect(finish('main', [], ['role-removed'], new Map())).toEqual({
      base: 'main', failOn: ['role-removed'], files: [], failing: [], summary: { files: 0, changes: 0, failing: 0, accepted: 0 }, passed: true,
    });
  });
});
