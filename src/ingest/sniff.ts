// What a file really is: by its first bytes, then by its name. Text decoding lives here too,
// since every text-based reader needs the same checks (BOM, CRLF, UTF-8, NUL bytes).

import { extname } from 'node:path';
import type { InputFormat } from './types.js';
import { cannotRead } from './errors.js';

/** What the bytes say. `zip` is a ZIP that is not a Word document; `binary` is anything else unreadable. */
export type Sniffed = 'pdf' | 'docx' | 'zip' | 'html' | 'text' | 'binary';

const HEAD = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const n = needle.length;
  const end = Math.min(to, bytes.length) - n;
  outer: for (let i = from; i <= end; i++) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Magic numbers of common binary files that are certainly not guidance text. */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (old .doc, .xls)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x25, 0x21, 0x50, 0x53], // %!PS
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function sniff(bytes: Uint8Array): Sniffed {
  // PDF: the header may follow a little junk (the spec tolerates up to 1024 bytes).
  if (indexOfAscii(bytes, '%PDF-', 0, 1024 + 5) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // A Word document names word/document.xml in its local headers and central directory.
    return indexOfAscii(bytes, 'word/document.xml') >= 0 ? 'docx' : 'zip';
  }
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'binary';
  const head = bytes.subarray(0, HEAD);
  if (head.includes(0)) return 'binary';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  } catch {
    return 'binary';
  }
  if (HTML_START.test(text.replace(/^\uFEFF/, ''))) return 'html';
  // Mostly control characters (other than tab, CR, LF, FF) → binary.
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  if (head.length > 0 && control / head.length > 0.05) return 'binary';
  return 'text';
}

/** The format a file name claims, if any. */
export function formatFromExtension(name: string): InputFormat | undefined {
  let path = name;
  if (/^https?:\/\//i.test(name)) {
    try {
      path = new URL(name).pathname;
    } catch {
      return undefined;
    }
  }
  switch (extname(path).toLowerCase()) {
    case '.md':
    case '.markdown':
    case '.mdown':
    case '.mkd':
      return 'markdown';
    case '.txt':
    case '.text':
      return 'text';
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.docx':
      return 'docx';
    case '.pdf':
      return 'pdf';
    default:
      return undefined;
  }
}

const FORMAT_NAME: Record<InputFormat, string> = {
  markdown: 'markdown',
  text: 'a text file',
  html: 'an HTML page',
  docx: 'a Word (DOCX) document',
  pdf: 'a PDF',
};

const SNIFFED_NAME: Record<Sniffed, string> = {
  pdf: 'a PDF',
  docx: 'a Word (DOCX) document',
  zip: 'a ZIP archive',
  html: 'an HTML page',
  text: 'plain text',
  binary: 'binary data',
};

/**
 * Decide the reader from what the name (or content type) claims and what the bytes are.
 * The bytes win when they are unambiguous (a PDF named .docx is read as a PDF; an HTML page
 * named .md is read as HTML). A binary format that turns out to be text, or anything that is
 * binary junk, is rejected: reading it would compare the wrong thing.
 */
export function chooseFormat(source: string, bytes: Uint8Array, claimed: InputFormat | undefined): InputFormat {
  // An empty text file is an empty document (everything in the other one is added or removed).
  if (bytes.length === 0) {
    if (claimed === 'pdf' || claimed === 'docx') throw cannotRead(source, 'the file is empty');
    return claimed ?? 'markdown';
  }
  const actual = sniff(bytes);
  // A file named as markdown or text that is valid UTF-8 is read as text even when it is
  // full of control characters: they are the document's (and never reach the terminal).
  if (actual === 'binary' && (claimed === 'markdown' || claimed === 'text') && isPlainUtf8(bytes)) return claimed;
  switch (actual) {
    case 'pdf':
    case 'docx':
      return actual;
    case 'zip':
      throw cannotRead(source, `${claimed ? `not ${FORMAT_NAME[claimed]}: ` : ''}it is a ZIP archive but not a Word (DOCX) document`);
    case 'binary':
      throw cannotRead(
        source,
        `${claimed ? `not ${FORMAT_NAME[claimed]}: ` : ''}the content is binary data, not a supported document (PDF, DOCX, HTML, markdown or text)`,
      );
    case 'html':
      if (claimed === 'pdf' || claimed === 'docx') {
        throw cannotRead(source, `not ${FORMAT_NAME[claimed]}: the content is ${SNIFFED_NAME.html} (rename it to .html if that is intended)`);
      }
      return 'html';
    case 'text':
      if (claimed === 'pdf' || claimed === 'docx') {
        throw cannotRead(source, `not ${FORMAT_NAME[claimed]}: the content is ${SNIFFED_NAME.text}`);
      }
      return claimed ?? 'markdown';
  }
}

/**
 * Text saved as UTF-16 with a byte-order mark (Windows Notepad's "Unicode") as UTF-8 bytes, so
 * every reader and the sniffer see one encoding; other bytes are returned as they are. Without
 * a BOM, UTF-16 cannot be told from binary data reliably, so it is not guessed at.
 */
export function utf16ToUtf8(source: string, bytes: Uint8Array): Uint8Array {
  const encoding = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
  if (!encoding) return bytes;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch (error) {
    throw cannotRead(source, `it starts with a UTF-16 byte-order mark but is not valid UTF-16 text`, error);
  }
  return new TextEncoder().encode(text);
}

/**
 * Bytes → string for the text readers: UTF-8 only (UTF-16 is transcoded first: utf16ToUtf8), BOM stripped, CRLF and CR → LF.
 * Rejects NUL bytes (binary) and invalid UTF-8 with one clear line.
 */
export function decodeText(source: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw cannotRead(source, `binary data (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw cannotRead(source, `not valid UTF-8 text (at byte ${firstInvalidUtf8(bytes)}); save it as UTF-8`, error);
  }
  return normaliseNewlines(text.replace(/^\uFEFF/, ''));
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

function isPlainUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0) || BINARY_MAGIC.some((m) => startsWith(bytes, m))) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
