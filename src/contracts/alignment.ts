// What align hands to diff (units) and to the pipelines that follow text through versions.
import type { SectionChange, Sentence } from './comparison.js';
import type { ParsedBlock, ParsedSection, SentenceAt } from './document.js';

export interface BlockRef {
  section: ParsedSection;
  block: ParsedBlock;
}
export interface SentenceRef extends BlockRef {
  sentence: Sentence;
}

export type Unit =
  | { type: 'pair'; old: SentenceRef; new: SentenceRef; moved: boolean; order: number }
  | { type: 'added'; new: SentenceRef; order: number }
  | { type: 'removed'; old: SentenceRef; order: number }
  | { type: 'movedBlock'; old: BlockRef; new: BlockRef; inner: SentenceUnit[]; order: number }
  /** A paragraph whose words stayed, in its place, under another number ("4.2" → "4.3"). */
  | { type: 'renumbered'; old: BlockRef; new: BlockRef; order: number }
  /** A stretch rewritten so far that few of its sentences pair: one passage, its sentences inside. */
  | { type: 'rewritten'; inner: SentenceUnit[]; order: number };

/** The units a sentence alignment gives: a pair, an addition, a removal. */
export type SentenceUnit = Extract<Unit, { type: 'pair' | 'added' | 'removed' }>;

export interface Alignment {
  sections: SectionChange[];
  /** In the order of the new document; removals where they stood. */
  units: Unit[];
  /** Every pair of blocks matched (identical or similar), for callers that follow text through versions. */
  blockPairs: [BlockRef, BlockRef][];
}

/** Which sentence of one version is which sentence of the next. */
export interface SentenceMapping {
  pairs: [SentenceAt, SentenceAt][];
  removed: SentenceAt[];
  added: SentenceAt[];
}
