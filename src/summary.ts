// A comparison's counts: built by the pipeline, and again by reports for a narrowed set of changes.
import type { ChangeKind, Comparison } from './types.js';

/** Counts per kind and tag, and whether anything is more than editorial (exit code 1). */
export function summarise(changes: Comparison['changes']): Comparison['summary'] {
  const byKind: Record<ChangeKind, number> = { changed: 0, added: 0, removed: 0, moved: 0 };
  const byTag: Record<string, number> = {};
  for (const c of changes) {
    byKind[c.kind]++;
    for (const t of c.tags) byTag[t] = (byTag[t] ?? 0) + 1;
  }
  return { changes: changes.length, byKind, byTag, substantive: changes.some((c) => c.tags.some((t) => t !== 'editorial' && t !== 'renumbered')) };
}
