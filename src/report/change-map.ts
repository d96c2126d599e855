// Where an edition changed, as positions rather than sentences: each section of one edition in
// order with its share of the words, each shown change at its place along the document, and
// each moved section with the place it came from. The HTML report draws it (html-map.ts); the
// markdown report's chapter table counts the same lanes over the reports' section groups
// (chapterRows).
import type { Change, Comparison, OutlineSection, Side } from '../types.js';
import { keyFacts, sectionTitle, changeHeadline } from './describe.js';
import { sectionPaths, type SectionGroup } from './group.js';
import { headingKey } from '../text/normalise.js';
import { lastAtMost } from '../text/sorted.js';

/** The kinds of change the map draws apart, each in its own row with its own shape. */
export type Lane = 'role' | 'duty' | 'time' | 'wording';

export const LANES: readonly { lane: Lane; label: string }[] = [
  { lane: 'role', label: 'Roles' },
  { lane: 'duty', label: 'Duties' },
  { lane: 'time', label: 'Time limits' },
  { lane: 'wording', label: 'Other wording' },
];

/** The lanes a change is drawn in: each of role, duty and time limit it concerns, or else other wording. */
export function lanesOf(c: Change): Lane[] {
  const out: Lane[] = [];
  if (c.roleEvents.length || c.tags.some((t) => t.startsWith('role-'))) out.push('role');
  if (c.tags.some((t) => t.startsWith('duty-'))) out.push('duty');
  if (c.tags.includes('timescale-changed')) out.push('time');
  return out.length ? out : ['wording'];
}

export type Edition = 'old' | 'new';

export interface MapSection {
  path: string[];
  title: string;
  words: number;
  /** Where it starts and how long it is, as fractions of the edition's words (0–1). */
  start: number;
  size: number;
  /** How many of the shown changes are placed in it. */
  changes: number;
}

export interface MapMark {
  change: Change;
  lane: Lane;
  /** Place along the edition, 0–1. */
  at: number;
  /** The change in words: what hovering or focusing the mark shows. */
  describe: string;
}

export interface MapMove {
  /** Where the section is in this edition, and where it is in the other, both 0–1 along their edition. */
  here: number;
  there: number;
  describe: string;
}

export interface ChangeMap {
  edition: Edition;
  sections: MapSection[];
  marks: MapMark[];
  moves: MapMove[];
}

const pathKey = (p: readonly string[]) => p.join('\u0000');
const other = (e: Edition): Edition => (e === 'old' ? 'new' : 'old');

/** One edition laid out: its sections' places, and which section a markdown line is in. */
class Layout {
  readonly sections: MapSection[];
  private readonly lines: number[];
  private readonly ends: number[];
  private readonly byPath = new Map<string, number>();

  constructor(outline: readonly OutlineSection[], lastLine: number) {
    const total = outline.reduce((n, s) => n + s.words, 0);
    let start = 0;
    this.sections = outline.map((s, i) => {
      // An edition with no words at all: sections of equal length.
      const size = total > 0 ? s.words / total : 1 / outline.length;
      const out = { path: s.path, title: sectionTitle(s.path), words: s.words, start, size, changes: 0 };
      start += size;
      if (!this.byPath.has(pathKey(s.path))) this.byPath.set(pathKey(s.path), i);
      return out;
    });
    this.lines = outline.map((s) => s.line);
    this.ends = outline.map((s, i) => Math.max((outline[i + 1]?.line ?? lastLine + 1), s.line + 1));
  }

  /** The section a line is in: the last one starting at or before it. */
  indexOfLine(line: number): number {
    return lastAtMost(this.lines, line);
  }

  indexOfPath(path: readonly string[]): number | undefined {
    const exact = this.byPath.get(pathKey(path));
    if (exact !== undefined) return exact;
    // Matched sections may differ by numbering, case or spacing only (as sections are matched).
    const last = headingKey(path.at(-1) ?? '');
    const i = this.sections.findIndex((s) => headingKey(s.path.at(-1) ?? '') === last);
    return i >= 0 ? i : undefined;
  }

  /** How far into its section a line is, 0–1. */
  within(i: number, line: number): number {
    const from = this.lines[i]!;
    return Math.min(1, Math.max(0, (line - from) / (this.ends[i]! - from)));
  }

  at(i: number, within: number): number {
    const s = this.sections[i]!;
    return s.start + s.size * within;
  }
}

/**
 * The map of one edition for the shown changes, or null when the comparison carries no outline
 * (JSON written before schema 1.4.0). A change without a side in this edition (a sentence added,
 * seen on the earlier edition's map) is placed in its section's counterpart, as far into it as it
 * is into its own; without a counterpart, as far along the edition as it is along the other.
 */
