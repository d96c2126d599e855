// Parsing documents in pieces. Large documents are cut at top-level headings
// (chunks.ts) and each piece is parsed with only the GFM extensions it can need
// (markdown.ts); the parsed pieces are joined again.
//
// Worker threads were tried here (the second document, or half of all pieces, parsed
// in a worker) and measured slower on the 2-core machines this runs on: two threads
// parse only ~1.4× as fast as one, and starting a worker and loading remark into it
// costs ~0.2 s. See the README's Performance section.
import { parseDocument } from './document.js';
import type { ParsedDocument } from '../types.js';
import { joinChunks, splitIntoChunks, type Chunk } from './chunks.js';
import { DocumentLimitError } from '../errors.js';
import { limit, overLimit } from '../limits.js';

export interface Input {
  markdown: string;
  title: string;
}

/**
 * Pieces already parsed, by their text. Two editions of one document share most pieces byte for
 * byte (a factual update, a procedure with one paragraph changed): a piece's parse does not
 * depend on where it stands, so the second edition takes the first's tree for each piece they
 * share and parse time follows what changed. Only the pieces in `wanted` are kept (see
 * sharedPieces), so a pair with little in common holds no second copy of the first's trees.
 */
export class PieceCache {
  readonly #wanted: Set<string> | undefined;
  readonly #parsed = new Map<string, ParsedDocument>();

  /** `wanted`: the texts worth keeping (default: every piece). */
  constructor(wanted?: Iterable<string>) {
    this.#wanted = wanted ? new Set(wanted) : undefined;
  }

  /** Pieces held. */
  get size(): number {
    return this.#parsed.size;
  }

  /** The piece parsed, or taken as parsed before. joinChunks copies what it shifts, so a kept tree is never changed. */
  parse(text: string): ParsedDocument {
    let doc = this.#parsed.get(text);
    if (!doc) {
      doc = parseDocument(text);
      if (!this.#wanted || this.#wanted.has(text)) this.#parsed.set(text, doc);
    }
    return doc;
  }
}

/** A cache for two editions cut into pieces: it keeps the pieces both have. */
export function sharedPieces(a: readonly Chunk[], b: readonly Chunk[]): PieceCache {
  const inB = new Set(b.map((c) => c.text));
  return new PieceCache(a.map((c) => c.text).filter((t) => inB.has(t)));
}

/** Parse in pieces; a document over the parser's limits is named in the error. */
export function parseChunked(x: Input, chunks?: Chunk[], cache?: PieceCache): ParsedDocument {
  try {
    // Time and memory grow with the number of sections (100k: ~12 s, ~0.9 GB): refuse
    // above the limit, first by counting ATX headings before parsing, then exactly.
    const max = limit('sections');
    const atx = x.markdown.match(/^ {0,3}#{1,6}(?:[ \t]|$)/gm)?.length ?? 0;
    if (atx > max) throw new DocumentLimitError(`${atx} headings, ${overLimit('sections', max)}`);
    const pieces = chunks ?? splitIntoChunks(x.markdown);
    const doc = pieces.length === 1 ? parseDocument(x.markdown, x.title) : joinChunks(pieces.map((c) => (cache ? cache.parse(c.text) : parseDocument(c.text))), pieces, x.markdown, x.title);
    if (doc.sections.length > max + 1) throw new DocumentLimitError(`${doc.sections.length} sections, ${overLimit('sections', max)}`);
    return doc;
  } catch (err) {
    if (err instanceof DocumentLimitError) throw new DocumentLimitError(`${x.title}: ${err.message}`);
    throw err;
  }
}
