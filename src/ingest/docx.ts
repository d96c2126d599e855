// DOCX: mammoth → HTML → the HTML reader. Headings come from Word's heading styles (mammoth's
// default style map, plus Title). Word's automatic paragraph numbering is not in the text, and
// mammoth renders it as <ol> lists that restart at 1; so the real numbers are computed from
// numbering.xml (docx-numbering.ts) and written in front of each numbered paragraph ("42. …",
// "1.3 …"), which the HTML path then keeps as paragraph labels.

import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Ingested } from './types.js';
import { cannotRead, InputError } from './errors.js';
import { limit, overLimit } from '../limits.js';
import { htmlToMarkdown } from './html.js';
import { computeLabels, type NumberingParts, type ParagraphLabel } from './docx-numbering.js';

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
  let labels: ParagraphLabel[] = [];
  try {
    await checkUnpackedSize(source, bytes);
  } catch (error) {
    if (error instanceof InputError) throw error; // a limit, already one line
    throw cannotRead(source, `not a readable Word (DOCX) document (${describe(error)})`, error);
  }
  try {
    labels = computeLabels(await numberingParts(bytes));
  } catch (error) {
    throw cannotRead(source, `not a readable Word (DOCX) document (${describe(error)})`, error);
  }
  let html: string;
  try {
    // mammoth's Node build opens `buffer`, its browser build (the app's) `arrayBuffer`.
    const result = await mammoth.convertToHtml(
      { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer },
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
async function checkUnpackedSize(source: string, bytes: Uint8Array): Promise<void> {
  const max = limit('docxUnpackedBytes');
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name));
  const declared = parts.reduce((n, f) => n + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  const tooBig = (what: string) => cannotRead(source, `${what} unpacks to ${overLimit('docxUnpackedBytes', max)}`);
  if (declared > max) throw tooBig('its text');
  let total = 0;
  for (const part of parts) {
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      // JSZip's own stream, not nodeStream: the same code runs in the browser app.
      const stream = (part as unknown as StreamingPart).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          size += chunk.byteLength;
          total += chunk.byteLength;
          if (size > max || total > max) {
            stream.pause();
            reject(tooBig(size > max ? part.name : 'its text'));
          }
        })
        .on('error', reject)
        .on('end', () => resolve())
        .resume();
    });
  }
}

/** JSZip's entries have internalStream at run time; its type declarations list only nodeStream. */
interface StreamingPart {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** The parts of the package that numbering is read from. */
async function numberingParts(bytes: Uint8Array): Promise<NumberingParts> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new Error('word/document.xml is missing');
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  return { documentXml, numberingXml, stylesXml };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 160);
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
