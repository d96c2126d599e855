// Accepted changes: a JSON file ({"accepted":[{"id":"wt-…","reason":"…"}]}) of
// change ids that were reviewed and do not fail `check`. They are still shown.
import { InputFileError, UsageError } from '../errors.js';
import { readTextFile, type BoundedReadOptions } from '../ingest/local.js';
import { parseJson } from '../text/json.js';
import type { FileComparison, FailingChange } from '../types.js';

export const DEFAULT_ACCEPTED_FILE = '.wtdiff-accepted.json';

export interface AcceptedEntry {
  id: string;
  reason?: string;
}

/** Id → reason ('' when none was given). */
export type AcceptedMap = Map<string, string>;

/** An accepted-changes file as read: its entries, and the whole document so a rewrite keeps what it does not know. */
export interface AcceptedFile {
  entries: AcceptedEntry[];
  /** The parsed file (absent when there was none): unknown keys, per-entry extras, in order. */
  document?: Record<string, unknown>;
}

/**
 * Read an accepted-changes file. A missing file is an empty list when `optional`
 * (the default file in the repository root), an error otherwise. The read is
 * bounded and a parse error never quotes the file.
 */
export async function loadAccepted(path: string, optional: boolean, options: BoundedReadOptions = {}): Promise<AcceptedFile> {
  const what = `accepted-changes file ${options.name ?? path}`;
  let text: string;
  try {
    text = await readTextFile(path, { ...options, name: what });
  } catch (err) {
    if (optional && (err as { cause?: { code?: string } }).cause?.code === 'ENOENT') return { entries: [] };
    throw new InputFileError((err as Error).message);
  }
  const data = parseJson(text, what);
  return { entries: validateAccepted(data, options.name ?? path), document: data as Record<string, unknown> };
}

export function validateAccepted(data: unknown, source: string): AcceptedEntry[] {
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { accepted?: unknown }).accepted)) {
    throw new UsageError(`accepted-changes file ${source}: expected an object {"accepted": [{"id": "wt-…", "reason": "…"}]}`);
  }
  const list = (data as { accepted: unknown[] }).accepted;
  return list.map((e, i) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw new UsageError(`accepted-changes file ${source}: accepted[${i}] must be an object with an "id"`);
    const { id, reason } = e as { id?: unknown; reason?: unknown };
    if (typeof id !== 'string' || !/^wt-[0-9a-f]+$/.test(id)) throw new UsageError(`accepted-changes file ${source}: accepted[${i}].id must be a change id like "wt-1b1963167a0e"`);
    if (reason !== undefined && typeof reason !== 'string') throw new UsageError(`accepted-changes file ${source}: accepted[${i}].reason must be a string`);
    return reason !== undefined ? { id, reason } : { id };
  });
}

export function toAcceptedMap(entries: readonly AcceptedEntry[]): AcceptedMap {
  return new Map(entries.map((e) => [e.id, e.reason ?? '']));
}

/** Mark accepted changes in place; returns how many were marked. */
export function markAccepted(files: readonly FileComparison[], accepted: AcceptedMap): number {
  let n = 0;
  for (const f of files) {
    for (const c of f.comparison.changes) {
      const reason = accepted.get(c.id);
      if (reason === undefined) continue;
      c.accepted = true;
      if (reason) c.acceptedReason = reason;
      n++;
    }
  }
  return n;
}

/**
 * The file `--write-accepted` writes: a merge, not a replacement. Every key of the
 * existing file (`$schema`, `notes` …) and every key of every entry (`reviewer`,
 * `ticket` …) stays as it was, in order; the failing changes are appended, each with
 * context for the reviewer. Only id and reason are read back.
 */
export function acceptedFileText(existing: AcceptedFile, failing: readonly FailingChange[]): string {
  const document = existing.document ?? {};
  const seen = new Set<string>();
  const out: unknown[] = [];
  const kept = Array.isArray(document['accepted']) ? (document['accepted'] as unknown[]) : existing.entries;
  for (const e of kept) {
    const id = (e as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    out.push(e);
  }
  for (const { path, change } of failing) {
    if (seen.has(change.id)) continue;
    seen.add(change.id);
    const side = change.new ?? change.old;
    out.push({ id: change.id, reason: '', file: path, tags: change.tags, text: side?.text ?? '' });
  }
  // Replace `accepted` where it stands; a new file gets it as its only key.
  const merged = 'accepted' in document ? Object.fromEntries(Object.entries(document).map(([k, v]) => [k, k === 'accepted' ? out : v])) : { ...document, accepted: out };
  return `${JSON.stringify(merged, null, 2)}\n`;
}
