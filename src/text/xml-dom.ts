// @xmldom/xmldom, the XML parser mammoth reads DOCX parts with, and the little of the DOM wtdiff
// uses of it: reading WordprocessingML (ingest/docx-xml.ts) and rewriting the Word redline's
// moves (report/docx-moves.ts). Loaded with require rather than imported: the package's type
// declarations bring in the DOM library, which the rest of src must not see.
import { createRequire } from 'node:module';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface XmlNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  readonly parentNode: XmlNode | null;
  readonly firstChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
}

/** A node list or attribute map: indexable, and `item()` for xmldom's live lists. */
export interface XmlList<T> extends ArrayLike<T> {
  item(i: number): T | null;
}

export interface XmlAttr {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly name: string;
  readonly value: string;
}

export interface XmlElement extends XmlNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly ownerDocument: XmlDocument;
  readonly attributes: XmlList<XmlAttr>;
  getAttributeNS(ns: string, local: string): string | null;
  setAttributeNS(ns: string | null, name: string, value: string): void;
  getElementsByTagNameNS(ns: string, local: string): XmlList<XmlElement>;
  getElementsByTagName(name: string): XmlList<XmlElement>;
  insertBefore(node: XmlNode, before: XmlNode | null): void;
  appendChild(node: XmlNode): void;
  replaceChild(node: XmlNode, old: XmlNode): void;
}

export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  createElementNS(ns: string, name: string): XmlElement;
}

interface XmlDom {
  DOMParser: new (options?: { errorHandler?: (level: string, message: string) => void }) => { parseFromString(xml: string, mimeType: string): XmlDocument };
  XMLSerializer: new () => { serializeToString(doc: XmlDocument): string };
}

export const { DOMParser, XMLSerializer } = createRequire(import.meta.url)('@xmldom/xmldom') as XmlDom;
