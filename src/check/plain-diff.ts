// Git's own diff of two files, for `wtdiff git-diff` when a file is not a document wtdiff
// reads (an image, JSON, a script). An external diff program cannot hand a file back to
// git, so it runs `git diff --no-index --no-ext-diff` itself (no recursion into wtdiff).
// Git passes temp files (/tmp/git-blob-XXXX/name) that would show up in the headers, so
// the two versions are copied to a/<path> and b/<path> in a temp dir and diffed from there
// with --no-prefix: the headers read `diff --git a/<path> b/<path>` as in git's own output.
// Git's colours are not asked for: they could not be told from escape codes in the file's
// own bytes, which must never reach the terminal. The lines are cleaned, then coloured here.
import type { ChalkInstance } from 'chalk';
import { execFile } from 'node:child_process';
import { copyFile, lstat, mkdir, mkdtemp, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputFileError } from '../errors.js';
import { fileError } from '../ingest/local.js';
import { sanitizeOutput } from '../text/sanitize.js';

const DEV_NULL = '/dev/null';
const MAX_OUTPUT = 256 * 1024 * 1024;

export interface PlainDiffSide {
  /** The file git passed, or /dev/null for a missing side. */
  file: string;
  /** Its path in the repository, for the headers. */
  path: string;
}

/** Git's unified diff of the two sides (empty when they are the same), without colour. */
export async function plainDiff(old: PlainDiffSide, neu: PlainDiffSide): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wtdiff-git-diff-'));
  try {
    const a = await place(dir, 'a', old);
    const b = await place(dir, 'b', neu);
    return await gitDiffNoIndex(dir, a, b);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A unified diff with every control made visible, then coloured as git colours it by
 * default: headers bold, hunk lines cyan, removed lines red, added lines green.
 */
export function colourDiff(diff: string, chalk: ChalkInstance): string {
  let inHunk = false;
  const lines = sanitizeOutput(diff).split('\n');
  const last = lines.pop(); // '' after the final newline
  const out = lines.map((line) => {
    if (line.startsWith('diff --git ')) inHunk = false;
    if (line.startsWith('@@')) {
      inHunk = true;
      return chalk.cyan(line);
    }
    if (!inHunk) return chalk.bold(line);
    if (line.startsWith('+')) return chalk.green(line);
    if (line.startsWith('-')) return chalk.red(line);
    return line;
  });
  return [...out, last ?? ''].join('\n');
}

/** Copy one side to dir/prefix/path; the argument to pass git for it. */
async function place(dir: string, prefix: 'a' | 'b', side: PlainDiffSide): Promise<string> {
  if (side.file === DEV_NULL) return DEV_NULL;
  const rel = `${prefix}/${safePath(side.path)}`;
  const target = join(dir, ...rel.split('/'));
  await mkdir(dirname(target), { recursive: true });
  let info;
  try {
    info = await lstat(side.file);
  } catch (err) {
    throw new InputFileError(`cannot read ${side.file}: ${fileError(err)}`);
  }
  // A symlink is diffed as its link text, as git does; never followed. A FIFO or a device is
  // not a version of a file (and /dev/zero would never end).
  if (info.isSymbolicLink()) await writeFile(target, await readlink(side.file, { encoding: 'buffer' }));
  else if (info.isFile()) await copyFile(side.file, target);
  else throw new InputFileError(`cannot read ${side.file}: not a regular file`);
  return rel;
}

/** The repository path as a relative path that stays inside the temp dir (git never passes another; a person might). */
export function safePath(path: string): string {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (!parts.length || parts.includes('..') || parts.some((p) => p.includes('\0'))) return 'file';
  return parts.join('/');
}

function gitDiffNoIndex(cwd: string, a: string, b: string): Promise<string> {
  const args = ['diff', '--no-index', '--no-ext-diff', '--no-prefix', '--no-color', '--', a, b];
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
      // --no-index exits 1 when the files differ, as diff(1) does.
      if (!err || err.code === 1) done(stdout.toString('utf8'));
      else fail(new InputFileError(`git diff failed: ${stderr.toString('utf8').split('\n').find((l) => l.trim())?.trim() ?? err.message}`));
    });
  });
}
