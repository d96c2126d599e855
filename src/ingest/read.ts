// Bytes → the markdown the comparison reads, with no file system or network: what the CLI
// (through index.ts) and the browser app (src/app/) share. The reader is chosen by the claimed
// format, checked against the bytes (sniff.ts), and loaded only when first needed.

import type { Ingested, InputFormat } from './types.js';
import type { SourceMap } from '../types.js';
import { chooseFormat, utf16ToUtf8 } from './sniff.js';

export type { Ingested } from './types.js';

/** What the comparison needs to cite places in the file this came from (see diff/locate.ts). */
export function sourceMapOf(input: Ingested): SourceMap {
  const map: SourceMap = { format: input.format };
  if (input.pages) map.pages = input.pages;
  if (input.lines) map.lines = input.lines;
  if (input.text !== undefined) map.text = input.text;
  return map;
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

/**
 * Await reads started together, in the order given. When more than one fails, the error is the
 * first one's in that order, not whichever failed first in time (Promise.all's): two missing files
 * are reported by the same message on every run.
 */
export async function allInOrder<T>(reads: Promise<T>[]): Promise<T[]> {
  // A later read's failure is left unreported when an earlier one fails; never unhandled.
  for (const read of reads) read.catch(() => undefined);
  const out: T[] = [];
  for (const read of reads) out.push(await read);
  return out;
}
