// Every tag wtdiff gives, with the help text reports and SARIF rules use.
export const TAGS = {
  'role-removed': 'A role that took part in a decision (decided, was consulted, took part) no longer does.',
  'role-added': 'A role now takes part in a decision it was not part of before.',
  'role-substituted': 'One role was replaced by another in the same part of a decision (e.g. a manager by colleagues).',
  'duty-weakened': 'A duty became weaker: must → should → may, or a prohibition was relaxed.',
  'duty-strengthened': 'A duty became stronger: may → should → must, or a prohibition was added.',
  'duty-reversed': 'A duty turned into a prohibition or the other way round (must → must not).',
  'timescale-changed': 'A time limit or frequency changed ("within 5 working days" → "within 10 working days").',
  terminology: 'A rename applied across the document (e.g. professional → practitioner); no change of meaning on its own.',
  editorial: 'Spelling variant, quotes, punctuation, hyphenation, case or numbering only.',
  wording: 'Any other change of wording.',
  renumbered: 'A paragraph whose words and place stayed the same under another number (4.2 → 4.3); shown only with --all.',
  moved: 'Text moved to another place (another section, or out of order within one).',
  added: 'A sentence that is new.',
  removed: 'A sentence that was deleted.',
} as const satisfies Record<string, string>;

export type KnownTag = keyof typeof TAGS;
export const TAG_NAMES = Object.keys(TAGS) as KnownTag[];

export function isKnownTag(tag: string): tag is KnownTag {
  return Object.hasOwn(TAGS, tag);
}

/** Tags listed in a fixed order, so output is stable. */
const TAG_ORDER = new Map<string, number>(TAG_NAMES.map((t, i) => [t, i]));

export function sortTags(tags: Iterable<string>): string[] {
  const order = TAG_ORDER;
  return [...new Set(tags)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b));
}
