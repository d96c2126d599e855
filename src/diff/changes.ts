// Alignment units → change records with word-level operations and the
// structural tags (moved, added, removed, editorial, wording). The classify
// stage adds role, duty, timescale and terminology tags afterwards.
import { createHash } from 'node:crypto';
import type { BlockRef, Change, DraftChange, DraftPair, Op, SentenceRef, SentenceUnit, Side, Unit } from '../types.js';
import { firstItem, leadIn, tableCellOf } from '../parse/context.js';
import { passageOps, wordOps } from './words.js';
import { isEditorialOnly } from './editorial.js';

export interface ChangeOptions {
  /** Mixed into every id, e.g. the file path in `check`, so ids are unique per file. */
  idScope?: string;
}

export function buildChanges(units: readonly Unit[], options: ChangeOptions = {}): DraftChange[] {
  const out: DraftChange[] = [];
  for (const u of units) {
    const c = toChange(u);
    if (c) out.push(c);
  }
  assignIds(out, options.idScope ?? '');
  return out;
}

function toChange(u: Unit): DraftChange | null {
  switch (u.type) {
    case 'pair': {
      const oldText = u.old.sentence.text;
      const newText = u.new.sentence.text;
      if (oldText === newText && !u.moved) return null;
      const pair = partOps(u);
      const tags = oldText === newText ? [] : [pair.editorialOnly ? 'editorial' : 'wording'];
      if (u.moved) tags.unshift('moved');
      return draft(u.moved ? 'moved' : 'changed', tags, sentenceSide(u.old), sentenceSide(u.new), pair.ops, [pair]);
    }
    case 'added': {
      const pair = partOps(u);
      return draft('added', ['added'], null, sentenceSide(u.new), pair.ops, [pair]);
    }
    case 'removed': {
      const pair = partOps(u);
      return draft('removed', ['removed'], sentenceSide(u.old), null, pair.ops, [pair]);
    }
    case 'renumbered':
      // Same words, same place, another number: shown only with --all.
      return draft('changed', ['renumbered'], blockSide(u.old), blockSide(u.new), [{ op: 'equal', text: u.new.block.text }], []);
    case 'rewritten': {
      // One record for the passage: old sentences and new ones, paired where they pair.
      // The word diff is of the two passages as wholes: what a reader compares.
      const pairs: DraftChange['pairs'] = [];
      const tags = new Set<string>();
      const olds: SentenceRef[] = [];
      const news: SentenceRef[] = [];
      for (const part of u.inner) {
        if (part.type === 'pair' || part.type === 'removed') olds.push(part.old);
        if (part.type === 'pair' || part.type === 'added') news.push(part.new);
        const p = partOps(part);
        if (p.old !== p.new) {
          pairs.push(p);
          tags.add(p.editorialOnly ? 'editorial' : 'wording');
        }
      }
      if (tags.has('wording')) tags.delete('editorial');
      const oldSide = passageSide(olds);
      const newSide = passageSide(news);
      return draft('changed', [...tags], oldSide, newSide, passageOps(oldSide.text, newSide.text), pairs);
    }
    case 'movedBlock': {
      // One record for the paragraph, whatever was edited inside it.
      const pairs: DraftChange['pairs'] = [];
      const ops: Op[] = [];
      const tags = new Set<string>(['moved']);
      const inner = u.inner.length ? u.inner : null;
      if (!inner) {
        ops.push({ op: 'equal', text: u.new.block.text });
      } else {
        for (const part of inner) {
          if (ops.length) ops.push({ op: 'equal', text: ' ' });
          const p = partOps(part);
          ops.push(...p.ops);
          if (p.old !== p.new) {
            pairs.push(p);
            tags.add(p.editorialOnly ? 'editorial' : 'wording');
          }
        }
      }
      if (tags.has('wording')) tags.delete('editorial');
      return draft('moved', [...tags], blockSide(u.old), blockSide(u.new), mergeOps(ops), pairs);
    }
  }
}

