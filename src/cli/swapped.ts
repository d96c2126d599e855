// Editions given the wrong way round (`wtdiff wt-2018.md wt-2015.md`) report every removal as
// an addition. When the titles, or failing that the file names, carry years that say the first
// edition is the newer one, say so on stderr; the comparison still runs as asked.
import type { DocumentInfo } from '../types.js';
import { sanitizeForTerminal } from '../text/sanitize.js';

/** Years from 1950 to 2099 written in a title or file name: "Working Together (2018)", "wt-2015.md". */
function latestYear(s: string | undefined): number | undefined {
  const years = [...(s ?? '').matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/** A one-line warning when the earlier edition looks newer than the later one, else null. */
export function swappedWarning(older: DocumentInfo, newer: DocumentInfo): string | null {
  const by: [string, (d: DocumentInfo) => string | undefined][] = [['title', (d) => d.title], ['file name', (d) => d.path ?? d.label]];
  for (const [what, of] of by) {
    const a = latestYear(of(older));
    const b = latestYear(of(newer));
    if (a === undefined || b === undefined) continue;
    if (a <= b) return null;
    const name = (d: DocumentInfo) => sanitizeForTerminal(d.path ?? d.label);
    return `wtdiff: warning: the editions look swapped: the first, ${name(older)}, is ${a} by its ${what} and the second, ${name(newer)}, is ${b}; changes are reported from the first to the second (give the older edition first)`;
  }
  return null;
}
