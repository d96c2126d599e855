// Accepted changes: a JSON file ({"accepted":[{"id":"wt-…","reason":"…"}]}) of
// change ids that were reviewed and do not fail `check`. They are still shown.
import { readFile } from 'node:fs/promises';
import { InputFileError, UsageError } from '../errors.js';
import { decodeText } from '../ingest/index.js';
import type { FileComparison, FailingChange } from './types.js';

export const DEFAULT_ACCEPTED_FILE = '.wtdiff-accepted.json';

export interface AcceptedEntry {
  id: string;
  reason?: string;
}

/** Id → reason ('' when none was given). */
export type AcceptedMap = Map<string, string>;

/**
 * Read an accepted-changes file. A missing file is an empty list when `optional`
 * (the default file in the repository root), an error otherwise.
 */
export async function loadAccepted(path: string, optional: boolean): Promise<AcceptedEntry[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && optional) return [];
    throw new InputFileError(`cannot read accepted-changes file ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (err as Error).message}`);
  }
  const text = decodeText(path, bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`accepted-changes file ${path}: not valid JSON (${(err as Error).message})`);
  }
  return validateAccepted(data, path);
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
 * The file `--write-accepted` writes: the entries already accepted (kept as they
 * were) plus the failing changes, each with context for the reviewer. Unknown
 * keys (file, tags, text) are informational; only id and reason are read back.
 */
export function acceptedFileText(existing: readonly AcceptedEntry[], failing: readonly FailingChange[]): string {
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const e of existing) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push({ ...e });
  }
  for (const { path, change } of failing) {
    if (seen.has(change.id)) continue;
    seen.add(change.id);
    const side = change.new ?? change.old;
    out.push({ id: change.id, reason: '', file: path, tags: change.tags, text: side?.text ?? '' });
  }
  return `${JSON.stringify({ accepted: out }, null, 2)}\n`;
}
