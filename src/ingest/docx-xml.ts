// Reading the XML parts of a DOCX package (WordprocessingML) with a real XML parser:
// @xmldom/xmldom, the parser mammoth reads the same parts with. Elements are matched by
// namespace (transitional or strict), whatever their prefix, and mc:AlternateContent is read as
// mammoth reads it (its mc:Fallback), so what is read here lines up with mammoth's document.

import { DOMParser, ELEMENT_NODE, TEXT_NODE, type XmlElement } from '../text/xml-dom.js';

export type { XmlElement } from '../text/xml-dom.js';

/** WordprocessingML's namespaces: transitional (what Word writes) and strict. */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * A part's root element; undefined for a part that is missing (''). As mammoth does, a leading
 * byte-order mark is dropped and anything the parser reports, even a warning, is an error.
 */
export function parsePart(name: string, xml: string): XmlElement | undefined {
  if (xml === '') return undefined;
  let problem: string | undefined;
  const parser = new DOMParser({ errorHandler: (_level, message) => void (problem ??= message) });
  const root = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml').documentElement;
  if (problem !== undefined) throw new Error(`${name} is not well-formed XML (${problem.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0]})`);
  return root ?? undefined;
}

const isW = (el: XmlElement, name: string): boolean => el.localName === name && W.has(el.namespaceURI ?? '');

/** Child elements, an mc:AlternateContent replaced by the children of its mc:Fallback (as mammoth reads it). */
function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as XmlElement;
    if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
      const fallback = elementChildren(child).find((c) => c.namespaceURI === MC && c.localName === 'Fallback');
      if (fallback) out.push(...elementChildren(fallback));
    } else {
      out.push(child);
    }
  }
  return out;
}

/** WordprocessingML elements named `name` below `root`, in document order. */
export function descendants(root: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = root ? elementChildren(root).reverse() : [];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    if (isW(el, name)) out.push(el);
    const below = elementChildren(el);
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
  }
  return out;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? elementChildren(el).filter((c) => isW(c, name)) : [];
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(el, name)[0];
}

/** A WordprocessingML attribute (w:val, w:ilvl, …) of an element. */
export function attribute(el: XmlElement | undefined, name: string): string | undefined {
  for (const a of Array.from(el?.attributes ?? [])) if (a.localName === name && W.has(a.namespaceURI ?? '')) return a.value;
  return undefined;
}

/** The w:val of the first child `name` that has one: `<w:start w:val="3"/>` → "3". */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  for (const c of children(el, name)) {
    const value = attribute(c, 'val');
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The text of a w:t, as mammoth reads it: its text nodes (mammoth drops CDATA sections). */
export function textOf(t: XmlElement): string {
  let text = '';
  for (const node of Array.from(t.childNodes)) if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
  return text;
}
