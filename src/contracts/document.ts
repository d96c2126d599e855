// The parsed document: what parse hands to align, diff and classify. It extends the public
// document model (comparison.ts) with what later stages need to place sentences in the source.
import type { Block, Document, Section, Sentence } from './comparison.js';

/**
 * A block as parsing leaves it: besides the public fields, the raw text (with the
 * source's line breaks) and a map from raw offsets back to source offsets, so
 * sentence positions can be computed later, only for the sentences reported.
 */
export interface ParsedBlock extends Block {
  raw: string;
  /** Offset in `raw` where the wording starts (after the label). */
  rawStart: number;
  /** Flattened pairs [rawOffset, sourceOffset], one per text leaf. */
  segs: number[];
  /** Offsets in `raw` where a sentence must end (table cell boundaries). */
  breaks?: number[];
  /** Table rows: the text of each cell. */
  cells?: string[];
  /** Table body rows: the cells of the table's header row. */
  header?: string[];
}

export interface ParsedSection extends Section {
  blocks: ParsedBlock[];
}

export interface ParsedDocument extends Document {
  sections: ParsedSection[];
  /** The markdown it was parsed from. */
  source: string;
}

/** Where a sentence stands in a table: its row's cells, the header's, and its column. */
export interface TableCell {
  cells: string[];
  header?: string[];
  index: number;
}

/** A sentence with the block and section it stands in. */
export interface SentenceAt {
  section: ParsedSection;
  block: ParsedBlock;
  sentence: Sentence;
}
