// Reading a local file with its size counted while reading, never trusted from stat:
// /dev/zero, a FIFO or a file growing under us report a size of 0 and would otherwise be
// read forever. Used for every file wtdiff opens (inputs, role lexicons, accepted-changes
// and configuration files, the working-tree side of `check`).
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { cannotRead, InputError } from './errors.js';
import { largerThan, limit, type LimitName } from '../limits.js';
import { parseJson } from '../text/json.js';
import { decodeText } from './sniff.js';

export interface BoundedReadOptions {
  /** Which limit applies (default: inputBytes). */
  limitName?: LimitName;
  /** Overrides the limit's value (a caller's own option, e.g. convert's). */
  maxBytes?: number;
  /** Refuse a symbolic link as the last path component (O_NOFOLLOW) instead of reading its target. */
  noFollow?: boolean;
  /** Refuse anything but a regular file (no FIFOs, devices or sockets). */
  regularOnly?: boolean;
  /** How the file is named in messages (default: the path). */
  name?: string;
}

const CHUNK = 1024 * 1024;

export async function readBounded(path: string, options: BoundedReadOptions = {}): Promise<Uint8Array> {
  const name = options.name ?? path;
  const limitName = options.limitName ?? 'inputBytes';
  const maxBytes = options.maxBytes ?? limit(limitName);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    throw cannotRead(name, fileError(error), error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw cannotRead(name, 'it is a directory');
    if (options.regularOnly && !info.isFile()) throw cannotRead(name, 'not a regular file');
    // The handle is closed below, whatever happens to the stream.
    return await readStreamBounded(handle.createReadStream({ autoClose: false, highWaterMark: CHUNK }), name, maxBytes, limitName);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(name, fileError(error), error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * A stream (standard input, or an open file) read to its end, its bytes counted as they come and
 * refused once they pass the limit: the one place every read of wtdiff's is bounded.
 */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes = limit('inputBytes'), limitName: LimitName = 'inputBytes'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += bytes.length;
      if (total > maxBytes) throw cannotRead(name, largerThan(limitName, maxBytes));
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(name, fileError(error), error);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** A reason in a few words, never the file's content. */
export function fileError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'a symbolic link (not followed)';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable');
  }
}

/** A configuration or data file as text: strict UTF-8, BOM dropped, CRLF made LF; bounded by configBytes. */
export async function readTextFile(path: string, options: BoundedReadOptions = {}): Promise<string> {
  return decodeText(options.name ?? path, await readBounded(path, { limitName: 'configBytes', ...options }));
}

/** A JSON data file: read bounded and parsed; `what` names it in errors ("--roles x.json"), never its content. */
export async function readJsonFile(path: string, what: string, options: BoundedReadOptions = {}): Promise<unknown> {
  return parseJson(await readTextFile(path, options), what);
}
