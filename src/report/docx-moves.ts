// Moves in the Word redline. The `docx` package writes tracked insertions and deletions but not
// moves, so the redline is written with a moved paragraph's two ends as a deletion and an
// insertion, and this step turns them into a tracked move: each w:del of the old place's text
// becomes w:moveFrom (its w:delText w:t), each w:ins of the new place's text w:moveTo, and each
// such paragraph is wrapped in a named move range (w:moveFromRangeStart … End, w:moveToRange…)
// whose names pair the two places. The XML is edited as a DOM (@xmldom/xmldom), never as text.
import JSZip from 'jszip';
import { DOMParser, ELEMENT_NODE, XMLSerializer, type XmlElement as Element } from '../text/xml-dom.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Revision ids written as a deletion or insertion that are one end of a move, with the move's number. */
export interface MoveMarks {
  from: Map<number, number>;
  to: Map<number, number>;
}

export async function markMoves(docx: Uint8Array, moves: MoveMarks): Promise<Uint8Array> {
  if (!moves.from.size && !moves.to.size) return docx;
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/document.xml');
  if (!part) return docx;
  const dom = new DOMParser().parseFromString(await part.async('string'), 'text/xml');
  const root = dom.documentElement;
  if (!root) return docx;
  let nextId = maxId(root) + 1;
  const wrapped = new Set<Element>();
  for (const [tag, kind, marks] of [['del', 'moveFrom', moves.from], ['ins', 'moveTo', moves.to]] as const) {
    const found = [...elements(root, tag)];
    for (const el of found) {
      const move = marks.get(Number(el.getAttributeNS(W, 'id')));
      // A moved paragraph's mark stays a plain deletion or insertion: LibreOffice (7.4) does not
      // take away a mark tracked as moved, and left an empty paragraph wherever one had been.
      if (move === undefined || (el.parentNode as Element).localName === 'rPr') continue;
      const moved = rename(el, kind);
      if (kind === 'moveFrom') for (const t of [...elements(moved, 'delText')]) rename(t, 't');
      const p = paragraphOf(moved);
      if (!p || wrapped.has(p)) continue;
      wrapped.add(p);
      const start = p.ownerDocument.createElementNS(W, `w:${kind}RangeStart`);
      const id = String(nextId++);
      start.setAttributeNS(W, 'w:id', id);
      start.setAttributeNS(W, 'w:name', `move${move}`);
      start.setAttributeNS(W, 'w:author', moved.getAttributeNS(W, 'author') ?? '');
      start.setAttributeNS(W, 'w:date', moved.getAttributeNS(W, 'date') ?? '');
      const end = p.ownerDocument.createElementNS(W, `w:${kind}RangeEnd`);
      end.setAttributeNS(W, 'w:id', id);
      const pPr = firstChild(p, 'pPr');
      p.insertBefore(start, pPr ? pPr.nextSibling : p.firstChild);
      p.appendChild(end);
    }
  }
  zip.file('word/document.xml', new XMLSerializer().serializeToString(dom));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function* elements(root: Element, local: string): Generator<Element> {
  const list = root.getElementsByTagNameNS(W, local);
  for (let i = 0; i < list.length; i++) yield list.item(i)!;
}

/** The same element under another name: attributes and children moved across. */
function rename(el: Element, local: string): Element {
  const out = el.ownerDocument.createElementNS(W, `w:${local}`);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    out.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  while (el.firstChild) out.appendChild(el.firstChild);
  (el.parentNode as Element).replaceChild(out, el);
  return out;
}

function paragraphOf(el: Element): Element | null {
  for (let n = el.parentNode; n; n = n.parentNode) if (n.nodeType === ELEMENT_NODE && (n as Element).localName === 'p' && (n as Element).namespaceURI === W) return n as Element;
  return null;
}

function firstChild(el: Element, local: string): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE && (n as Element).localName === local) return n as Element;
  return null;
}

/** The largest w:id in the part, so the move ranges' ids are new. */
function maxId(root: Element): number {
  let max = 0;
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const v = Number(all.item(i)!.getAttributeNS(W, 'id'));
    if (Number.isFinite(v) && v > max) max = v;
  }
  return max;
}
