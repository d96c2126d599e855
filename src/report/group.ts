// Shared by the reports that list changes by section (terminal, --stat, markdown, html,
// criticmarkup): which section each change is under (one mapping for all of them), the
// changes grouped under it, in document order.
import type { Change, Comparison, SectionChange, SourceFormat } from '../types.js';
import { labelsOf, locator, sectionTitle } from './describe.js';
import { headingKey } from '../text/normalise.js';
import { sanitizeForTerminal, wellFormed } from '../text/sanitize.js';

export interface SectionGroup {
  /** Stable anchor id, unique in the report. */
  id: string;
  /** The section's heading path in the later edition (see sectionPaths); the earlier one's only for a section removed or without a counterpart. */
  path: string[];
  title: string;
  changes: Change[];
  /** The section-level change (renamed, moved, split …) whose new path is this section, if any. */
  sectionChange?: SectionChange;
  /**
   * The section's heading path in the earlier edition, when the section was renamed or moved
   * to a different path: what a report notes beside the heading ("was “…”"). Markdown and HTML
   * say it through `sectionChange` ("Section renamed: “old” → “new”"), which names it already.
   */
  oldPath?: string[];
}

/** Document text made safe to show anywhere: well-formed UTF-16, controls and bidi overrides visible. */
export function clean(text: string): string {
  return sanitizeForTerminal(wellFormed(text));
}

const pathKey = (p: readonly string[]) => p.join('\u0000');
const lastKey = (p: readonly string[]) => headingKey(p.at(-1) ?? '');

/**
 * Which section each change belongs to in a report, for every report alike (terminal, --stat,
 * markdown, HTML, CriticMarkup): the section's path in the later edition. A change with a new
 * side is where that side is. A removed sentence is under its old section's counterpart: the
 * section it was matched to, renamed or moved to, or merged into; only a section that was
 * removed (or has no counterpart) keeps its old path. So a section renamed, with one sentence
 * removed and one edited, is one section in the report, not the old heading and the new one.
 *
 * The comparison lists section changes but not sections matched as they stood; a matched
 * section's path can still differ (renumbered "3. Plans" → "4. Plans", or a parent heading
 * renamed). Its counterpart is then read off the comparison's own sentence pairs: the new
 * section most of its unmoved, paired sentences went to, among those whose heading is the same
 * but for numbering, case and spacing (as sections are matched, src/align/sections.ts).
 *
 * Returns a function, built once per comparison, from a change to its section's path.
 */
export function sectionPaths(cmp: Comparison): (c: Change) => string[] {
  const into = new Map<string, string[]>();
  const setOnce = (from: readonly string[] | undefined, to: readonly string[] | undefined) => {
    if (from && to && !into.has(pathKey(from))) into.set(pathKey(from), [...to]);
  };
  // The section's own counterpart first, then where a section without one went.
  for (const s of cmp.sections) if (s.kind === 'matched' || s.kind === 'renamed' || s.kind === 'moved') setOnce(s.old?.path, s.new?.path);
  for (const s of cmp.sections) {
    // A split names the new section its source was matched to; a merge, the old section matched to its target.
    if (s.kind === 'split') setOnce(s.old?.path, s.related?.[0]);
    if (s.kind === 'merged') setOnce(s.related?.[0], s.new?.path);
  }
  for (const s of cmp.sections) {
    if (s.kind === 'merged') setOnce(s.old?.path, s.new?.path);
    if (s.kind === 'removed') setOnce(s.old?.path, s.old?.path);
  }
  // Sections matched as they stood: where their paired, unmoved sentences are now.
  const votes = new Map<string, Map<string, { path: string[]; n: number }>>();
  for (const c of cmp.changes) {
    if (!c.old || !c.new || c.kind === 'moved') continue;
    const from = pathKey(c.old.section);
    if (into.has(from) || lastKey(c.old.section) !== lastKey(c.new.section)) continue;
    let m = votes.get(from);
    if (!m) votes.set(from, (m = new Map()));
    const v = m.get(pathKey(c.new.section));
    if (v) v.n++;
    else m.set(pathKey(c.new.section), { path: c.new.section, n: 1 });
  }
  for (const [from, m] of votes) {
    let top: { path: string[]; n: number } | undefined;
    for (const v of m.values()) if (!top || v.n > top.n) top = v;
    if (top) into.set(from, [...top.path]);
  }
  return (c) => (c.new ? [...c.new.section] : [...(into.get(pathKey(c.old!.section)) ?? c.old!.section)]);
}

