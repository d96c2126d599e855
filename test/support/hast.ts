// Reading hast trees in the HTML report tests: elements that pass a test, classes, text.
import type { Element, Nodes } from 'hast';

/** Every element of the tree (template contents included) that passes `test`, in document order. */
export function elements(tree: Nodes, test: (e: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) out.push(n);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
    if (n.type === 'element' && n.tagName === 'template' && n.content) walk(n.content);
  };
  walk(tree);
  return out;
}

export const byTag = (tree: Nodes, tag: string): Element[] => elements(tree, (e) => e.tagName === tag);

export const hasClass = (e: Element, c: string): boolean => Array.isArray(e.properties.className) && e.properties.className.includes(c);

/** The text of a node and all below it. */
export function textOf(n: Nodes): string {
  if (n.type === 'text') return n.value;
  return 'children' in n ? n.children.map((c) => textOf(c as Nodes)).join('') : '';
}
