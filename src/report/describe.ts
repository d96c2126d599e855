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
