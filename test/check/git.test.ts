// Document text in this file is test fixture text, not guidance.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, git, GitError, parseRaw, repoRoot, verifyRef, type DiffEntry } from '../../src/check/git.js';
import { BlobReader } from '../../src/check/blobs.js';

const SHA = '0'.repeat(40);
/** Name-status shorthand ("M\0a.md\0R087\0old\0new\0") written as git's --raw -z records, mode 100644. */
function raw(nameStatus: string): string {
  const parts = nameStatus.split('\0');
  let out = '';
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++]!;
    if (!code) continue;
    const paths = code[0] === 'R' || code[0] === 'C' ? [parts[i++], parts[i++]] : [parts[i++]];
    out += `:100644 100644 ${SHA} ${SHA} ${code}\0${paths.join('\0')}\0`;
  }
  return out;
}

/** Entries without their modes and blob ids, for the tests about statuses and paths. */
function plain(entries: DiffEntry[]): DiffEntry[] {
  return entries.map(({ oldMode: _o, newMode: _n, oldOid: _i, ...e }) => e);
}

/** parseRaw on name-status shorthand, modes dropped. */
function parseNameStatus(text: string): DiffEntry[] {
  return plain(parseRaw(raw(text)));
}

describe('parseRaw', () => {
  it('keeps each side’s git mode, so a symlink (120000) is known before anything is read', () => {
    expect(parseRaw(`:100644 120000 ${SHA} ${SHA} T\0a.md\0:000000 120000 ${SHA} ${SHA} A\0b.md\0:120000 000000 ${SHA} ${SHA} D\0c.md\0`)).toEqual([
      { status: 'T', oldPath: 'a.md', newPath: 'a.md', oldMode: '100644', newMode: '120000' },
      { status: 'A', oldPath: null, newPath: 'b.md', newMode: '120000' },
      { status: 'D', oldPath: 'c.md', newPath: null, oldMode: '120000' },
    ]);
  });

  it('keeps the old side’s blob id (what the base side is read by), none for all zeros', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => x.repeat(40)) as [string, string, string, string];
    expect(parseRaw(`:100644 100644 ${a} ${SHA} M\0m.md\0:000000 100644 ${SHA} ${b} A\0n.md\0:100644 000000 ${c} ${SHA} D\0d.md\0:100644 100644 ${d} ${SHA} R090\0old\nname.md\0new.md\0`).map((e) => [e.status, e.oldOid])).toEqual([
      ['M', a],
      ['A', undefined],
      ['D', c],
      ['R', d],
    ]);
  });

  it('parses git name-status -z output, renames included', () => {
    expect(parseNameStatus('M\0a.md\0R087\0old.md\0new.md\0A\0n.md\0D\0d.md\0')).toEqual([
      { status: 'M', oldPath: 'a.md', newPath: 'a.md' },
      { status: 'R', oldPath: 'old.md', newPath: 'new.md', similarity: 87 },
      { status: 'A', oldPath: null, newPath: 'n.md' },
      { status: 'D', oldPath: 'd.md', newPath: null },
    ]);
  });

  it('reads added, modified, deleted and type-changed files', () => {
    expect(parseNameStatus('M\0docs/a.md\0A\0docs/b.md\0D\0c.md\0T\0d.md\0')).toEqual([
      { status: 'M', oldPath: 'docs/a.md', newPath: 'docs/a.md' },
      { status: 'A', oldPath: null, newPath: 'docs/b.md' },
      { status: 'D', oldPath: 'c.md', newPath: null },
      { status: 'T', oldPath: 'd.md', newPath: 'd.md' },
    ]);
  });

  it('reads renames and copies with two paths and their similarity score', () => {
    expect(parseNameStatus('R087\0old/name.md\0new/name.md\0C100\0src.md\0copy.md\0')).toEqual([
      { status: 'R', oldPath: 'old/name.md', newPath: 'new/name.md', similarity: 87 },
      { status: 'C', oldPath: 'src.md', newPath: 'copy.md', similarity: 100 },
    ]);
  });

  it('gives no similarity when the rename has no score', () => {
    expect(parseNameStatus('R\0a.md\0b.md\0')).toEqual([{ status: 'R', oldPath: 'a.md', newPath: 'b.md' }]);
    expect(parseNameStatus('R000\0a.md\0b.md\0')).toEqual([{ status: 'R', oldPath: 'a.md', newPath: 'b.md', similarity: 0 }]);
  });

  it('skips unmerged and unknown entries together with their path, keeping the rest in step', () => {
    expect(parseNameStatus('U\0conflict.md\0X\0odd.md\0M\0ok.md\0')).toEqual([{ status: 'M', oldPath: 'ok.md', newPath: 'ok.md' }]);
  });

  it('keeps paths exactly: spaces, newlines, tabs, non-ASCII letters and a leading dash', () => {
    expect(parseNameStatus('M\0my file.md\0A\0line\nbreak\tname.md\0D\0café/é.md\0M\0-dash.md\0')).toEqual([
      { status: 'M', oldPath: 'my file.md', newPath: 'my file.md' },
      { status: 'A', oldPath: null, newPath: 'line\nbreak\tname.md' },
      { status: 'D', oldPath: 'café/é.md', newPath: null },
      { status: 'M', oldPath: '-dash.md', newPath: '-dash.md' },
    ]);
  });

  it('gives no entries for empty output', () => {
    expect(parseNameStatus('')).toEqual([]);
    expect(parseNameStatus('\0')).toEqual([]);
    expect(parseRaw('\0')).toEqual([]);
  });

  it('reads output without the final NUL', () => {
    expect(plain(parseRaw(raw('M\0a.md').replace(/\0$/, '')))).toEqual([{ status: 'M', oldPath: 'a.md', newPath: 'a.md' }]);
  });
});

