// Shapes internal to alignment. What it hands on (units, the alignment) is in src/contracts/alignment.ts.
import type { ParsedBlock, ParsedSection, SectionChange } from '../types.js';

/** A section-level change, with each side's section index (internal to align). */
export type IndexedSectionChange = SectionChange & { oldIndex: number; newIndex: number };

/** A block with its place: its number in the whole document (g) and its section's (sec). */
export interface GBlock {
  g: number;
  sec: number;
  section: ParsedSection;
  block: ParsedBlock;
}
