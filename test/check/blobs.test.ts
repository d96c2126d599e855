// Document text in this file is test fixture text, not guidance.
// The base side of `wtdiff check`: one `git cat-file --batch` process per run (blobs.ts),
// called directly and through runCheck, on real git repositories in temp dirs.
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/check/blobs.js';
import { changedFiles, GitError } from '../../src/check/git.js';
import { runCheck } from '../../src/check/run.js';
import { git, repo, tempDir, write } from '../support/git-repo.js';

const sentence = (topic: string, who = 'the practitioner and their manager') => `The ${topic} plan must be agreed by ${who} within 5 working days.`;
const doc = (topic: string, who?: string) => ['# Procedure (fixture)', '', sentence(topic, who), ''].join('\n');

/** The blob id of `path` at HEAD. */
const oidOf = (root: string, path: string) => git(root, 'rev-parse', `HEAD:${path}`).trim();

/** A reader on `root` for the length of `use`, closed however it ends. */
async function withReader(root: string, use: (reader: BlobReader) => Promise<void>, maxBytes?: number): Promise<void> {
  const reader = new BlobReader(root, maxBytes);
  try {
    await use(reader);
  } finally {
    await reader.close();
  }
}

/** Whether a process is still running (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `git cat-file` processes that are children of this test process. */
function catFileChildren(): string[] {
  return execFileSync('ps', ['-A', '-o', 'ppid=,pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([ppid, , ...args]) => Number(ppid) === process.pid && args.join(' ').includes('cat-file'))
    .map((l) => l.join(' '));
}

describe('BlobReader', () => {
  it('reads many blobs, in any order and more than once, through one git process', async () => {
    const files = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`p${i}.md`, doc(`topic ${i}`)]));
    const root = repo(files);
    await withReader(root, async (reader) => {
      const names = Object.keys(files);
      // Asked all at once: git answers in order, and each answer goes to its own request.
      const all = await Promise.all([...names, ...names.slice(0, 3)].map((n) => reader.read(oidOf(root, n), n, 'HEAD')));
      expect(all.map((b) => b.toString('utf8'))).toEqual([...names, ...names.slice(0, 3)].map((n) => files[n]));
      const pid = reader.pid;
      expect(pid).not.toBeNull();
      expect((await reader.read(oidOf(root, 'p7.md'), 'p7.md', 'HEAD')).toString('utf8')).toBe(files['p7.md']);
      expect(reader.pid).toBe(pid);
    });
  });

  it('starts no process until something is read, and gives empty files and bytes that are not text exactly', async () => {
    const bytes = Buffer.from([0x00, 0x0a, 0xff, 0x0a, 0x0a]);
    const root = repo({ 'empty.md': '', 'bin.md': bytes });
    const reader = new BlobReader(root);
    expect(reader.pid).toBeNull();
    try {
      expect(await reader.read(oidOf(root, 'empty.md'), 'empty.md', 'HEAD')).toEqual(Buffer.alloc(0));
      expect(await reader.read(oidOf(root, 'bin.md'), 'bin.md', 'HEAD')).toEqual(bytes);
    } finally {
      await reader.close();
    }
  });

  it('refuses a blob over the limit on its header, skips its bytes and goes on reading; one at the limit is read', async () => {
    const root = repo({ 'big.md': 'x'.repeat(300_000), 'exact.md': 'y'.repeat(1000), 'small.md': doc('small') });
    await withReader(root, async (reader) => {
      const big = reader.read(oidOf(root, 'big.md'), 'big.md', 'main');
      const small = reader.read(oidOf(root, 'small.md'), 'small.md', 'main');
      await expect(big).rejects.toThrow(new GitError('cannot read big.md at main: larger than the 1000 bytes limit'));
      expect((await small).toString('utf8')).toBe(doc('small'));
      expect((await reader.read(oidOf(root, 'exact.md'), 'exact.md', 'main')).length).toBe(1000);
    }, 1000);
  });

  it('says an object git does not have is missing, and reads on', async () => {
    const root = repo({ 'a.md': doc('a') });
    await withReader(root, async (reader) => {
      const gone = '1'.repeat(40);
      await expect(reader.read(gone, 'gone.md', 'HEAD')).rejects.toThrow(new GitError(`cannot read gone.md at HEAD: object ${gone} is not in the repository`));
      expect((await reader.read(oidOf(root, 'a.md'), 'a.md', 'HEAD')).toString('utf8')).toBe(doc('a'));
    });
  });

  it('writes nothing but an object id to git: a REF:path, a name with a newline or an option is refused unasked', async () => {
    const root = repo({ 'a.md': doc('a') });
    await withReader(root, async (reader) => {
      for (const asked of ['HEAD:a.md', `${oidOf(root, 'a.md')}\nHEAD:a.md`, '--batch-all-objects', '', 'ABCDEF'.repeat(7).slice(0, 40)]) {
        await expect(reader.read(asked, 'a.md', 'HEAD')).rejects.toThrow(new GitError('cannot read a.md at HEAD: no object id from git diff'));
      }
      expect(reader.pid).toBeNull();
    });
  });

  it('fails what is waiting, and every later read, when git dies mid-stream; close() still resolves', async () => {
    const root = repo({ 'small.md': doc('small'), 'big.md': 'The plan must be agreed. '.repeat(800_000) });
    await withReader(root, async (reader) => {
      expect((await reader.read(oidOf(root, 'small.md'), 'small.md', 'HEAD')).toString('utf8')).toBe(doc('small'));
      const big = reader.read(oidOf(root, 'big.md'), 'big.md', 'HEAD');
      process.kill(reader.pid!, 'SIGKILL');
      await expect(big).rejects.toThrow(new GitError('cannot read big.md at HEAD: git cat-file ended early (SIGKILL)'));
      await expect(reader.read(oidOf(root, 'small.md'), 'small.md', 'HEAD')).rejects.toThrow(/^cannot read small\.md at HEAD: git cat-file ended early \(SIGKILL\)$/);
    });
  });

  it('close() ends the git process, after an error too, and reads after it fail', async () => {
    const root = repo({ 'big.md': 'x'.repeat(10_000), 'a.md': doc('a') });
    const reader = new BlobReader(root, 100);
    await expect(reader.read(oidOf(root, 'big.md'), 'big.md', 'HEAD')).rejects.toThrow(/larger than the 100 bytes limit/);
    const pid = reader.pid!;
    expect(alive(pid)).toBe(true);
    await reader.close();
    expect(alive(pid)).toBe(false);
    await expect(reader.read(oidOf(root, 'a.md'), 'a.md', 'HEAD')).rejects.toThrow(new GitError('cannot read a.md at HEAD: the reader was closed'));
    await reader.close();
  });

  it('close() while an answer is still arriving ends git and fails the read', async () => {
    const root = repo({ 'big.md': 'The plan must be agreed. '.repeat(800_000) });
    const reader = new BlobReader(root);
    const big = reader.read(oidOf(root, 'big.md'), 'big.md', 'HEAD');
    const pid = reader.pid!;
    const refused = expect(big).rejects.toThrow(new GitError('cannot read big.md at HEAD: the reader was closed'));
    await reader.close();
    await refused;
    expect(alive(pid)).toBe(false);
  });
});

