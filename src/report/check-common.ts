// Shared by the reports of `wtdiff check`: which changes are shown, how severe
// each is, and a one-paragraph description.
import type { Change, CheckResult } from '../types.js';
import { sortTags, TAGS, isKnownTag } from '../tags.js';
import { isShownByDefault } from './types.js';
import { keyFacts } from './describe.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface CheckRenderOptions {
  /** Also show editorial-only and terminology-only changes. */
  all: boolean;
  /** wtdiff's version, for SARIF's tool.driver. */
  toolVersion?: string;
}

const SIGNIFICANT = /^(role|duty|timescale)-/;

export function tagSeverity(tag: string, failOn: readonly string[]): Severity {
  if (failOn.includes(tag)) return 'error';
  if (SIGNIFICANT.test(tag)) return 'warning';
  return 'notice';
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, notice: 0 };

/** The most severe of a change's tags. */
export function changeSeverity(c: Change, failOn: readonly string[]): Severity {
  let best: Severity = 'notice';
  for (const t of c.tags) {
    const s = tagSeverity(t, failOn);
    if (RANK[s] > RANK[best]) best = s;
  }
  return best;
}

/** The tag a single-rule format files the change under: the most severe, then the first in tag order. */
export function primaryTag(c: Change, failOn: readonly string[]): string {
  const tags = sortTags(c.tags);
  const sev = changeSeverity(c, failOn);
  return tags.find((t) => tagSeverity(t, failOn) === sev) ?? tags[0] ?? 'wording';
}

/** Changes a report lists: the default-visible ones (all with --all), and always failing ones. */
export function shownChanges(changes: readonly Change[], result: CheckResult, all: boolean): Change[] {
  return changes.filter((c) => all || isShownByDefault(c) || (!c.accepted && c.tags.some((t) => result.failOn.includes(t))));
}

/** "Manager removed from: plan of action. Duty weakened: …" or the tag's help text. */
export function headline(c: Change): string {
  const parts = keyFacts(c);
  if (parts.length) return parts.join('; ');
  const tag = sortTags(c.tags)[0];
  return tag && isKnownTag(tag) ? TAGS[tag] : 'Changed wording.';
}

/** The full message: headline, then the old and new sentence. */
export function changeMessage(c: Change): string {
  const lines = [headline(c)];
  if (c.old) lines.push(`- ${c.old.text}`);
  if (c.new) lines.push(`+ ${c.new.text}`);
  if (c.accepted) lines.push(`Accepted${c.acceptedReason ? `: ${c.acceptedReason}` : ''} (${c.id})`);
  else lines.push(`Change id: ${c.id}`);
  return lines.join('\n');
}
