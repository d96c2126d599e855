// Shared by the document-style reports (markdown, html): which changes are shown,
// grouped under the section they now belong to, in document order.
import type { Change, Comparison, SectionChange, SourceFormat } from '../types.js';
import { locator, primarySide, sectionTitle } from './describe.js';
import { sanitizeForTerminal, wellFormed } from './sanitize.js';

export interface SectionGroup {
  /** Stable anchor id, unique in the report. */
  id: string;
  path: string[];
  title: string;
  changes: Change[];
  /** The section-level change (renamed, moved, split …) whose new path is this section, if any. */
  sectionChange?: SectionChange;
}

/** Document text made safe to show anywhere: well-formed UTF-16, controls and bidi overrides visible. */
export function clean(text: string): string {
  return sanitizeForTerminal(wellFormed(text));
}

const pathKey = (p: readonly string[]) => p.join('\u0000');

export function groupBySection(cmp: Comparison, changes: readonly Change[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  const bySectionPath = new Map<string, SectionChange>();
  for (const s of cmp.sections) {
    const p = s.new?.path ?? s.old?.path;
    if (p && s.kind !== 'matched' && !bySectionPath.has(pathKey(p))) bySectionPath.set(pathKey(p), s);
  }
  for (const c of changes) {
    const path = primarySide(c).section;
    const key = pathKey(path);
    let g = groups.get(key);
    if (!g) {
      g = { id: `section-${groups.size + 1}`, path: [...path], title: sectionTitle(path), changes: [] };
      const sc = bySectionPath.get(key);
      if (sc) g.sectionChange = sc;
      groups.set(key, g);
    }
    g.changes.push(c);
  }
  return [...groups.values()];
}

/** "Paragraph 42" / "Paragraph 1.3" from a label like "42." — or null when the block had none. */
export function paragraphName(c: Change): string | null {
  const p = (c.new ?? c.old)?.paragraph;
  return p ? `Paragraph ${clean(p).replace(/\.$/, '')}` : null;
}

/** Words for a section-level change: "Renamed from “X”", "Moved from “X”" … */
export function describeSectionChange(s: SectionChange): string {
  const from = s.old ? `“${clean(sectionTitle(s.old.path))}”` : '';
  const to = s.new ? `“${clean(sectionTitle(s.new.path))}”` : '';
  switch (s.kind) {
    case 'added': return `Section added: ${to}`;
    case 'removed': return `Section removed: ${from}`;
    case 'split': return `Section split: ${from} → ${to}`;
    case 'merged': return `Section merged: ${from} → ${to}`;
    case 'renamed': return `Section renamed${s.moved ? ' and moved' : ''}: ${from} → ${to}`;
    case 'moved': return `Section moved: ${from} → ${to}`;
    default: return `Section matched: ${to}`;
  }
}

/** Split a changed run into its leading space, its words and its trailing space. */
export function splitSpace(text: string): [string, string, string] {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return [m[1]!, m[2]!, m[3]!];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "line 9" when both editions agree, else "was line 5, now line 9" (each in its own file's terms). */
export function whereText(c: Change, formats: { old?: SourceFormat; new?: SourceFormat } = {}): string {
  const a = c.old ? locator(c.old, formats.old) : null;
  const b = c.new ? locator(c.new, formats.new) : null;
  if (a && b && a === b) return a;
  return [a ? `was ${a}` : null, b ? `now ${b}` : null].filter(Boolean).join(', ');
}

export interface Piece {
  changed: boolean;
  text: string;
}

/**
 * One side's words as unchanged and changed pieces, re-aligned on the side's own
 * text: a word diff may give a space to the other side's operation ("*stars*and"),
 * so spaces are taken from the document, not from the ops. If the ops do not spell
 * the side's text at all, the text is shown whole, unmarked, rather than misquoted.
 */
export function sidePieces(c: Change, mine: 'delete' | 'insert'): Piece[] {
  const sideText = (mine === 'delete' ? c.old : c.new)?.text ?? '';
  const raw = c.ops.filter((o) => o.op === 'equal' || o.op === mine).map((o) => ({ changed: o.op !== 'equal', text: o.text }));
  const out: Piece[] = [];
  let pos = 0;
  const ws = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
  for (const p of raw) {
    let text = '';
    for (const ch of p.text) {
      while (ws(sideText[pos]) && !ws(ch)) text += sideText[pos++];
      if (sideText.startsWith(ch, pos)) { text += ch; pos += ch.length; }
      else if (!ws(ch)) return [{ changed: false, text: sideText }];
    }
    if (text) out.push({ changed: p.changed, text });
  }
  if (pos < sideText.length) {
    if (sideText.slice(pos).trim()) return [{ changed: false, text: sideText }];
    out.push({ changed: false, text: sideText.slice(pos) });
  }
  return out.length ? out : [{ changed: false, text: sideText }];
}