function partOps(u: SentenceUnit): DraftPair {
  if (u.type === 'pair') {
    const [a, b] = [u.old.sentence.text, u.new.sentence.text];
    return withCells({ old: a, new: b, ops: wordOps(a, b), editorialOnly: a === b || isEditorialOnly(a, b) }, u.old, u.new);
  }
  if (u.type === 'added') return withCells({ old: null, new: u.new.sentence.text, ops: [{ op: 'insert', text: u.new.sentence.text }], editorialOnly: false }, null, u.new);
  return withCells({ old: u.old.sentence.text, new: null, ops: [{ op: 'delete', text: u.old.sentence.text }], editorialOnly: false }, u.old, null);
}

/** Table cells go along with the pair: the classifier reads a role cell in its row. */
function withCells(pair: DraftPair, old: SentenceRef | null, neu: SentenceRef | null): DraftPair {
  const oldCell = old && tableCellOf(old.block, old.sentence);
  const newCell = neu && tableCellOf(neu.block, neu.sentence);
  if (oldCell) pair.oldCell = oldCell;
  if (newCell) pair.newCell = newCell;
  const oldLead = old && leadIn(old.section, old.block);
  const newLead = neu && leadIn(neu.section, neu.block);
  if (oldLead) pair.oldLead = oldLead;
  if (newLead) pair.newLead = newLead;
  const oldFollow = old && firstItem(old.section, old.block, old.sentence.text);
  const newFollow = neu && firstItem(neu.section, neu.block, neu.sentence.text);
  if (oldFollow) pair.oldFollow = oldFollow;
  if (newFollow) pair.newFollow = newFollow;
  return pair;
}

/** Join neighbouring operations of the same kind. */
export function mergeOps(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.text += o.text;
    else out.push({ ...o });
  }
  return out;
}

function draft(kind: Change['kind'], tags: string[], old: Side | null, neu: Side | null, ops: Op[], pairs: DraftChange['pairs']): DraftChange {
  return { id: '', kind, tags, roles: { removed: [], added: [] }, old, new: neu, ops, roleEvents: [], pairs };
}

function sentenceSide(r: SentenceRef): Side {
  const side: Side = { text: r.sentence.text, section: r.section.path, line: r.sentence.position.line, column: r.sentence.position.column, ordinal: ordinalOf(r) };
  if (r.block.label) side.paragraph = r.block.label;
  if (r.sentence.position.page !== undefined) side.page = r.sentence.position.page;
  return side;
}

/** A rewritten passage's side: its sentences, cited where the first one stands. */
function passageSide(refs: SentenceRef[]): Side {
  const side = sentenceSide(refs[0]!);
  side.text = refs.map((r) => r.sentence.text).join(' ');
  return side;
}

function blockSide(r: BlockRef): Side {
  const side: Side = { text: r.block.text, section: r.section.path, line: r.block.position.line, column: r.block.position.column, ordinal: ordinalOf(r) };
  if (r.block.label) side.paragraph = r.block.label;
  if (r.block.position.page !== undefined) side.page = r.block.position.page;
  return side;
}

/** Each section's blocks numbered from 1, built once per section: the paragraph number DOCX and HTML are cited by. */
const ordinals = new WeakMap<object, Map<object, number>>();

function ordinalOf(r: BlockRef): number {
  let numbers = ordinals.get(r.section);
  if (!numbers) {
    numbers = new Map(r.section.blocks.map((b, i) => [b, i + 1] as const));
    ordinals.set(r.section, numbers);
  }
  return numbers.get(r.block) ?? 1;
}

/**
 * Stable ids: a hash of the scope (file path), the kind, and each side's section
 * path and normalised sentence. Positions are left out on purpose, so an id
 * survives unrelated edits elsewhere in the document; repeats get "-2", "-3".
 */
function assignIds(changes: DraftChange[], scope: string): void {
  const seen = new Map<string, number>();
  for (const c of changes) {
    const side = (s: Side | null) => (s ? `${s.section.join('\u001f')}\u001e${normaliseForId(s.text)}` : '');
    const base = createHash('sha256').update([scope, c.kind, side(c.old), side(c.new)].join('\u001d')).digest('hex').slice(0, 12);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    c.id = n === 1 ? `wt-${base}` : `wt-${base}-${n}`;
  }
}

function normaliseForId(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
}
