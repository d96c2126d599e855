// What diff hands to classify: change records with the sentence pairs inside them.
import type { Change, Op } from './comparison.js';
import type { TableCell } from './document.js';

/** One aligned sentence pair; in a table, with the cell each side stands in. */
export interface DraftPair {
  old: string | null;
  new: string | null;
  ops: Op[];
  /** Both sides present and differing at most editorially (diff decides; classify skips such pairs). */
  editorialOnly: boolean;
  oldCell?: TableCell;
  newCell?: TableCell;
  /** A list item's lead-in ("The team manager must:"), whose subject and modal carry to it. */
  oldLead?: string;
  newLead?: string;
  /** A lead-in's first list item, which says what its subject decides. */
  oldFollow?: string;
  newFollow?: string;
}

/** A change record plus the sentence pairs it stands for (classification works per pair). */
export interface DraftChange extends Change {
  /** The aligned sentence pairs inside (one for a sentence record; several for a moved paragraph). */
  pairs: DraftPair[];
}
