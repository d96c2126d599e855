// PDF: pdfjs-dist text content → lines → blocks → markdown, with the page of every block kept.
//
// - lines: text items on the same baseline, left to right, spaces put back where the gap says so;
// - running headers and footers: lines in the top or bottom band of the page that repeat (digits
//   ignored) on most pages, and bare page numbers there, are dropped;
// - headings: lines larger than the body text (levels by size, largest first), or short all-bold
//   blocks at body size (the level below the smallest larger size);
// - blocks: a new block at a line-spacing gap, a change of size, weight or indentation, a
//   bullet glyph, a "42." label, or after a short line that ends a paragraph; a paragraph cut by
//   a page break is joined to its continuation on the next page;
// - "co-" + "ordinate" across a line break is rejoined (hyphen kept unless the document spells
//   the word without it elsewhere); a soft hyphen at a line end is dropped.
//
// extract.ts reads the text with pdf.js; layout.ts groups it into lines and measures them;
// margins.ts drops running headers and footers; blocks.ts gathers lines into blocks and reads each;
// markdown.ts writes the markdown and the page of each line.

import type { Ingested } from '../types.js';
import { cannotRead } from '../errors.js';
import { extractLines } from './extract.js';
import { dropRunningHeadersAndFooters } from './margins.js';
import { linesToMarkdown } from './markdown.js';

/** Read a PDF's text layer as markdown, with the page of every markdown line. */
export async function readPdf(source: string, bytes: Uint8Array): Promise<Ingested> {
  const extracted = await extractLines(source, bytes);
  const totalChars = extracted.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.replace(/\s/g, '').length, 0), 0);
  if (totalChars === 0) throw cannotRead(source, 'no text layer — run OCR first');
  const pages = dropRunningHeadersAndFooters(extracted);
  if (pages.every((p) => p.lines.length === 0)) throw cannotRead(source, 'no text layer — run OCR first');
  const { markdown, pages: pageOfLine } = linesToMarkdown(pages);
  return { markdown, format: 'pdf', source, pages: pageOfLine };
}
