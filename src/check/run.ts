// The engine of `wtdiff check`: every markdown file that differs between a git
// ref and the working tree, compared old against new, accepted changes marked,
// failing changes listed. No process globals: the caller passes the directory.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RoleLexicon } from '../classify/lexicon.js';
import { decodeText } from '../ingest/index.js';
import { InputFileError } from '../errors.js';
import type { Change, CheckResult, Comparison, FailingChange, FileComparison, FileStatus } from '../types.js';
import { comparer, workersFor, type CompareJob } from './pool.js';
import { changedFiles, repoRoot, SUBMODULE_MODE, SYMLINK_MODE, verifyRef, type DiffEntry } from './git.js';
import { BlobReader } from './blobs.js';
import { isInside } from './inside.js';
import { requirePaths } from './paths.js';
import { fileError, readBounded } from '../ingest/local.js';
import { markAccepted, type AcceptedMap } from './accepted.js';

export const DEFAULT_FAIL_ON = ['role-removed'];
const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

export interface CheckOptions {
  /** Directory the command runs in; pathspecs are relative to it. */
  cwd: string;
  /** Repository root, when the caller has already found it. */
  root?: string;
  /** Git ref to compare with. */
  base: string;
  /** Pathspecs (default: everything under cwd). Each must match a file (paths.ts). */
  paths?: readonly string[];
  /** How each pathspec is named in an error, parallel to `paths` (default: as given). */
  pathNames?: readonly string[];
  /** Tags that fail (default: role-removed). */
  failOn?: readonly string[];
  accepted?: AcceptedMap;
  roles?: RoleLexicon;
  /** Files compared at once, on worker threads (default: the machine's cores, at most 4; 1: on this thread). */
  jobs?: number;
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const root = options.root ?? (await repoRoot(options.cwd));
  const commit = await verifyRef(root, options.base);
  if (options.paths?.length) await requirePaths(options.cwd, commit, options.paths, options.pathNames);
  const entries = (await changedFiles(options.cwd, options.base, options.paths ?? [])).filter(isMarkdown);
  entries.sort((a, b) => primaryPath(a).localeCompare(primaryPath(b)));
  const files: FileComparison[] = [];
  // The first error in file order is the one reported, as when files were compared one by one.
  const failed = { index: Infinity, err: undefined as unknown };
  const fail = (index: number, err: unknown) => {
    if (index < failed.index) Object.assign(failed, { index, err });
  };
  // One git process reads every base-side file; files are compared here or on worker threads
  // (pool.ts). Both are ended however the run ends.
  const blobs = new BlobReader(root);
  const comparing = comparer(workersFor(entries.length, options.jobs), options.roles);
  const pending: Promise<void>[] = [];
  try {
    for (const [index, e] of entries.entries()) {
      if (failed.index < Infinity) break;
      let side: Sides;
      try {
        side = await readSides(root, blobs, options.base, e);
      } catch (err) {
        fail(index, err);
        break;
      }
      await comparing.ready();
      pending.push(comparing.compare(side.job).then((comparison) => void (files[index] = fileComparison(e, side, comparison)), (err: unknown) => fail(index, err)));
    }
    await Promise.all(pending);
  } finally {
    await Promise.all([blobs.close(), comparing.close()]);
  }
  if (failed.index < Infinity) throw failed.err;
  return finish(options.base, files, options.failOn ?? DEFAULT_FAIL_ON, options.accepted);
}

/** Mark accepted changes, list failing ones, summarise. Also used after --write-accepted. */
export function finish(base: string, files: FileComparison[], failOn: readonly string[], accepted?: AcceptedMap): CheckResult {
  const acceptedCount = accepted ? markAccepted(files, accepted) : files.reduce((n, f) => n + f.comparison.changes.filter((c) => c.accepted).length, 0);
  const failing: FailingChange[] = [];
  for (const f of files) for (const c of f.comparison.changes) if (fails(c, failOn)) failing.push({ path: f.path, change: c });
  return {
    base,
    failOn: [...failOn],
    files,
    failing,
    summary: {
      files: files.length,
      changes: files.reduce((n, f) => n + f.comparison.changes.length, 0),
      failing: failing.length,
      accepted: acceptedCount,
    },
    passed: failing.length === 0,
  };
}

