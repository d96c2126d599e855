// Paths given to `check` (arguments or the configuration's "paths") must name something.
// A typo ("procedure" for "procedures") would otherwise match no changed file and the
// gate would pass forever. "Something" is any file, markdown or not, that git knows of
// under the pathspec: in the index, untracked and not ignored, or in the base commit, so
// that a file the pull request deleted (and so a path that now exists only at the base)
// still counts. A path that exists but has no changes is a pass, not an error.
import { UsageError } from '../errors.js';
import { git, GitError } from './git.js';

/** Enough output to know that something matched; more is not read (a '.' in a big repository). */
const ENOUGH = 64 * 1024;

/**
 * Throws a UsageError (exit 2) for the first pathspec that matches no file. `names` are how
 * each path is named in the message (as the user wrote it), parallel to `paths`.
 */
export async function requirePaths(cwd: string, commit: string, paths: readonly string[], names: readonly string[] = paths): Promise<void> {
  for (const [i, path] of paths.entries()) {
    if (!(await matchesAFile(cwd, commit, path))) throw new UsageError(`${names[i] ?? path}: no such path in the repository`);
  }
}

/** One pathspec at a time: git cannot say which of several pathspecs matched nothing (except in its own, translated, words). */
export async function matchesAFile(cwd: string, commit: string, pathspec: string): Promise<boolean> {
  try {
    // --with-tree lays the base commit's files over the index, so deleted files are listed too.
    const { stdout } = await git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', `--with-tree=${commit}`, '--', pathspec], ENOUGH);
    return stdout.length > 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return true;
    const said = ((err as { stderr?: string }).stderr ?? '').split('\n').find((l) => l.trim())?.replace(/^fatal: /, '').trim();
    throw new GitError(`${pathspec}: ${said || (err as Error).message}`);
  }
}