/** The path of the section a change is listed under in every report (see sectionPaths). */
export function sectionPathOf(cmp: Comparison, c: Change): string[] {
  return sectionPaths(cmp)(c);
}

/**
 * The changes under their sections (see sectionPaths), one group per section, in the order the
 * changes come (the later edition's order, removals where they stood); a group's changes keep
 * that order.
 */
export function groupBySection(cmp: Comparison, changes: readonly Change[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  const bySectionPath = new Map<string, SectionChange>();
  for (const s of cmp.sections) {
    const p = s.new?.path ?? s.old?.path;
    if (p && s.kind !== 'matched' && !bySectionPath.has(pathKey(p))) bySectionPath.set(pathKey(p), s);
  }
  const pathOf = sectionPaths(cmp);
  for (const c of changes) {
    const path = pathOf(c);
    const key = pathKey(path);
    let g = groups.get(key);
    if (!g) {
      g = { id: `section-${groups.size + 1}`, path, title: sectionTitle(path), changes: [] };
      const sc = bySectionPath.get(key);
      if (sc) g.sectionChange = sc;
      if (sc && (sc.kind === 'renamed' || sc.kind === 'moved') && sc.old && pathKey(sc.old.path) !== key) g.oldPath = [...sc.old.path];
      groups.set(key, g);
    }
    g.changes.push(c);
  }
  return [...groups.values()];
}

/** "Paragraph 42", "Paragraph 1.3", "Paragraph 41 → 42" (renumbered or moved) — or null when the block had none. */
export function paragraphName(c: Change): string | null {
  const p = labelsOf(c);
  return p ? `Paragraph ${clean(p)}` : null;
}

/** How a report writes a section change: the terminal's plain quotes and lower case, or the documents' own. */
export interface SectionChangeStyle {
  /** Straight quotes ("X") for the terminal; curly (“X”) otherwise. */
  straight?: boolean;
  /** "section moved: …" (a line among others) rather than "Section moved: …". */
  lowerCase?: boolean;
  /** Leave out where a moved section went (the terminal shows it under the section's own heading). */
  movedFromOnly?: boolean;
}

/** Words for a section-level change: "Section renamed: “X” → “Y”", "Section moved: “X” → “Y”" … */
export function describeSectionChange(s: SectionChange, style: SectionChangeStyle = {}): string {
  const [open, close] = style.straight ? ['"', '"'] : ['“', '”'];
  const from = s.old ? `${open}${clean(sectionTitle(s.old.path))}${close}` : '';
  const to = s.new ? `${open}${clean(sectionTitle(s.new.path))}${close}` : '';
  const words = (() => {
    switch (s.kind) {
      case 'added': return `Section added: ${to}`;
      case 'removed': return `Section removed: ${from}`;
      case 'split': return `Section split: ${from} → ${to}`;
      case 'merged': return `Section merged: ${from} → ${to}`;
      case 'renamed': return `Section renamed${s.moved ? ' and moved' : ''}: ${from} → ${to}`;
      case 'moved': return style.movedFromOnly ? `Section moved: ${from}` : `Section moved: ${from} → ${to}`;
      default: return `Section matched: ${to}`;
    }
  })();
  return style.lowerCase ? `s${words.slice(1)}` : words;
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
