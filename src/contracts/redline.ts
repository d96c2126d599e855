// The redline: both editions merged into one sequence of paragraphs, each saying what a word
// processor should track (pipeline/redline.ts builds it; report/docx.ts writes it as Word).
// Rejecting every change leaves the old edition's paragraphs, accepting every change the new's.
import type { BlockKind, Op } from './comparison.js';

/**
 * What happened to a paragraph: `same` and `changed` stand where both editions have it;
 * `deleted` and `movedFrom` are the old edition's only, `inserted` and `movedTo` the new's.
 */
export type RedlineState = 'same' | 'changed' | 'inserted' | 'deleted' | 'movedFrom' | 'movedTo';

/** A comment's place: the change it is about, and the characters of its sentence on one side. */
export interface RedlineAnchor {
  change: string;
  /** Which side's text `start` and `end` count in: the old for a removal, else the new. */
  side: 'old' | 'new';
  start: number;
  end: number;
}

export interface RedlineParagraph {
  kind: BlockKind | 'heading';
  /** Heading level (1 = the document's title). */
  level?: number;
  state: RedlineState;
  /** The paragraph opens with its own label ("4.2", "(a)"): a list item so numbered gets no bullet. */
  labelled?: boolean;
  /**
   * Word operations from the old paragraph to the new, over its label and text ("4.2 The plan …"):
   * the `equal` and `delete` texts join into the old paragraph, the `equal` and `insert` texts into
   * the new. A paragraph only one edition has is one `delete` (or `insert`) of all of it.
   */
  ops: Op[];
  /** Table rows: the same operations cell by cell (and `ops` is empty). */
  cells?: Op[][];
  /** Pairs a `movedFrom` paragraph with its `movedTo` (the same number on both). */
  move?: number;
  /** The changes whose sentences stand here, for the comments. */
  anchors: RedlineAnchor[];
}

export interface Redline {
  paragraphs: RedlineParagraph[];
}