describe('runCheck reads the base side by blob id', () => {
  it('names with spaces, quotes, non-ASCII letters, a leading dash and a newline; added, deleted, renamed and a symlink, in one run', async () => {
    const names = ['with space.md', 'café – é.md', `quote"double'single.md`, '-dash.md', 'line\nbreak.md', 'tab\there.md'];
    const outside = join(tempDir(), 'secret.md');
    writeFileSync(outside, doc('SECRET-do-not-read'));
    const rest = ['', '## Review', '', 'The review must be recorded.', '', 'The plan must be reviewed every three months.', ''].join('\n');
    const root = repo({ ...Object.fromEntries(names.map((n, i) => [n, doc(`topic ${i}`)])), 'gone\nold.md': doc('gone'), 'old\nname.md': doc('moved') + rest });
    symlinkSync(outside, join(root, 'link.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'a symlink');
    // Every file edited: "and their manager" dropped.
    write(root, Object.fromEntries(names.map((n, i) => [n, doc(`topic ${i}`, 'the practitioner')])));
    rmSync(join(root, 'gone\nold.md'));
    git(root, 'mv', 'old\nname.md', 'new "name".md');
    write(root, { 'new "name".md': doc('moved', 'the practitioner') + rest, 'added.md': doc('added') });
    rmSync(join(root, 'link.md'));
    write(root, { 'link.md': doc('linked') });

    const result = await runCheck({ cwd: root, base: 'main' });
    const byPath = new Map(result.files.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual([...names, 'added.md', 'gone\nold.md', 'link.md', 'new "name".md'].sort());
    for (const [i, n] of names.entries()) {
      const f = byPath.get(n)!;
      expect(f.status).toBe('modified');
      expect(f.comparison.documents.old.label).toBe(`main:${n}`);
      expect(f.comparison.changes.map((c) => [c.old?.text, c.roles.removed])).toEqual([[sentence(`topic ${i}`), ['manager']]]);
    }
    expect(byPath.get('gone\nold.md')!.comparison.changes.some((c) => c.kind === 'removed' && c.old?.text === sentence('gone'))).toBe(true);
    const renamed = byPath.get('new "name".md')!;
    expect([renamed.status, renamed.oldPath]).toEqual(['renamed', 'old\nname.md']);
    expect(renamed.comparison.changes.map((c) => c.old?.text)).toEqual([sentence('moved')]);
    expect(byPath.get('added.md')!.status).toBe('added');
    // The base symlink is its link text: the file it points at is never read.
    const link = byPath.get('link.md')!;
    expect(link.symlink).toBe('old');
    expect(link.comparison.changes.some((c) => c.old?.text === outside)).toBe(true);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('gives the read blob ids from git diff --raw: the old side of a rename is its source', async () => {
    const root = repo({ 'a.md': doc('a'), 'b.md': doc('b') + '\nMore.\n\nAnd more.\n\nStill more.\n' });
    write(root, { 'a.md': doc('a2') });
    git(root, 'mv', 'b.md', 'c.md');
    const entries = await changedFiles(root, 'main', []);
    expect(entries.map((e) => [e.newPath, e.oldOid])).toEqual([
      ['a.md', oidOf(root, 'a.md')],
      ['c.md', oidOf(root, 'b.md')],
    ]);
  });

  it('ends its git process when a file fails part-way through the run', async () => {
    const root = repo({ 'a.md': doc('a'), 'b.md': Buffer.from([0x41, 0x00, 0x42]), 'c.md': doc('c') });
    write(root, { 'a.md': doc('a', 'the practitioner'), 'b.md': doc('b'), 'c.md': doc('c', 'the practitioner') });
    const err = await runCheck({ cwd: root, base: 'main' }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('cannot read b.md at main: binary data (NUL byte at offset 1), not text');
    expect(catFileChildren()).toEqual([]);
  });
});
