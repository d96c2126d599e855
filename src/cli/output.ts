// --output, written so that nothing is lost:
// - a regular file is written atomically (a temporary file beside it, then rename), so a
//   reader never sees half a report and a failed or interrupted run leaves the old file;
// - a symlink is written through to its target, atomically, and stays a symlink;
// - a character device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written
//   to directly: renaming over it would replace the device node with a file;
// - a file this run reads (an input, by device and inode, whatever path names it) is never
//   the output: `wtdiff a.md b.md -o a.md` is refused before anything is written.
// SIGINT, SIGTERM and SIGHUP during a write remove the temporary file, then the process
// dies of the signal as it would have.
import { randomBytes } from 'node:crypto';
import { rmSync, type Stats } from 'node:fs';
import { readlink, realpath, rename, rm, stat, lstat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputFileError, UsageError } from '../errors.js';

/** The paths among `paths` that name local files (not URLs, not "-" for standard input, not absent options). */
export function localFiles(paths: readonly (string | undefined)[]): string[] {
  return paths.filter((p): p is string => p !== undefined && p !== '-' && !/^https?:\/\//i.test(p));
}

export interface WriteOptions {
  /** Files this run read: the output may not be any of them. */
  inputs?: readonly string[];
}

export async function writeOutput(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const followed = await statOrNull(path);
  // /dev/stdout, /dev/fd/N: whatever they stand for now is where the user wants the bytes.
  const direct = /^\/(dev|proc)\//.test(resolve(path)) || (followed !== null && !followed.isFile() && !followed.isDirectory());
  const target = direct ? path : await destination(path);
  const existing = direct ? followed : await statOrNull(target);
  if (existing?.isDirectory()) throw new InputFileError(`cannot write ${path}: it is a directory`);
  if (existing?.isFile()) await refuseInputs(path, existing, options.inputs ?? []);
  if (direct) {
    // A device, FIFO or socket: write into it, never rename over it.
    try {
      await writeFile(target, content);
    } catch (err) {
      throw writeError(path, err);
    }
    return;
  }
  await writeAtomic(target, content, path);
}

/** Where writing `path` lands: the target of a symlink (followed to the end), else the path itself. */
async function destination(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    // Missing, or a dangling symlink: write where the link points, creating the file there.
    let at = abs;
    for (let hops = 0; hops < 40; hops++) {
      let link: string;
      try {
        if (!(await lstat(at)).isSymbolicLink()) return at;
        link = await readlink(at);
      } catch {
        return at;
      }
      at = resolve(dirname(at), link);
    }
    throw new InputFileError(`cannot write ${path}: too many levels of symbolic links`);
  }
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

async function refuseInputs(path: string, out: Stats, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    const s = await statOrNull(input);
    if (s && s.dev === out.dev && s.ino === out.ino) throw new UsageError(`--output ${path} is an input of this run${input === path ? '' : ` (${input})`}; choose another file (nothing was written)`);
  }
}

/** Temporary files being written now; removed if a signal ends the process. */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** A temporary file beside `target`, then rename. `shown` names the file in errors. */
export async function writeAtomic(target: string, content: string | Uint8Array, shown = target): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  track(tmp);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw writeError(shown, err);
  } finally {
    untrack(tmp);
  }
}

function writeError(path: string, err: unknown): InputFileError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code ?? (err as Error).message;
  return new InputFileError(`cannot write ${path}: ${why}`);
}
