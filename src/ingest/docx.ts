// DOCX: mammoth → HTML → the HTML reader. Headings come from Word's heading styles (mammoth's
// default style map, plus Title). Word's automatic paragraph numbering is not in the text, and
// mammoth renders it as <ol> lists that restart at 1; so the real numbers are computed here from
// numbering.xml (start values, overrides, levels) and written in front of each numbered
// paragraph ("42. …", "1.3 …"), which the HTML path then keeps as paragraph labels.

import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Ingested } from './types.js';
import { cannotRead, InputError } from './errors.js';
import { limit, overLimit } from '../limits.js';
import { htmlToMarkdown } from './html.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='heading 4'] => h4:fresh",
  "p[style-name='heading 5'] => h5:fresh",
  "p[style-name='heading 6'] => h6:fresh",
];

export async function readDocx(source: string, bytes: Uint8Array): Promise<Ingested> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let labels: ParagraphLabel[] = [];
  try {
    await checkUnpackedSize(source, buffer);
  } catch (error) {
    if (error instanceof InputError) throw error; // a limit, already one line
    throw cannotRead(source, `not a readable Word (DOCX) document (${describe(error)})`, error);
  }
  try {
    labels = await computeLabels(buffer);
  } catch (error) {
    throw cannotRead(source, `not a readable Word (DOCX) document (${describe(error)})`, error);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (doc: unknown) => applyLabels(doc, labels),
      },
    );
    html = result.value;
  } catch (error) {
    throw cannotRead(source, `not a readable Word (DOCX) document (${describe(error)})`, error);
  }
  return { markdown: htmlToMarkdown(`<!doctype html><html><body><main>${html}</main></body></html>`, source), format: 'docx', source };
}

/**
 * A 1 MB DOCX can inflate to gigabytes of XML, which mammoth would hold whole. Before
 * mammoth sees it, every XML part (what mammoth and the numbering reader parse; media are
 * never unpacked) is checked against the docxUnpackedBytes limit: first by the size the zip
 * declares, then by inflating it with the bytes counted, since a declared size can lie.
 * The limit applies to each part and to their total.
 */
async function checkUnpackedSize(source: string, buffer: Buffer): Promise<void> {
  const max = limit('docxUnpackedBytes');
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name));
  const declared = parts.reduce((n, f) => n + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  const tooBig = (what: string) => cannotRead(source, `${what} unpacks to ${overLimit('docxUnpackedBytes', max)}`);
  if (declared > max) throw tooBig('its text');
  let total = 0;
  for (const part of parts) {
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = part.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          total += chunk.byteLength;
          if (size > max || total > max) {
            stream.pause();
            reject(tooBig(size > max ? part.name : 'its text'));
          }
        })
        .on('error', reject)
        .on('end', () => resolve());
    });
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 160);
}

// ---------- numbering ----------

interface ParagraphLabel {
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

async function computeLabels(buffer: Buffer): Promise<ParagraphLabel[]> {
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new Error('word/document.xml is missing');
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';

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

// ---------- mammoth document transform ----------

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
}

function textOf(el: MammothElement): string {
  if (el.type === 'text') return el.value ?? '';
  return (el.children ?? []).map(textOf).join('');
}

/** Put the computed labels in front of mammoth's numbered paragraphs, and drop the list markup for them. */
function applyLabels(doc: unknown, labels: ParagraphLabel[]): unknown {
  let next = 0;
  const visitEl = (el: MammothElement): void => {
    if (el.type === 'paragraph' && el.numbering) {
      const key = textOf(el).replace(/\s+/g, '');
      // Line up with the next labelled paragraph of the same text (a few entries of slack).
      for (let k = next; k < Math.min(labels.length, next + 8); k++) {
        if (labels[k]!.key === key) {
          next = k + 1;
          const label = labels[k]!.label;
          if (label !== undefined && el.numbering.isOrdered) {
            el.numbering = null;
            // A plain run, so "42." is never bold or italic and reads as a label.
            const run = { type: 'run', children: [{ type: 'text', value: `${label} ` }], isBold: false, isItalic: false, isUnderline: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', styleId: null, styleName: null, font: null, fontSize: null, highlight: null };
            el.children = [run, ...(el.children ?? [])];
          }
          break;
        }
      }
    }
    for (const child of el.children ?? []) visitEl(child);
  };
  visitEl(doc as MammothElement);
  return doc;
}
