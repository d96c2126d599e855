// Words shared by the human-readable reports.
import type { Change, Comparison, RoleEvent, Side, SourceFormat } from '../types.js';
import { roleLabel } from '../role-names.js';

/** "Manager removed from: agree a plan of action". */
export function describeRoleEvent(e: RoleEvent): string {
  const what = `${e.label ?? roleLabel(e.role)} ${e.change === 'removed' ? 'removed from' : 'added to'}`;
  return e.decision ? `${what}: ${e.decision}` : `${what} the decision`;
}

/** One line about who lost or gained a say, and the words in the documents that showed it. */
export interface RoleLine {
  text: string;
  /** The surface words: one for a removal or addition, the old then the new for a substitution. */
  triggers: string[];
  /** The tag the line stands for. */
  tag: 'role-removed' | 'role-added' | 'role-substituted';
}

/**
 * A change's role events as lines a reader takes in at once: a role removed from a decision and
 * another added to the same decision read as one substitution, "Manager → Colleague: talk through
 * their concerns" ("a manager" → "colleagues"), not two lines to piece together.
 */
export function roleLines(events: readonly RoleEvent[]): RoleLine[] {
  const added = events.filter((e) => e.change === 'added');
  const paired = new Set<RoleEvent>();
  const out: RoleLine[] = [];
  for (const e of events) {
    if (paired.has(e)) continue;
    const partner = e.change === 'removed' && e.decision ? added.find((a) => !paired.has(a) && a.decision === e.decision) : undefined;
    if (partner) {
      paired.add(partner);
      out.push({ text: `${e.label ?? roleLabel(e.role)} → ${partner.label ?? roleLabel(partner.role)}: ${e.decision}`, triggers: [e.trigger, partner.trigger].filter(Boolean), tag: 'role-substituted' });
    } else {
      out.push({ text: describeRoleEvent(e), triggers: e.trigger ? [e.trigger] : [], tag: e.change === 'removed' ? 'role-removed' : 'role-added' });
    }
  }
  return out;
}

/** Triggers in curly quotes, old → new: “a manager” → “colleagues”. */
export function quoted(triggers: readonly string[]): string {
  return triggers.map((w) => `“${w}”`).join(' → ');
}

/** What matters about a change, in words: who lost or gained a say, duties and time limits. */
export function keyFacts(c: Change): string[] {
  return [...roleLines(c.roleEvents).map((r) => r.text), describeDuty(c), describeTimescale(c)].filter((s): s is string => !!s);
}

/** A change's title: its first key fact, else what kind of change it is. */
export function changeHeadline(c: Change): string {
  const fact = keyFacts(c)[0];
  if (fact) return fact;
  if (c.kind === 'added') return 'Sentence added';
  if (c.kind === 'removed') return 'Sentence removed';
  if (c.kind === 'moved') return c.tags.some((t) => t !== 'moved') ? 'Moved and reworded' : 'Moved';
  if (c.tags.includes('wording')) return 'Wording changed';
  if (c.tags.includes('terminology')) return 'Terminology changed';
  if (c.tags.includes('renumbered')) return 'Renumbered';
  return 'Editorial change';
}

export function describeDuty(c: Change): string | null {
  return c.duty ? `Duty ${c.duty.direction}: "${c.duty.from}" → "${c.duty.to}"` : null;
}

export function describeTimescale(c: Change): string | null {
  if (!c.timescale) return null;
  const f = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
  return `Timescale: ${f(c.timescale.from)} → ${f(c.timescale.to)}`;
}

/**
 * Where a side is in the user's own file, never a line of the markdown a reader made from it:
 * the page for PDF, the file's line for markdown and text, else the paragraph's number in its
 * section (DOCX, HTML). A comparison without formats (the library given markdown) is markdown.
 */
export function locator(side: Side | null, format?: SourceFormat): string {
  if (!side) return '';
  if (side.page !== undefined) return `p. ${side.page}`;
  if (side.sourceLine !== undefined) return `line ${side.sourceLine}`;
  if (format === undefined || format === 'markdown') return `line ${side.line}`;
  return `paragraph ${side.ordinal ?? 1}`;
}

/**
 * A change's paragraph label: "4.2", or "4.2 → 4.3" when the paragraph was renumbered or
 * moved under another number, so both numbers can be quoted.
 */
export function labelsOf(c: Change, { keepDot = false } = {}): string | null {
  const strip = (l: string | undefined) => (keepDot ? l : l?.replace(/\.$/, ''));
  const o = strip(c.old?.paragraph);
  const n = strip(c.new?.paragraph);
  if (o && n && o !== n) return `${o} → ${n}`;
  return n ?? o ?? null;
}

/** "¶ 4.2": the paragraph's own label, the first thing to cite when it has one. */
export function labelName(side: Side | null): string | null {
  return side?.paragraph ? `¶ ${side.paragraph.replace(/\.$/, '')}` : null;
}

/**
 * A citation a reader can follow in their own file: the label and, where it adds something,
 * the line or page ("¶ 4.2, line 61", "¶ 4.2, p. 3", "¶ 4.2" in a DOCX); without a label, the locator.
 */
export function cite(side: Side | null, format?: SourceFormat): string {
  if (!side) return '';
  const label = labelName(side);
  if (!label) return locator(side, format);
  const where = locator(side, format);
  return where.startsWith('paragraph ') ? label : `${label}, ${where}`;
}

/** The formats the two editions were read from. */
export function formatsOf(cmp: Comparison): { old?: SourceFormat; new?: SourceFormat } {
  const out: { old?: SourceFormat; new?: SourceFormat } = {};
  if (cmp.documents.old.format) out.old = cmp.documents.old.format;
  if (cmp.documents.new.format) out.new = cmp.documents.new.format;
  return out;
}

export function sectionTitle(path: readonly string[]): string {
  return path.length ? path.join(' › ') : '(before the first heading)';
}

export function primarySide(c: Change): Side {
  return (c.new ?? c.old)!;
}

/** The old section of a change moved from another section, or null (moved within its section, or not moved). */
export function movedFromSection(c: Change): string[] | null {
  return c.kind === 'moved' && c.old && c.new && c.old.section.join('\u0000') !== c.new.section.join('\u0000') ? c.old.section : null;
}
