// Git plumbing for `wtdiff check`: git itself, run with execFile (no shell),
// every path after `--`, every ref checked before use.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GitError } from '../errors.js';

export { GitError };

interface GitOutput {
  stdout: Buffer;
  stderr: string;
}

const MAX_BUFFER = 256 * 1024 * 1024;

/** Run git in `cwd`; rejects with the git process's error (code = exit status). */
export function git(cwd: string, args: readonly string[], maxBuffer = MAX_BUFFER): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer }, (err, stdout, stderr) => {
      const errText = stderr.toString('utf8');
      if (err) {
        const e = err as NodeJS.ErrnoException & { stderr?: string };
        e.stderr = errText;
        reject(e);
      } else resolve({ stdout, stderr: errText });
    });
  });
}

function gitMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' && (err as { path?: string }).path === 'git';
}

/** The top of the working tree containing `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  try {
    const { stdout } = await git(cwd, ['rev-parse', '--show-toplevel']);
    const root = stdout.toString('utf8').trim();
    if (!root) throw new GitError(`${cwd} is not inside a git working tree (a bare repository?)`);
    return root;
  } catch (err) {
    if (err instanceof GitError) throw err;
    // Node reports a missing working directory as `spawn git ENOENT`, like a missing git.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(cwd)) throw new GitError(`no such directory: ${cwd}`);
    if (gitMissing(err)) throw new GitError('git is not installed or not on PATH; wtdiff check needs it');
    throw new GitError(`not a git repository: ${cwd} (wtdiff check compares files with a git ref; run it inside a repository)`);
  }
}

/** The commit a ref names; GitError when there is none. */
export async function verifyRef(root: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) throw new GitError(`invalid --base ref "${ref}"`);
  try {
    const { stdout } = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.toString('utf8').trim();
  } catch {
    throw new GitError(`unknown git ref "${ref}" (no such branch, tag or commit here; in CI, fetch history with fetch-depth: 0)`);
  }
}

export type GitStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface DiffEntry {
  status: GitStatus;
  /** Repo-relative paths. */
  oldPath: string | null;
  newPath: string | null;
  similarity?: number;
  /** Git modes ("100644", "120000" for a symlink, "160000" for a submodule); absent for untracked files. */
  oldMode?: string;
  newMode?: string;
  /** The old side's blob id, as `git diff --raw` gives it: what the base side is read by (blobs.ts). */
  oldOid?: string;
}

export const SYMLINK_MODE = '120000';
export const SUBMODULE_MODE = '160000';

/**
 * Files that differ between `ref` and the working tree under `paths`
 * (pathspecs relative to `cwd`), renames followed, plus untracked files.
 */
export async function changedFiles(cwd: string, ref: string, paths: readonly string[]): Promise<DiffEntry[]> {
  const spec = paths.length ? [...paths] : ['.'];
  let out: Buffer;
  try {
    ({ stdout: out } = await git(cwd, ['diff', '-M', '--raw', '--no-abbrev', '-z', '--no-color', '--no-ext-diff', ref, '--', ...spec]));
  } catch (err) {
    throw new GitError(`git diff failed: ${firstLine((err as { stderr?: string }).stderr) || (err as Error).message}`);
  }
  const entries = parseRaw(out.toString('utf8'));
  let untracked: Buffer;
  try {
    ({ stdout: untracked } = await git(cwd, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...spec]));
  } catch (err) {
    throw new GitError(`git ls-files failed: ${firstLine((err as { stderr?: string }).stderr) || (err as Error).message}`);
  }
  const seen = new Set(entries.map((e) => e.newPath).filter((p): p is string => p !== null));
  for (const p of untracked.toString('utf8').split('\0')) {
    if (p && !seen.has(p)) entries.push({ status: 'A', oldPath: null, newPath: p });
  }
  return entries;
}

/**
 * `git diff --raw -z`: ":oldmode newmode oldsha newsha STATUS\0path\0", or
 * "… R<score>\0old\0new\0" for renames and copies. The modes tell a symlink (120000)
 * from a file, so one is never read through; the old sha is the blob the base side is read
 * by, so no path is ever written to git (all zeros, git's "no object", is left out).
 */
export function parseRaw(text: string): DiffEntry[] {
  const parts = text.split('\0');
  const out: DiffEntry[] = [];
  for (let i = 0; i < parts.length; ) {
    const header = parts[i++];
    if (!header || !header.startsWith(':')) continue;
    const [oldMode, newMode, oldOid, , code = ''] = header.slice(1).split(' ');
    const letter = code[0];
    const modes = (e: DiffEntry): DiffEntry => {
      if (e.oldPath !== null && oldMode) e.oldMode = oldMode;
      if (e.newPath !== null && newMode) e.newMode = newMode;
      if (e.oldPath !== null && oldOid && /[^0]/.test(oldOid)) e.oldOid = oldOid;
      return e;
    };
    if (letter === 'R' || letter === 'C') {
      const oldPath = parts[i++] ?? '';
      const newPath = parts[i++] ?? '';
      const score = Number(code.slice(1));
      const e: DiffEntry = { status: letter, oldPath, newPath };
      if (Number.isFinite(score) && code.length > 1) e.similarity = score;
      out.push(modes(e));
    } else {
      const path = parts[i++] ?? '';
      if (letter === 'A') out.push(modes({ status: 'A', oldPath: null, newPath: path }));
      else if (letter === 'D') out.push(modes({ status: 'D', oldPath: path, newPath: null }));
      else if (letter === 'M' || letter === 'T') out.push(modes({ status: letter, oldPath: path, newPath: path }));
      // U (unmerged), X (unknown): nothing to compare
    }
  }
  return out;
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n').find((l) => l.trim())?.replace(/^fatal: /, '').trim() ?? '';
}

/** True when `path` (inside `root`) is a file git tracks: `check -o` must not replace one. */
export async function isTracked(root: string, path: string): Promise<boolean> {
  try {
    await git(root, ['ls-files', '--error-unmatch', '--', path]);
    return true;
  } catch {
    return false;
  }
}
