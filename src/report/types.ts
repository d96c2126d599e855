import type { ChalkInstance } from 'chalk';
import type { Change, Comparison } from '../types.js';

export interface RenderOptions {
  /** Show editorial-only and terminology-only changes too. */
  all: boolean;
  /** Colour, decided once by the CLI (level 0 = none). */
  chalk: ChalkInstance;
}

/** A formatter: a pure function from a comparison to text. */
export type Renderer = (comparison: Comparison, options: RenderOptions) => string;

/** Tags that alone leave a change out of a report unless --all: nothing a reader must weigh. */
const MINOR_ONLY = new Set(['editorial', 'terminology', 'renumbered']);

/** A change that is only a paragraph's new number: its words and place stayed. */
export function isRenumbering(c: Change): boolean {
  return c.tags.length === 1 && c.tags[0] === 'renumbered';
}

/** Changes a reader sees by default: not editorial-only, terminology-only or renumbering-only. */
export function isShownByDefault(c: Change): boolean {
  return c.tags.some((t) => !MINOR_ONLY.has(t));
}

/**
 * The changes a report shows: with `--only`, every change the filter kept (`--only terminology`
 * shows the terminology changes); otherwise all of them with `--all`, else those shown by default.
 */
export function shownChanges(cmp: Comparison, all: boolean): Change[] {
  return cmp.filter || all ? cmp.changes : cmp.changes.filter(isShownByDefault);
}

/**
 * How many changes a report shows out of how many there are, and why any are left out:
 * "6 of 10 changes shown: role-removed only." Every human-readable format says it the same way.
 */
export function shownSentence(cmp: Comparison, shown: number, hint = false): string {
  const total = cmp.filter?.total.changes ?? cmp.changes.length;
  const noun = (n: number) => (n === 1 ? 'change' : 'changes');
  if (shown === total) return `${total} ${noun(total)} found.`;
  if (cmp.filter) return `${shown} of ${total} ${noun(total)} shown: ${cmp.filter.only.join(', ')} only.`;
  const renumbering = cmp.changes.some(isRenumbering);
  return `${shown} of ${total} ${noun(total)} shown: ${total - shown} ${renumbering ? 'editorial-only, terminology-only or renumbering' : 'editorial-only or terminology-only'} ${noun(total - shown)} left out${hint ? ' (--all shows them)' : ''}.`;
}

/** The per-tag counts, said as what they are: "Changes per tag (a change can have several): 6 role-removed, …". */
export function tagCountsSentence(cmp: Comparison): string {
  const tags = Object.entries(cmp.summary.byTag).sort((a, b) => b[1] - a[1]);
  return tags.length ? `Changes per tag (a change can have several): ${tags.map(([t, n]) => `${n} ${t}`).join(', ')}` : '';
}
