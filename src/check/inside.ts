// Files a pull request can name (through the configuration it carries, or by making a
// path a symlink) must stay inside the repository: a config saying
// "roles": "../../../etc/passwd", or .wtdiff-accepted.json → ~/.git-credentials, must not
// be read, and the error must not quote it.
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { UsageError } from '../errors.js';

/** True when `path` (already real) is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real path of `path` when it resolves inside `root` (a real path); a UsageError
 * otherwise. A path that does not exist is returned as given when its parent is inside
 * (the caller reports it missing or creates it).
 */
export async function resolveInside(root: string, path: string, what: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    // A dangling symlink resolves nowhere: refuse it rather than write through it.
    if (await isSymlink(path)) throw new UsageError(`${what} ${path}: a symbolic link to a missing file; not followed`);
    if (!isInside(root, path)) throw new UsageError(`${what} ${path}: outside the repository (${root}); not read`);
    return path;
  }
  if (!isInside(root, real)) throw new UsageError(`${what} ${path}: resolves outside the repository (${root}); not read`);
  return real;
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
