// Word-level operations for one aligned pair of short units (sentences).
// jsdiff is bounded by maxEditLength: on a pair that differs almost entirely it
// returns undefined instead of searching the whole edit graph, and we report a
// whole-sentence replacement — the honest answer for such a pair anyway.
import { diffWords } from 'diff';
import type { Op } from '../types.js';

const MAX_EDIT_LENGTH = 400;
/** Beyond this many characters a unit is not word-diffed at all. */
const MAX_UNIT_CHARS = 20_000;

export function wordOps(oldText: string, newText: string): Op[] {
  if (oldText === newText) return oldText ? [{ op: 'equal', text: oldText }] : [];
  if (!oldText) return [{ op: 'insert', text: newText }];
  if (!newText) return [{ op: 'delete', text: oldText }];
  const replace: Op[] = [{ op: 'delete', text: oldText }, { op: 'insert', text: newText }];
  if (oldText.length + newText.length > MAX_UNIT_CHARS) return replace;
  const changes = diffWords(oldText, newText, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replace;
  return changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}