export function changeMap(cmp: Comparison, shown: readonly Change[], edition: Edition): ChangeMap | null {
  const oldOutline = cmp.documents.old.outline;
  const newOutline = cmp.documents.new.outline;
  if (!oldOutline?.length || !newOutline?.length) return null;
  const outlines = { old: oldOutline, new: newOutline };
  const lastLine = (e: Edition) => {
    let last = 0;
    for (const c of shown) last = Math.max(last, c[e]?.line ?? 0);
    for (const s of cmp.sections) last = Math.max(last, s[e]?.line ?? 0);
    return last;
  };
  const here = new Layout(outlines[edition], lastLine(edition));
  const there = new Layout(outlines[other(edition)], lastLine(other(edition)));
  const counterpart = counterparts(cmp, edition);

  const marks: MapMark[] = [];
  for (const c of shown) {
    const place = placeOf(c, edition, here, there, counterpart);
    if (place.section !== undefined) here.sections[place.section]!.changes++;
    const describe = describeChange(c);
    for (const lane of lanesOf(c)) marks.push({ change: c, lane, at: place.at, describe });
  }

  const moves: MapMove[] = [];
  for (const s of cmp.sections) {
    if (!(s.kind === 'moved' || s.moved) || !s.old || !s.new) continue;
    const mine = s[edition]!;
    const theirs = s[other(edition)]!;
    const i = here.indexOfLine(mine.line);
    const j = there.indexOfLine(theirs.line);
    moves.push({
      here: here.at(i, 0.5),
      there: there.at(j, 0.5),
      describe: `Section moved: “${sectionTitle(s.old.path)}” (earlier edition) → “${sectionTitle(s.new.path)}” (later edition)`,
    });
  }
  return { edition, sections: here.sections, marks, moves };
}

/** Where a change goes on this edition's map, and which section it counts for (if any). */
function placeOf(c: Change, edition: Edition, here: Layout, there: Layout, counterpart: (c: Change) => string[] | undefined): { at: number; section?: number } {
  const mine = c[edition];
  if (mine) {
    const i = here.indexOfLine(mine.line);
    return { at: here.at(i, here.within(i, mine.line)), section: i };
  }
  const theirs = c[other(edition)] as Side;
  const j = there.indexOfLine(theirs.line);
  const within = there.within(j, theirs.line);
  const path = counterpart(c);
  const i = path ? here.indexOfPath(path) : undefined;
  if (i !== undefined) return { at: here.at(i, within), section: i };
  return { at: there.at(j, within) };
}

/**
 * A change's section in this edition when it has no side here. On the later edition's map, the
 * reports' own grouping (group.ts sectionPaths) says where a removed sentence is listed; on the
 * earlier edition's, an added sentence's section is followed back through the section changes.
 */
function counterparts(cmp: Comparison, edition: Edition): (c: Change) => string[] | undefined {
  if (edition === 'new') {
    const pathOf = sectionPaths(cmp);
    return (c) => pathOf(c);
  }
  const back = new Map<string, string[]>();
  for (const s of cmp.sections) {
    if (s.old && s.new && !back.has(pathKey(s.new.path))) back.set(pathKey(s.new.path), s.old.path);
  }
  return (c) => (c.new ? back.get(pathKey(c.new.section)) ?? c.new.section : undefined);
}

/** "Manager removed from: agree a plan of action — Progressing assessments and reviewing plans". */
export function describeChange(c: Change): string {
  const facts = keyFacts(c);
  const what = facts.length ? facts.join('; ') : `${changeHeadline(c)} (${c.tags.join(', ')})`;
  const side = c.new ?? c.old;
  return side ? `${what} — ${side.section.at(-1) ?? sectionTitle([])}` : what;
}

/**
 * How many headings of a section's path name its chapter: the outermost, or under a single title
 * heading (an H1 over everything) the one below it.
 */
export function chapterDepth(paths: readonly (readonly string[])[]): number {
  const firsts = new Set(paths.map((p) => p[0] ?? ''));
  return firsts.size === 1 && paths.some((p) => p.length > 1) ? 2 : 1;
}

/** A chapter of the markdown report's table: counts of shown changes per lane. */
export interface ChapterRow {
  title: string;
  counts: Record<Lane, number>;
  total: number;
}

/**
 * The reports' section groups (group.ts) counted per chapter (the outermost heading under the
 * document's title) and lane, most substantive first: most role changes, then duties, then time
 * limits, then all changes; chapters that tie keep document order (the sort is stable).
 */
export function chapterRows(groups: readonly SectionGroup[]): ChapterRow[] {
  const depth = chapterDepth(groups.map((g) => g.path));
  const rows = new Map<string, ChapterRow>();
  for (const g of groups) {
    const chapter = g.path.slice(0, depth);
    const key = pathKey(chapter);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { title: chapter.at(-1) ?? sectionTitle([]), counts: { role: 0, duty: 0, time: 0, wording: 0 }, total: 0 }));
    for (const c of g.changes) {
      for (const lane of lanesOf(c)) row.counts[lane]++;
      row.total++;
    }
  }
  const rank = (r: ChapterRow) => [r.counts.role, r.counts.duty, r.counts.time, r.total];
  return [...rows.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return y[k]! - x[k]!;
    return 0;
  });
}
