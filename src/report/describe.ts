// Words shared by the human-readable reports.
import type { Change, RoleEvent, Side } from '../types.js';
import { defaultRoles } from '../classify/lexicon.js';

/** A role's name: the built-in lexicon's label ("Independent reviewing officer", "LADO"), else the id in words. */
export function roleLabel(id: string): string {
  const known = defaultRoles().label(id);
  if (known !== id) return known;
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

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
      out.push({ text: `${e.label ?? roleLabel(e.role)} → ${partner.label ?? roleLabel(partner.role)}: ${e.decision}`, triggers: [e.trigger, partner.trigger].filter(Boolean) });
    } else {
      out.push({ text: describeRoleEvent(e), triggers: e.trigger ? [e.trigger] : [] });
    }
  }
  return out;
}

/** Triggers in curly quotes, old → new: “a manager” → “colleagues”. */
export function quoted(triggers: readonly string[]): string {
  return triggers.map((w) => `“${w}”`).join(' → ');
}

export function describeDuty(c: Change): string | null {
  return c.duty ? `Duty ${c.duty.direction}: "${c.duty.from}" → "${c.duty.to}"` : null;
}

export function describeTimescale(c: Change): string | null {
  if (!c.timescale) return null;
  const f = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
  return `Timescale: ${f(c.timescale.from)} → ${f(c.timescale.to)}`;
}

export function locator(side: Side | null): string {
  if (!side) return '';
  return side.page !== undefined ? `p. ${side.page}` : `line ${side.line}`;
}

export function sectionTitle(path: readonly string[]): string {
  return path.length ? path.join(' › ') : '(before the first heading)';
}

export function primarySide(c: Change): Side {
  return (c.new ?? c.old)!;
}