describe('GitError', () => {
  it('is an Error named GitError with exit code 2', () => {
    const e = new GitError('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('GitError');
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('x');
  });
});

describe('git plumbing on a real repository', () => {
  let base: string;
  let root: string;
  let firstCommit: string;
  const run = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=wtdiff test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8' });
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  };
  const body = (topic: string) => Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} says the ${topic} plan should be agreed.`).join('\n\n') + '\n';

  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'wtdiff-git-')));
    root = join(base, 'repo');
    mkdirSync(root);
    run('init', '-q');
    write('a.md', body('first'));
    write('b.md', body('second'));
    write('c.md', body('third'));
    write('sub/d.md', body('fourth'));
    write('café notes.md', body('fifth'));
    write('.gitignore', 'ignored.md\n');
    run('add', '-A');
    run('commit', '-q', '-m', 'first');
    firstCommit = run('rev-parse', 'HEAD').trim();
    // Working tree against HEAD: a modified, b deleted, c renamed (staged), an untracked
    // file, an ignored one, a change under sub/ and a modified non-ASCII name.
    write('a.md', body('first').replace('Paragraph 1 says', 'Paragraph 1 now says'));
    unlinkSync(join(root, 'b.md'));
    run('mv', 'c.md', 'renamed.md');
    write('new.md', body('new'));
    write('ignored.md', body('ignored'));
    write('sub/d.md', body('fourth') + 'One more line.\n');
    write('café notes.md', body('fifth') + 'Another line.\n');
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  const byPath = (es: DiffEntry[]) => [...es].sort((x, y) => ((x.newPath ?? x.oldPath)! < (y.newPath ?? y.oldPath)! ? -1 : 1));

  it('git() resolves with stdout as bytes and rejects with the exit status and stderr', async () => {
    const { stdout } = await git(root, ['rev-parse', 'HEAD']);
    expect(Buffer.isBuffer(stdout)).toBe(true);
    expect(stdout.toString('utf8').trim()).toBe(firstCommit);
    const err = (await git(root, ['rev-parse', '--verify', 'no-such-ref']).catch((e: unknown) => e)) as { code?: unknown; stderr?: string };
    expect(err.code).toBe(128);
    expect(err.stderr).toMatch(/no-such-ref|Needed a single revision/);
  });

  it('repoRoot finds the top of the working tree from a subdirectory', async () => {
    expect(await repoRoot(join(root, 'sub'))).toBe(root);
    expect(await repoRoot(root)).toBe(root);
  });

  it('repoRoot says a directory outside any repository is not a git repository', async () => {
    await expect(repoRoot(base)).rejects.toThrow(new GitError(`not a git repository: ${base} (wtdiff check compares files with a git ref; run it inside a repository)`));
  });

  it('repoRoot says a missing directory does not exist (git itself is installed)', async () => {
    // Node reports a missing cwd as `spawn git ENOENT`, the same as a missing git binary.
    const missing = join(base, 'no-such-dir');
    const err = await repoRoot(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toBe(`no such directory: ${missing}`);
  });

  it('verifyRef gives the commit a ref names', async () => {
    expect(await verifyRef(root, 'HEAD')).toBe(firstCommit);
    expect(await verifyRef(root, 'main')).toBe(firstCommit);
    expect(await verifyRef(root, firstCommit.slice(0, 10))).toBe(firstCommit);
  });

  it('verifyRef refuses an empty ref, an option-like ref and control characters without running git', async () => {
    for (const ref of ['', '-p', '--output=x', 'main\nHEAD', 'a\u0000b']) {
      await expect(verifyRef(root, ref)).rejects.toThrow(new GitError(`invalid --base ref "${ref}"`));
    }
  });

  it('verifyRef says which ref is unknown', async () => {
    await expect(verifyRef(root, 'origin/nowhere')).rejects.toThrow(
      new GitError('unknown git ref "origin/nowhere" (no such branch, tag or commit here; in CI, fetch history with fetch-depth: 0)'),
    );
  });

  it('changedFiles lists modified, deleted, renamed and untracked files against the ref, not ignored ones', async () => {
    const entries = plain(byPath(await changedFiles(root, 'HEAD', [])));
    expect(entries).toEqual([
      { status: 'M', oldPath: 'a.md', newPath: 'a.md' },
      { status: 'D', oldPath: 'b.md', newPath: null },
      { status: 'M', oldPath: 'café notes.md', newPath: 'café notes.md' },
      { status: 'A', oldPath: null, newPath: 'new.md' },
      { status: 'R', oldPath: 'c.md', newPath: 'renamed.md', similarity: 100 },
      { status: 'M', oldPath: 'sub/d.md', newPath: 'sub/d.md' },
    ]);
  });

  it('changedFiles limits to the paths given, relative to cwd, and still reports repo-relative paths', async () => {
    expect(plain(await changedFiles(join(root, 'sub'), 'HEAD', ['.']))).toEqual([{ status: 'M', oldPath: 'sub/d.md', newPath: 'sub/d.md' }]);
    expect(plain(byPath(await changedFiles(root, 'HEAD', ['new.md', 'a.md'])))).toEqual([
      { status: 'M', oldPath: 'a.md', newPath: 'a.md' },
      { status: 'A', oldPath: null, newPath: 'new.md' },
    ]);
  });

  it('changedFiles reports a bad ref as a GitError with git’s first line', async () => {
    const err = await changedFiles(root, 'no-such-ref', []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toMatch(/^git diff failed: \S/);
    expect((err as Error).message).not.toMatch(/fatal: /);
  });

  it('the blob reader gives the bytes of a file at the ref by the ids changedFiles gives, including one since deleted', async () => {
    const entries = await changedFiles(root, 'HEAD', []);
    const oid = (path: string) => entries.find((e) => e.oldPath === path)!.oldOid!;
    const reader = new BlobReader(root);
    try {
      expect((await reader.read(oid('b.md'), 'b.md', 'HEAD')).toString('utf8')).toBe(body('second'));
      expect((await reader.read(oid('café notes.md'), 'café notes.md', 'HEAD')).toString('utf8')).toBe(body('fifth'));
    } finally {
      await reader.close();
    }
  });

  it('the blob reader says which file could not be read at which ref', async () => {
    const reader = new BlobReader(root);
    const err = await reader.read('0123456789'.repeat(4), 'new.md', 'HEAD').catch((e: unknown) => e);
    await reader.close();
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toMatch(/^cannot read new\.md at HEAD: \S/);
  });
});
