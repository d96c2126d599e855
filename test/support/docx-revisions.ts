// Reading a Word redline as a word processor would after "Accept all changes" or "Reject all
// changes", and checking that its parts hold together. Written against the OOXML rules, not
// against our writer: accepting keeps w:ins and w:moveTo and drops w:del and w:moveFrom (with
// their w:delText); rejecting does the reverse; a paragraph whose mark is dropped joins the next
// one; a table row inserted (w:trPr/w:ins) goes on reject, one deleted on accept.
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
type El = Element;

export function parseXml(name: string, xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: (level: string, message: string) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml') as unknown as Document;
  if (problems.length) throw new Error(`${name} is not well-formed: ${problems[0]}`);
  return doc;
}

export async function openDocx(bytes: Uint8Array): Promise<{ zip: JSZip; part(name: string): Promise<Document> }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    zip,
    async part(name) {
      const f = zip.file(name);
      if (!f) throw new Error(`no part ${name}`);
      return parseXml(name, await f.async('string'));
    },
  };
}

export function children(el: Node, local?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!local || (n as El).localName === local)) out.push(n as El);
  return out;
}

const DROP = { accept: new Set(['del', 'moveFrom']), reject: new Set(['ins', 'moveTo']) };

/** The text of a paragraph's runs after accepting or rejecting. */
function runText(el: El, mode: 'accept' | 'reject'): string {
  let out = '';
  for (const c of children(el)) {
    if (c.localName === 'pPr' || c.localName === 'rPr') continue;
    if (DROP[mode].has(c.localName)) continue;
    if (c.localName === 't' || c.localName === 'delText') out += c.textContent ?? '';
    else if (c.localName === 'tab') out += '\t';
    else if (c.localName === 'br') out += '\n';
    else out += runText(c, mode);
  }
  return out;
}

/** Whether the paragraph's own mark goes in this mode (its w:pPr/w:rPr is tracked the other way). */
function markDropped(p: El, mode: 'accept' | 'reject'): boolean {
  const rPr = children(p, 'pPr').flatMap((pPr) => children(pPr, 'rPr'));
  return rPr.some((r) => children(r).some((c) => DROP[mode].has(c.localName)));
}

function rowDropped(tr: El, mode: 'accept' | 'reject'): boolean {
  return children(tr, 'trPr').some((pr) => children(pr).some((c) => DROP[mode].has(c.localName)));
}

/**
 * The body's paragraphs after accepting or rejecting every change, whitespace collapsed; a
 * table row is its cells joined by " | ". `skipFirstSection` skips the paragraphs up to and
 * including the first section break (the redline's summary page).
 */
export function paragraphsAfter(doc: Document, mode: 'accept' | 'reject', { skipFirstSection = true } = {}): string[] {
  const body = children(doc.documentElement, 'body')[0]!;
  const out: string[] = [];
  let pending = '';
  let skipping = skipFirstSection;
  for (const el of children(body)) {
    if (skipping) {
      if (el.localName === 'p' && children(el, 'pPr').some((pPr) => children(pPr, 'sectPr').length)) skipping = false;
      continue;
    }
    if (el.localName === 'p') {
      pending += runText(el, mode);
      if (markDropped(el, mode)) continue; // joins the next paragraph
      out.push(pending);
      pending = '';
    } else if (el.localName === 'tbl') {
      for (const tr of children(el, 'tr')) {
        if (rowDropped(tr, mode)) continue;
        out.push(children(tr, 'tc').map((tc) => children(tc, 'p').map((p) => runText(p, mode)).join(' ')).join(' | '));
      }
    }
  }
  if (pending) out.push(pending); // the last paragraph's mark went: nothing after it to join

  return tidy(out);
}

/**
 * Whitespace collapsed and ends trimmed: the rule docs/reports.md states. Empty paragraphs stay,
 * so a paragraph deleted without its mark (an empty line left behind) is seen.
 */
export function tidy(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Every element with this local name, in document order. */
export function all(doc: Document | El, local: string): El[] {
  const list = (doc as El).getElementsByTagNameNS(W, local);
  const out: El[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
}
