// PDF extraction: pdf.js (pdfjs-dist's legacy build, for Node) reads the file's text content,
// page by page, as positioned items with their size and weight, grouped into lines per page.
// The file's compressed streams are checked against the limits first, every failure of pdf.js
// becomes one line naming the file, and pdf.js is loaded without the native canvas package it
// would load for rendering (load.ts).

import { inflateSync } from 'node:zlib';
import { cannotRead, InputError } from '../errors.js';
import { limit, overLimit } from '../../limits.js';
import { groupLines, type Item, type PageLines } from './layout.js';
import { loadPdfJs } from './load.js';

const BOLD_FONT = /bold|black|heavy|semibold|demi|extrabold|ultrabold|,b\b|-b\b/i;

export async function extractLines(source: string, bytes: Uint8Array): Promise<PageLines[]> {
  checkStreams(source, bytes);
  const pdfjs = await loadPdfJs();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw cannotRead(source, 'the PDF is encrypted (password protected); remove the password first', error);
    if (name === 'InvalidPDFException' || name === 'FormatError') throw cannotRead(source, 'corrupt or invalid PDF', error);
    throw cannotRead(source, `corrupt or unreadable PDF (${errorLine(error)})`, error);
  }
  const maxPages = limit('pdfPages');
  if (doc.numPages > maxPages) {
    await doc.destroy().catch(() => undefined);
    throw cannotRead(source, `${doc.numPages} pages, ${overLimit('pdfPages', maxPages)}`);
  }
  const maxText = limit('pdfTextBytes');
  const maxPageText = limit('pdfPageTextBytes');
  let totalText = 0;
  try {
    const out: PageLines[] = [];
    const fontBold = new Map<string, boolean>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      let pageText = 0;
      let fontsLoaded = false;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Horizontal text only: rotated watermarks and margin notes are not guidance text.
        if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01 || (a ?? 0) <= 0) continue;
        const size = Math.hypot(b ?? 0, d ?? 0) || raw.height;
        if (!(size > 0)) continue;
        let bold = fontBold.get(raw.fontName);
        if (bold === undefined) {
          if (!fontsLoaded) {
            // The real font names (with "Bold") are known once the page's fonts are loaded.
            await page.getOperatorList();
            fontsLoaded = true;
          }
          let name = '';
          try {
            const font = page.commonObjs.get(raw.fontName) as { name?: string; bold?: boolean } | undefined;
            name = font?.name ?? '';
            bold = font?.bold === true || BOLD_FONT.test(name);
          } catch {
            bold = false;
          }
          fontBold.set(raw.fontName, bold);
        }
        items.push({ str: raw.str, x: e ?? 0, y: f ?? 0, width: raw.width, size, bold });
        pageText += raw.str.length;
        if (pageText > maxPageText) throw cannotRead(source, `page ${n} has ${overLimit('pdfPageTextBytes', maxPageText)}`);
      }
      totalText += pageText;
      if (totalText > maxText) throw cannotRead(source, `by page ${n}, ${overLimit('pdfTextBytes', maxText)}`);
      out.push({ page: n, height: viewport.height, width: viewport.width, lines: groupLines(n, items) });
      page.cleanup();
    }
    return out;
  } catch (error) {
    if (error instanceof InputError) throw error; // a limit, already one line
    throw cannotRead(source, `corrupt or unreadable PDF (${errorLine(error)})`, error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * A PDF's compressed streams are inflated by pdf.js in memory, whole: a 1 MB file can hold
 * a content stream that inflates to gigabytes. Before pdf.js sees the file, inflate every
 * Flate stream found between "stream" and "endstream" with zlib's output bounded by the
 * pdfStreamBytes limit; one that goes past it ends the read with one line. Streams that are
 * not Flate data (images, encrypted streams) fail to inflate and are left to pdf.js.
 */
function checkStreams(source: string, bytes: Uint8Array): void {
  // One character per byte, so a position in the text is the same position in the bytes.
  const text = new TextDecoder('latin1').decode(bytes);
  const max = limit('pdfStreamBytes');
  for (let at = text.indexOf('stream'); at !== -1; at = text.indexOf('stream', at + 6)) {
    if (at >= 3 && text.slice(at - 3, at) === 'end') continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    try {
      inflateSync(bytes.subarray(start, end), { maxOutputLength: max });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw cannotRead(source, `a compressed stream unpacks to ${overLimit('pdfStreamBytes', max)}`);
    }
    at = end;
  }
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 160) || 'unknown error';
}
