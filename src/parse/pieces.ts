// Parsing documents in pieces. Large documents are cut at top-level headings
// (chunks.ts) and each piece is parsed with only the GFM extensions it can need
// (markdown.ts); the parsed pieces are joined again.
//
// Worker threads were tried here (the second document, or half of all pieces, parsed
// in a worker) and measured slower on the 2-core machines this runs on: two threads
// parse only ~1.4× as fast as one, and starting a worker and loading remark into it
// costs ~0.2 s. See the README's Performance section.
import { parseDocument, type ParsedDocument } from './document.js';
import { joinChunks, splitIntoChunks, type Chunk } from './chunks.js';
import { DocumentLimitError } from '../errors.js';

export interface Input {
  markdown: string;
  title: string;
}

/** Parse in pieces; a document over the parser's limits is named in the error. */
export function parseChunked(x: Input, chunks: Chunk[] = splitIntoChunks(x.markdown)): ParsedDocument {
  try {
    if (chunks.length === 1) return parseDocument(x.markdown, x.title);
    return joinChunks(chunks.map((c) => parseDocument(c.text)), chunks, x.markdown, x.title);
  } catch (err) {
    if (err instanceof DocumentLimitError) throw new DocumentLimitError(`${x.title}: ${err.message}`);
    throw err;
  }
}
