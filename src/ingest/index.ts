// Read what users actually have — markdown, text, HTML, DOCX, PDF, or an http(s) URL to any of
// them — and give the comparison the markdown it reads. The reader is chosen by URL content
// type or file extension, and checked against the bytes (see sniff.ts).

import { readFile, stat } from 'node:fs/promises';
import type { Ingested, InputFormat, ReadOptions } from './types.js';
import { cannotRead, InputError } from './errors.js';
import { chooseFormat, formatFromExtension } from './sniff.js';
import { DEFAULT_MAX_BYTES, fetchUrl, formatBytes, formatFromContentType, isUrl } from './url.js';

export type { Ingested, InputFormat, ReadOptions } from './types.js';
export { InputError, isInputError } from './errors.js';
export { sniff, decodeText } from './sniff.js';
export { isUrl } from './url.js';

/** Read a file path or an http(s) URL into the markdown the comparison uses. */
export async function readInput(source: string, options: ReadOptions = {}): Promise<Ingested> {
  if (isUrl(source)) {
    const fetched = await fetchUrl(source, options);
    const claimed = formatFromContentType(fetched.contentType) ?? formatFromExtension(fetched.url);
    return readBytes(source, fetched.bytes, claimed);
  }
  return readBytes(source, await readLocalBytes(source, options.maxBytes), formatFromExtension(source));
}

/** The bytes of a local file, with one-line errors for missing, unreadable, directory or too large. */
export async function readLocalBytes(source: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw cannotRead(source, 'it is a directory');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(source, fileError(error), error);
  }
  if (size > maxBytes) throw cannotRead(source, `larger than the ${formatBytes(maxBytes)} limit`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw cannotRead(source, fileError(error), error);
  }
  return bytes;
}

/**
 * Read bytes that claim to be `claimed` (from an extension or content type). The bytes have
 * the last word when they are unambiguous; see chooseFormat.
 */
export async function readBytes(source: string, bytes: Uint8Array, claimed?: InputFormat): Promise<Ingested> {
  const format = chooseFormat(source, bytes, claimed);
  return readAs(format, source, bytes);
}

/**
 * Read bytes with a given reader, no sniffing. Readers are loaded when first
 * needed: comparing two markdown files never loads pdf.js, mammoth or rehype.
 */
export async function readAs(format: InputFormat, source: string, bytes: Uint8Array): Promise<Ingested> {
  switch (format) {
    case 'markdown':
      return (await import('./markdown.js')).readMarkdown(source, bytes);
    case 'text':
      return (await import('./text.js')).readText(source, bytes);
    case 'html':
      return (await import('./html.js')).readHtml(source, bytes);
    case 'docx':
      return (await import('./docx.js')).readDocx(source, bytes);
    case 'pdf':
      return (await import('./pdf.js')).readPdf(source, bytes);
  }
}

function fileError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable';
  }
}