export function fails(c: Change, failOn: readonly string[]): boolean {
  return !c.accepted && c.tags.some((t) => failOn.includes(t));
}

function isMarkdown(e: DiffEntry): boolean {
  return (e.newPath !== null && MARKDOWN.test(e.newPath)) || (e.oldPath !== null && MARKDOWN.test(e.oldPath));
}

function primaryPath(e: DiffEntry): string {
  return (e.newPath ?? e.oldPath)!;
}

/** Both sides of one file as read, and what comparing them takes. */
interface Sides {
  old: SideText;
  neu: SideText;
  job: Omit<CompareJob, 'id'>;
}

async function readSides(root: string, blobs: BlobReader, base: string, e: DiffEntry): Promise<Sides> {
  const old = e.oldPath !== null ? await readBase(blobs, base, e) : { text: '', link: false };
  const neu = e.newPath !== null ? await readWorking(root, e.newPath) : { text: '', link: false };
  const options: CompareJob['options'] = {
    oldLabel: e.oldPath !== null ? `${base}:${e.oldPath}` : '/dev/null',
    newLabel: e.newPath ?? '/dev/null',
    ...(e.oldPath !== null ? { oldPath: e.oldPath } : {}),
    ...(e.newPath !== null ? { newPath: e.newPath } : {}),
    idScope: primaryPath(e),
  };
  return { old, neu, job: { old: old.text, new: neu.text, options } };
}

function fileComparison(e: DiffEntry, side: Sides, comparison: Comparison): FileComparison {
  // A copy is compared with its source like a rename; its old file is still there.
  const status: FileStatus = e.status === 'A' ? 'added' : e.status === 'D' ? 'removed' : e.status === 'R' || e.status === 'C' ? 'renamed' : 'modified';
  const out: FileComparison = { path: primaryPath(e), status, oldPath: e.oldPath, newPath: e.newPath, comparison };
  if (e.similarity !== undefined) out.similarity = e.similarity;
  if (side.old.link || side.neu.link) out.symlink = side.old.link && side.neu.link ? 'both' : side.old.link ? 'old' : 'new';
  return out;
}

interface SideText {
  text: string;
  /** A symbolic link: `text` is its link text, as git compares it; its target is never read. */
  link: boolean;
}

/**
 * The base side, read by its blob id (never by path). A symlink's blob is its link text, so
 * it is never read through.
 */
async function readBase(blobs: BlobReader, base: string, e: DiffEntry): Promise<SideText> {
  const path = e.oldPath!;
  if (e.oldMode === SUBMODULE_MODE) throw new InputFileError(`${path} at ${base} is a submodule, not a markdown file; leave it out of the paths checked`);
  return { text: decodeText(`${path} at ${base}`, await blobs.read(e.oldOid ?? '', path, base)), link: e.oldMode === SYMLINK_MODE };
}

/**
 * The working-tree side, as a pull request left it: a symlink is compared as its link
 * text and never followed (it may point at /etc/passwd, .git/config or /dev/zero); a
 * file is read only if it is a regular file inside the repository, bounded in size.
 */
async function readWorking(root: string, path: string): Promise<SideText> {
  const full = join(root, ...path.split('/'));
  let info;
  try {
    info = await lstat(full);
  } catch (err) {
    throw new InputFileError(`cannot read ${path}: ${fileError(err)}`);
  }
  if (info.isSymbolicLink()) return { text: await readlink(full, 'utf8'), link: true };
  if (!info.isFile()) throw new InputFileError(`cannot read ${path}: not a regular file`);
  // A parent directory that is a symlink would lead outside.
  if (!isInside(root, await realpath(dirname(full)))) throw new InputFileError(`cannot read ${path}: its directory resolves outside the repository; not read`);
  return { text: decodeText(path, await readBounded(full, { name: path, noFollow: true, regularOnly: true })), link: false };
}
