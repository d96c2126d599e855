// DOCX list numbering: Word's automatic paragraph numbers are not in the document's text, and
// mammoth renders numbered paragraphs as <ol> lists that restart at 1. The real labels ("42.",
// "1.3", "(b)") are computed here from word/numbering.xml (abstract numberings, levels, start
// values, overrides), the numbering that paragraph styles carry (word/styles.xml, following
// basedOn) and each paragraph's own numbering in word/document.xml, in document order (the parts
// read as XML by docx-xml.ts).

import { attribute, child, childVal, children, descendants, parsePart, textOf, type XmlElement } from './docx-xml.js';

export interface ParagraphLabel {
  /** The paragraph's text, whitespace removed, to line up with mammoth's paragraphs. */
  key: string;
  /** "42." or "1.3"; undefined for bullets. */
  label: string | undefined;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** The XML parts numbering is read from; numbering and styles are '' when the document has none. */
export interface NumberingParts {
  documentXml: string;
  numberingXml: string;
  stylesXml: string;
}

/** The label of every numbered paragraph (or bullet), in document order. */
export function computeLabels({ documentXml, numberingXml, stylesXml }: NumberingParts): ParagraphLabel[] {
  const numbering = parsePart('word/numbering.xml', numberingXml);
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of descendants(numbering, 'abstractNum')) {
    const id = attribute(a, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl')) {
      const ilvl = levelIndex(l);
      levels.set(ilvl, {
        start: Number(childVal(l, 'start') ?? '1'),
        format: childVal(l, 'numFmt') ?? 'decimal',
        text: childVal(l, 'lvlText') ?? `%${ilvl + 1}.`,
      });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const n of descendants(numbering, 'num')) {
    const id = attribute(n, 'numId');
    const abstractId = childVal(n, 'abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const start = childVal(o, 'startOverride');
      if (start !== undefined) overrides.set(levelIndex(o), Number(start));
    }
    nums.set(id, { abstractId, overrides });
  }
  // No numbering defined: no paragraph can have a label, and the styles and the document (up to
  // ten megabytes of XML) need not be parsed.
  if (nums.size === 0) return [];
  const styles = parsePart('word/styles.xml', stylesXml);
  const document = parsePart('word/document.xml', documentXml);
  // Paragraph styles that carry numbering (List Number and friends), following basedOn.
  const styleNum = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of descendants(styles, 'style')) {
    const id = attribute(s, 'styleId');
    if (id === undefined) continue;
    const numPr = child(child(s, 'pPr'), 'numPr');
    const numId = childVal(numPr, 'numId');
    const ilvl = childVal(numPr, 'ilvl');
    const basedOn = childVal(s, 'basedOn');
    styleNum.set(id, {
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      ...(basedOn !== undefined ? { basedOn } : {}),
    });
  }
  const fromStyle = (styleId: string | undefined): { numId?: string; ilvl?: number } => {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const s = styleNum.get(id);
      if (!s) break;
      if (s.numId !== undefined) return s;
      id = s.basedOn;
    }
    return {};
  };

  const counters = new Map<string, number[]>(); // per abstract numbering: counter per level
  const seenNum = new Set<string>();
  const out: ParagraphLabel[] = [];
  // Paragraphs in document order, those in text boxes after the paragraph holding the box.
  for (const p of descendants(document, 'p')) {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const style = fromStyle(childVal(pPr, 'pStyle'));
    const numId = childVal(numPr, 'numId') ?? style.numId;
    const ilvl = Number(childVal(numPr, 'ilvl') ?? style.ilvl ?? 0);
    if (numId === undefined || numId === '0') continue;
    const num = nums.get(numId);
    const levels = num ? abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    // All the paragraph's text, as mammoth's paragraph has it (a text box's text included).
    const key = descendants(p, 't').map(textOf).join('').replace(/\s+/g, '');
    if (level.format === 'bullet' || level.format === 'none') {
      out.push({ key, label: undefined });
      continue;
    }
    const c = counters.get(num.abstractId) ?? [];
    if (!seenNum.has(numId)) {
      seenNum.add(numId);
      for (const [l, start] of num.overrides) c[l] = start - 1;
    }
    c[ilvl] = c[ilvl] === undefined ? level.start : c[ilvl]! + 1;
    c.length = ilvl + 1; // deeper levels restart
    for (let l = 0; l < ilvl; l++) if (c[l] === undefined) c[l] = levels.get(l)?.start ?? 1;
    counters.set(num.abstractId, c);
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(c[l] ?? 1, levels.get(l)?.format ?? 'decimal');
    });
    out.push({ key, label: label.trim() });
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let k = n;
  for (const [v, r] of table) while (k >= v) { s += r; k -= v; }
  return s;
}

/** The w:ilvl of a level or an override: a whole number, 0 when missing or not a number. */
function levelIndex(el: XmlElement): number {
  const value = attribute(el, 'ilvl');
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : 0;
}
