// The built-in roles (data/roles.json): classify builds its default lexicon from them, and
// reports name a role id with them, without loading the classifier.
import defaults from '../data/roles.json' with { type: 'json' };
import type { RoleFile } from './types.js';

export const BUILT_IN_ROLES = defaults as RoleFile;

const labels = new Map(BUILT_IN_ROLES.roles.map((r) => [r.id, r.label ?? r.id]));

/** A role's name: the built-in lexicon's label ("Independent reviewing officer", "LADO"), else the id in words. */
export function roleLabel(id: string): string {
  const known = labels.get(id) ?? id;
  if (known !== id) return known;
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
