// The passages the classifier compares rewritten text across: every sentence of a
// section (with its table cell and list lead-in), and which sections the alignment
// paired. Built from the parsed documents and the alignment's section changes, which the
// pipeline hands over; classify/passage.ts only asks for sentences by section path.
import type { ParsedDocument, ParsedSection, SectionChange } from '../types.js';
import { LineIndex } from '../parse/document.js';
import { sentencesOf } from '../parse/sentences.js';
import { firstItem, leadIn, tableCellOf } from '../parse/context.js';
import type { PassageSentence, Passages, SideName } from './passage.js';

const key = (path: readonly string[]) => path.join('\u001f');

export function passagesOf(old: ParsedDocument, neu: ParsedDocument, sections: readonly SectionChange[]): Passages {
  const docs = { old: { doc: old, lines: new LineIndex(old.source) }, new: { doc: neu, lines: new LineIndex(neu.source) } };
  const byPath = { old: new Map<string, ParsedSection>(), new: new Map<string, ParsedSection>() };
  for (const side of ['old', 'new'] as const) for (const s of docs[side].doc.sections) if (!byPath[side].has(key(s.path))) byPath[side].set(key(s.path), s);
  const counter = { old: new Map<string, string[][]>(), new: new Map<string, string[][]>() };
  const link = (side: SideName, from: string[], to: string[]) => {
    const list = counter[side].get(key(from)) ?? [];
    list.push(to);
    counter[side].set(key(from), list);
  };
  for (const s of sections) {
    if (!s.old || !s.new) continue;
    link('old', s.old.path, s.new.path);
    link('new', s.new.path, s.old.path);
    // A split sends one old section to several new ones; a merge the reverse.
    for (const r of s.related ?? []) {
      if (s.kind === 'split') link('old', s.old.path, r);
      if (s.kind === 'merged') link('new', s.new.path, r);
    }
  }
  const cache = new Map<string, PassageSentence[]>();
  return {
    // A section the alignment did not list (the untitled start of a short document) pairs with the same path.
    counterparts: (side, path) => counter[side].get(key(path)) ?? (byPath[side === 'old' ? 'new' : 'old'].has(key(path)) ? [path] : []),
    sentences(side, paths) {
      const of = (path: string[]) => {
        const k = `${side}\u0000${key(path)}`;
        let list = cache.get(k);
        if (!list) {
          list = [];
          const section = byPath[side].get(key(path));
          const { doc, lines } = docs[side];
          for (const block of section?.blocks ?? []) {
            const lead = leadIn(section!, block);
            for (const sentence of sentencesOf(block, doc.source, lines)) {
              const s: PassageSentence = { text: sentence.text };
              const cell = tableCellOf(block, sentence);
              if (cell) s.cell = cell;
              if (lead) s.lead = lead;
              const follow = firstItem(section!, block, sentence.text);
              if (follow) s.follow = follow;
              list.push(s);
            }
          }
          cache.set(k, list);
        }
        return list;
      };
      // One section, the common case, is its cached list itself, not a copy (callers only read it).
      if (paths.length === 1) return of(paths[0]!);
      const out: PassageSentence[] = [];
      for (const path of paths) out.push(...of(path));
      return out;
    },
  };
}
