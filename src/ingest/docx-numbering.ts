// DOCX list numbering: Word's automatic paragraph numbers are not in the document's text, and
// mammoth renders numbered paragraphs as <ol> lists that restart at 1. The real labels ("42.",
// "1.3", "(b)") are computed here from word/numbering.xml (abstract numberings, levels, start
// values, overrides), the numbering that paragraph styles carry (word/styles.xml, following
// basedOn) and each paragraph's own numbering in word/document.xml, in document order.

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

const decodeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : undefined;
};

/** Elements by tag, with their inner XML (non-nesting tags only). */
function elements(xml: string, tag: string): { attrs: string; inner: string }[] {
  const re = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', inner: m[2] ?? '' }));
}

/** The XML parts numbering is read from; numbering and styles are '' when the document has none. */
export interface NumberingParts {
  documentXml: string;
  numberingXml: string;
  stylesXml: string;
}

/** The label of every numbered paragraph (or bullet), in document order. */
export function computeLabels({ documentXml, numberingXml, stylesXml }: NumberingParts): ParagraphLabel[] {

  const abstract = new Map<string, Map<number, Level>>();
  for (const a of elements(numberingXml, 'w:abstractNum')) {
    const id = /w:abstractNumId="([^"]*)"/.exec(a.attrs)?.[1];
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of elements(a.inner, 'w:lvl')) {
      const ilvl = Number(/w:ilvl="(\d+)"/.exec(l.attrs)?.[1] ?? '0');
      levels.set(ilvl, {
        start: Number(attr(l.inner, 'w:start') ?? '1'),
        format: attr(l.inner, 'w:numFmt') ?? 'decimal',
        text: decodeXml(attr(l.inner, 'w:lvlText') ?? `%${ilvl + 1}.`),
      });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const n of elements(numberingXml, 'w:num')) {
    const id = /w:numId="([^"]*)"/.exec(n.attrs)?.[1];
    const abstractId = attr(n.inner, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of elements(n.inner, 'w:lvlOverride')) {
      const ilvl = Number(/w:ilvl="(\d+)"/.exec(o.attrs)?.[1] ?? '0');
      const start = attr(o.inner, 'w:startOverride');
      if (start !== undefined) overrides.set(ilvl, Number(start));
    }
    nums.set(id, { abstractId, overrides });
  }
  // Paragraph styles that carry numbering (List Number and friends), following basedOn.
  const styleNum = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of elements(stylesXml, 'w:style')) {
    const id = /w:styleId="([^"]*)"/.exec(s.attrs)?.[1];
    if (id === undefined) continue;
    const numId = attr(s.inner, 'w:numId');
    const ilvl = attr(s.inner, 'w:ilvl');
    const basedOn = attr(s.inner, 'w:basedOn');
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
  // Body paragraphs in document order (w:p never nests except in text boxes, which we accept).
  for (const p of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = p[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const style = fromStyle(attr(pPr, 'w:pStyle'));
    const numId = attr(pPr, 'w:numId') ?? style.numId;
    const ilvl = Number(attr(pPr, 'w:ilvl') ?? style.ilvl ?? 0);
    if (numId === undefined || numId === '0') continue;
    const num = nums.get(numId);
    const levels = num ? abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const key = [...inner.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join('').replace(/\s+/g, '');
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
