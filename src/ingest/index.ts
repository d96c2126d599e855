// Read what users actually have — markdown, text, HTML, DOCX, PDF, or an http(s) URL to any of
// them — and give the comparison the markdown it reads. The reader is chosen by URL content
// type or file extension, and checked against the bytes (see sniff.ts).

import type { Ingested, InputFormat, ReadOptions } from './types.js';
import type { SourceMap } from '../types.js';
import { chooseFormat, formatFromExtension, utf16ToUtf8 } from './sniff.js';
import { fetchUrl, formatFromContentType, isUrl } from './url.js';
import { readBounded, readStreamBounded } from './local.js';

/** The source name that reads standard input, and how it is named in messages and reports. */
export const STDIN = '-';
export const STDIN_NAME = 'standard input';

export type { Ingested, InputFormat, ReadOptions } from './types.js';
export { InputError, isInputError } from './errors.js';
export { sniff, decodeText } from './sniff.js';
export { isUrl } from './url.js';

/** What the comparison needs to cite places in the file this came from (see diff/locate.ts). */
export function sourceMapOf(input: Ingested): SourceMap {
  const map: SourceMap = { format: input.format };
  if (input.pages) map.pages = input.pages;
  if (input.lines) map.lines = input.lines;
  if (input.text !== undefined) map.text = input.text;
  return map;
}

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

/**
 * Read bytes that claim to be `claimed` (from an extension or content type). The bytes have
 * the last word when they are unambiguous; see chooseFormat.
 */
export async function readBytes(source: string, raw: Uint8Array, claimed?: InputFormat): Promise<Ingested> {
  const bytes = utf16ToUtf8(source, raw);
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
      return (await import('./pdf/index.js')).readPdf(source, bytes);
  }
}
