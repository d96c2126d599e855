// The shapes `wtdiff check` passes from its engine (check/run.ts) to its reports
// (report/sarif.ts, report/github.ts, report/check.ts).
import type { Change, Comparison } from './comparison.js';

/** How a file differs between the base ref and the working tree. */
export type FileStatus = 'modified' | 'added' | 'removed' | 'renamed';

export interface FileComparison {
  /** Repo-relative path with forward slashes: the new path, or the old one for a removed file. */
  path: string;
  status: FileStatus;
  /** Repo-relative path at the base ref (null for an added file). */
  oldPath: string | null;
  /** Repo-relative path in the working tree (null for a removed file). */
  newPath: string | null;
  /** Rename similarity (0–100) as git reports it. */
  similarity?: number;
  /** Which side is a symbolic link, compared as its link text (as git does) and never followed. */
  symlink?: 'old' | 'new' | 'both';
  comparison: Comparison;
}

/** A change that makes the check fail: it has a --fail-on tag and is not accepted. */
export interface FailingChange {
  path: string;
  change: Change;
}

export interface CheckSummary {
  files: number;
  changes: number;
  failing: number;
  accepted: number;
}

/**
 * Accepted entries worth a reviewer's look. Judged against this run only: its base and its
 * paths (an id for a change under another path, or merged into the base, is stale here).
 */
export interface AcceptedAudit {
  /** Accepted ids that match no change found in this run. */
  stale: string[];
  /** Accepted ids whose reason is missing or blank. */
  withoutReason: string[];
}

export interface CheckResult {
  /** The ref compared against, as given. */
  base: string;
  /** Tags that fail the check. */
  failOn: string[];
  files: FileComparison[];
  failing: FailingChange[];
  summary: CheckSummary;
  /** True when nothing fails: exit 0 (unless --strict-accepted finds a problem in acceptedAudit: exit 2). */
  passed: boolean;
  /** The accepted-changes entries read for this run, audited (set by the CLI). */
  acceptedAudit?: AcceptedAudit;
}
