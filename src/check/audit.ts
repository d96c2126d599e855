// Accepted-changes entries decay. `--write-accepted` writes them with an empty reason for a
// reviewer to fill in, and an id stops matching once its change is merged into the base or
// edited again. Both are reported, so the file stays a record of decisions rather than a list
// of hashes nobody can explain; --strict-accepted makes them an error for a CI gate.
import { sanitizeForTerminal as clean } from '../text/sanitize.js';
import { toAcceptedMap, type AcceptedEntry } from './accepted.js';
import type { AcceptedAudit, FileComparison } from '../types.js';

/**
 * Which of `entries` match no change in `files` (stale), and which have no reason. An id
 * listed twice counts once, with its last reason, as it does when changes are marked.
 */
export function auditAccepted(entries: readonly AcceptedEntry[], files: readonly FileComparison[]): AcceptedAudit {
  const ids = new Set(files.flatMap((f) => f.comparison.changes.map((c) => c.id)));
  const audit: AcceptedAudit = { stale: [], withoutReason: [] };
  for (const [id, reason] of toAcceptedMap(entries)) {
    if (!ids.has(id)) audit.stale.push(id);
    if (!reason.trim()) audit.withoutReason.push(id);
  }
  return audit;
}

/** Both audits' ids, each once, in order. */
export function mergeAudits(a: AcceptedAudit, b: AcceptedAudit): AcceptedAudit {
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return { stale: union(a.stale, b.stale), withoutReason: union(a.withoutReason, b.withoutReason) };
}

export function auditProblems(audit: AcceptedAudit): number {
  return audit.stale.length + audit.withoutReason.length;
}

/**
 * One line per entry for stderr, naming the file it is in and its id; under --strict-accepted
 * they are errors and a last line says why the exit status is 2.
 */
export function auditLines(file: string, audit: AcceptedAudit, base: string, strict: boolean): string[] {
  const level = strict ? 'error' : 'warning';
  const where = clean(file);
  return [
    ...audit.withoutReason.map((id) => `wtdiff: ${level}: ${where}: ${id} has no reason; write down why the change was accepted`),
    ...audit.stale.map((id) => `wtdiff: ${level}: ${where}: ${id} is stale: no change against ${clean(base)} has this id (merged, or edited again); remove the entry`),
  ];
}

/** The closing line under --strict-accepted, when there was anything to report. */
export function strictLine(audit: AcceptedAudit): string {
  const n = audit.withoutReason.length;
  const s = audit.stale.length;
  return `wtdiff: --strict-accepted: ${n} accepted entr${n === 1 ? 'y' : 'ies'} without a reason, ${s} stale; exit status 2`;
}
