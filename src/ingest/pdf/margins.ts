// PDF margins: running headers, footers and page numbers, dropped before the text is read as
// blocks, since they would otherwise split paragraphs at every page break and show up as changes.

import { bodySizeOf, type Line, type PageLines } from './layout.js';

const PAGE_NUMBER = /^(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/**
 * Lines that sit in the page margins: walking in from the top (and the bottom) edge, at most two
 * lines within the outer 15 % of the page, ended by a clear gap (more than 1.5 body-text ems of
 * white space between the lines) or by a step from small type up to body type before the body text.
 */
function marginLines(p: PageLines, bodySize: number): Set<Line> {
  const out = new Set<Line>();
  const clearance = (upper: Line, lower: Line): number => upper.y - lower.y - 0.8 * lower.size - 0.2 * upper.size;
  const small = (l: Line): boolean => l.size < bodySize * 0.85;
  const fromEdge = (ordered: Line[], inBand: (l: Line) => boolean, top: boolean): void => {
    const taken: Line[] = [];
    for (let i = 0; i < ordered.length && i < 2; i++) {
      const line = ordered[i]!;
      if (!inBand(line)) return;
      taken.push(line);
      const next = ordered[i + 1];
      // On a small page with narrow margins and large body type, the first body line lies within
      // 1.5 ems of the header (and inside the 15 % band). A header in small type is still set
      // apart by its size, so the change of size ends the margin as surely as white space does.
      // Only a candidate, never removed for that alone: it must still repeat on most pages.
      const sizeStep = next !== undefined && small(line) && !small(next);
      if (!next || sizeStep || (top ? clearance(line, next) : clearance(next, line)) > 1.5 * bodySize) {
        for (const l of taken) out.add(l);
        return;
      }
    }
  };
  const byY = [...p.lines].sort((a, b) => b.y - a.y);
  fromEdge(byY, (l) => l.y > p.height * 0.85, true);
  fromEdge([...byY].reverse(), (l) => l.y < p.height * 0.15, false);
  return out;
}

/** The pages without the margin lines that repeat on most pages (digits ignored), nor page numbers there. */
export function dropRunningHeadersAndFooters(pages: PageLines[]): PageLines[] {
  const bodySize = bodySizeOf(pages.flatMap((p) => p.lines));
  const margins = new Map(pages.map((p) => [p, marginLines(p, bodySize)] as const));
  const key = (l: Line): string => `${Math.round(l.y / 4)}|${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set([...margins.get(p)!].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Half the pages, but three pages are enough in a long document (chapter titles as running heads).
  const threshold = Math.max(2, Math.min(Math.ceil(pages.length * 0.5), 3));
  return pages.map((p) => {
    const margin = margins.get(p)!;
    const drop = (l: Line): boolean => {
      if (!margin.has(l)) return false;
      // One page: nothing can repeat, so a header is a margin line at the top in smaller type than the body.
      if (pages.length === 1 && l.y > p.height * 0.85 && l.size < bodySize * 0.85) return true;
      if (PAGE_NUMBER.test(l.text)) return true;
      return pages.length >= 2 && (counts.get(key(l)) ?? 0) >= threshold;
    };
    return { ...p, lines: p.lines.filter((l) => !drop(l)) };
  });
}
