// PDF layout: text items → lines (items on one baseline, left to right, with the spaces the gaps
// stand for), and the measures of a page's text the other steps judge lines by (body size).

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
}

export interface PageLines {
  page: number;
  height: number;
  width: number;
  lines: Line[];
}

// Bullet glyphs, including the Symbol/Wingdings private-use code points Word writes. Dashes are
// left out: a line opening with a dash is more often a continuation than a bullet.
export const BULLET_GLYPH = /^[•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*(?=\S)/u;
export const NUMBER_LABEL = /^\d{1,4}\.\s+\S/;

export function groupLines(page: number, items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const ref = group?.[0];
    if (group && ref && Math.abs(ref.y - item.y) < 0.5 * Math.max(ref.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    let text = '';
    let end = -Infinity;
    let chars = 0;
    let boldChars = 0;
    const sizes = new Map<number, number>();
    for (const item of group) {
      const gap = item.x - end;
      if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > 0.15 * item.size) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
      const n = item.str.replace(/\s/g, '').length;
      chars += n;
      if (item.bold) boldChars += n;
      const s = Math.round(item.size * 2) / 2;
      sizes.set(s, (sizes.get(s) ?? 0) + n);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const size = [...sizes].sort((p, q) => q[1] - p[1])[0]?.[0] ?? group[0]!.size;
    const first = group.find((i) => i.str.trim() !== '') ?? group[0]!;
    lines.push({ page, text, x0: first.x, x1: end, y: group[0]!.y, size, bold: chars > 0 && boldChars / chars > 0.8 });
  }
  return lines;
}

/** The font size carrying most of the text. */
export function bodySizeOf(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

export function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}
