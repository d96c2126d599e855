// Reading an input file as text: strict UTF-8 (a wrong encoding is an error, not
// mojibake), BOM dropped, CRLF and CR made LF so line numbers match any editor.
import { readFile, stat } from 'node:fs/promises';
import { InputFileError } from '../errors.js';

const MAX_BYTES = 64 * 1024 * 1024;

export async function readTextFile(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputFileError(`cannot read ${path}: ${reason(err)}`);
  }
  if (info.isDirectory()) throw new InputFileError(`cannot read ${path}: it is a directory`);
  if (info.size > MAX_BYTES) throw new InputFileError(`cannot read ${path}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputFileError(`cannot read ${path}: ${reason(err)}`);
  }
  return decodeText(bytes, path);
}

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputFileError(`cannot read ${name}: it is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(`cannot read ${name}: not valid UTF-8 text (convert it to UTF-8 first)`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ?? (err as Error).message;
}
