// Paths given to `check` must name a file git knows of: in the index, untracked and not
// ignored, or in the base commit. Real git repositories in temp dirs.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAFile, requirePaths } from '../../src/check/paths.js';
import { GitError } from '../../src/check/git.js';
import { UsageError } from '../../src/errors.js';
import { git, repo, write } from '../support/git-repo.js';

const TEXT = 'Fixture text, not guidance.\n';

/** A repository with a branch "pr" that deleted gone/ and gone.md in a commit, and some untracked and ignored files. */
function prRepo(): string {
  const root = repo({ 'docs/a.md': TEXT, 'docs/sub/b.md': TEXT, 'gone/c.md': TEXT, 'gone.md': TEXT, 'staged-rm.md': TEXT, 'worktree-rm.md': TEXT, '.gitignore': 'drafts/\n*.tmp\n' });
  git(root, 'checkout', '-q', '-b', 'pr');
  git(root, 'rm', '-q', '-r', 'gone', 'gone.md');
  git(root, 'commit', '-q', '-m', 'delete');
  git(root, 'rm', '-q', 'staged-rm.md');
  rmSync(join(root, 'worktree-rm.md'));
  write(root, { 'new.md': TEXT, 'drafts/wip.md': TEXT, 'scratch.tmp': TEXT });
  mkdirSync(join(root, 'empty'));
  return root;
}

describe('matchesAFile', () => {
  it('is true for a tracked file, a directory, a glob and pathspec magic that match', async () => {
    const root = prRepo();
    for (const p of ['docs/a.md', 'docs', 'docs/', 'docs/sub', 'docs/*.md', ':(glob)**/b.md', '.']) expect(await matchesAFile(root, 'main', p), p).toBe(true);
  });

  it('counts files that exist only at the base: deleted in a commit, staged for deletion, or removed from the working tree', async () => {
    const root = prRepo();
    for (const p of ['gone.md', 'gone', 'gone/c.md', 'staged-rm.md', 'worktree-rm.md']) expect(await matchesAFile(root, 'main', p), p).toBe(true);
    // against a base that does not have them either, the deleted ones name nothing
    expect(await matchesAFile(root, 'HEAD', 'gone.md')).toBe(false);
    expect(await matchesAFile(root, 'HEAD', 'gone')).toBe(false);
  });

  it('counts untracked files that are not ignored, and nothing else', async () => {
    const root = prRepo();
    expect(await matchesAFile(root, 'main', 'new.md')).toBe(true);
    for (const p of ['drafts', 'drafts/wip.md', 'scratch.tmp', 'empty', 'nowhere', 'doc', 'docs/*.txt']) expect(await matchesAFile(root, 'main', p), p).toBe(false);
  });

  it('takes the pathspec relative to cwd', async () => {
    const root = prRepo();
    expect(await matchesAFile(join(root, 'docs'), 'main', 'sub')).toBe(true);
    expect(await matchesAFile(join(root, 'docs'), 'main', 'a.md')).toBe(true);
    expect(await matchesAFile(join(root, 'docs'), 'main', 'gone.md')).toBe(false);
    expect(await matchesAFile(join(root, 'docs'), 'main', '../gone.md')).toBe(true);
  });

  it('is true for a pathspec matching more names than it reads', async () => {
    const names = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`many/a-rather-long-file-name-for-the-listing-${String(i).padStart(4, '0')}.md`, TEXT]));
    const root = repo(names);
    expect(await matchesAFile(root, 'main', 'many')).toBe(true);
    expect(await matchesAFile(root, 'main', '.')).toBe(true);
  });

  it('rejects a path outside the repository with a GitError naming it', async () => {
    const root = prRepo();
    const err = await matchesAFile(root, 'main', '../elsewhere').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toMatch(/^\.\.\/elsewhere: .*outside repository/);
  });
});

describe('requirePaths', () => {
  it('passes when every path names a file, and names the first that does not', async () => {
    const root = prRepo();
    await expect(requirePaths(root, 'main', ['docs', 'gone.md', 'new.md'])).resolves.toBeUndefined();
    await expect(requirePaths(root, 'main', ['docs', 'procedure', 'nowhere'])).rejects.toThrow(new UsageError('procedure: no such path in the repository'));
    await expect(requirePaths(root, 'main', ['docs', 'procedure'], ['docs', 'the procedure entry'])).rejects.toThrow(new UsageError('the procedure entry: no such path in the repository'));
    await expect(requirePaths(root, 'main', [])).resolves.toBeUndefined();
  });
});
