// Read what users actually have — markdown, text, HTML, DOCX, PDF, or an http(s) URL to any of
// them — and give the comparison the markdown it reads. The reader is chosen by URL content
// type or file extension, and checked against the bytes (see sniff.ts). This is the Node edge
// (files, standard input, URLs); read.ts turns bytes into markdown anywhere, the browser app too.

import type { Ingested, ReadOptions } from './types.js';
import { formatFromExtension } from './sniff.js';
import { readBytes } from './read.js';
import { fetchUrl, formatFromContentType, isUrl } from './url.js';
import { readBounded, readStreamBounded } from './local.js';

/** The source name that reads standard input, and how it is named in messages and reports. */
export const STDIN = '-';
export const STDIN_NAME = 'standard input';

export type { Ingested, InputFormat, ReadOptions } from './types.js';
export { InputError, isInputError } from './errors.js';
export { sniff, decodeText } from './sniff.js';
export { isUrl } from './url.js';
export { allInOrder, readAs, readBytes, sourceMapOf } from './read.js';

/** Read a file path, an http(s) URL or "-" (standard input) into the markdown the comparison uses. */
export async function readInput(source: string, options: ReadOptions = {}): Promise<Ingested> {
  if (source === STDIN) {
    // No name to claim a format: the bytes decide (PDF, DOCX, HTML, else markdown).
    return readBytes(STDIN_NAME, await readStreamBounded(options.stdin ?? process.stdin, STDIN_NAME, options.maxBytes));
  }
  if (isUrl(source)) {
    const fetched = await fetchUrl(source, options);
    const claimed = formatFromContentType(fetched.contentType) ?? formatFromExtension(fetched.url);
    return readBytes(source, fetched.bytes, claimed);
  }
  return readBytes(source, await readLocalBytes(source, options.maxBytes), formatFromExtension(source));
}

/** The bytes of a local file, with one-line errors for missing, unreadable, directory or too large. */
export async function readLocalBytes(source: string, maxBytes?: number): Promise<Uint8Array> {
  return readBounded(source, maxBytes === undefined ? {} : { maxBytes });
}
