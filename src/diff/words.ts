// Word-level operations for one aligned pair of short units (sentences).
// jsdiff is bounded by maxEditLength: on a pair that differs almost entirely it
// returns undefined instead of searching the whole edit graph, and we report a
// whole-sentence replacement — the honest answer for such a pair anyway.
import { diffWordsWithSpace } from 'diff';
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
  // Whitespace is a token of its own, so the operations of each side join back
  // into exactly that side's text (diffWords may move a space across an edit).
  const changes = diffWordsWithSpace(oldText, newText, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replace;
  return coalesce(changes.map((c): Op => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value })));
}

/** Equal runs this short (in words) between two edits of a rewritten passage are folded into them. */
const PASSAGE_GLUE_WORDS = 2;

/**
 * The diff of a rewritten passage: like `wordOps`, but an unchanged word or two between edits
 * ("and", "the assessment") is folded into the edits around it, so a reader sees phrases
 * replaced rather than a sieve of single shared words. Each side still joins back exactly.
 */
export function passageOps(oldText: string, newText: string): Op[] {
  const ops = wordOps(oldText, newText);
  const out: Op[] = [];
  ops.forEach((o, i) => {
    const glue = o.op === 'equal' && i > 0 && i < ops.length - 1 && o.text.trim().split(/\s+/).length <= PASSAGE_GLUE_WORDS;
    const parts: Op[] = glue ? [{ op: 'delete', text: o.text }, { op: 'insert', text: o.text }] : [o];
    for (const p of parts) {
      // Consecutive edits become one deletion then one insertion.
      const last = out[out.length - 1];
      const beforeLast = out[out.length - 2];
      if (p.op === 'equal' || !last || last.op === 'equal') out.push({ ...p });
      else if (p.op === last.op) last.text += p.text;
      else if (p.op === 'insert') out.push({ ...p });
      else if (beforeLast && beforeLast.op === 'delete') beforeLast.text += p.text;
      else out.splice(out.length - 1, 0, { ...p });
    }
  });
  return out;
}

/**
 * A space shared by two edits ("[-faced-] [-by the child-]") belongs to the edit:
 * each run of edits separated only by whitespace becomes one deletion and one
 * insertion, and each side still joins back into its exact text.
 */
function coalesce(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i]!.op === 'equal') {
      out.push(ops[i++]!);
      continue;
    }
    let end = i;
    for (let k = i; k < ops.length; k++) {
      const o = ops[k]!;
      if (o.op !== 'equal') end = k;
      else if (o.text.trim() !== '') break;
    }
    let del = '';
    let ins = '';
    for (let k = i; k <= end; k++) {
      const o = ops[k]!;
      if (o.op !== 'insert') del += o.text;
      if (o.op !== 'delete') ins += o.text;
    }
    // Whitespace both sides end with is unchanged text, not part of the edit.
    const tail = del && ins ? commonSpaceSuffix(del, ins) : '';
    if (del) out.push({ op: 'delete', text: del.slice(0, del.length - tail.length) });
    if (ins) out.push({ op: 'insert', text: ins.slice(0, ins.length - tail.length) });
    if (tail) {
      const next = ops[end + 1];
      if (next?.op === 'equal') next.text = tail + next.text;
      else out.push({ op: 'equal', text: tail });
    }
    i = end + 1;
  }
  return out;
}

function commonSpaceSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /\s/.test(a[a.length - 1 - n]!)) n++;
  return n ? a.slice(a.length - n) : '';
}
