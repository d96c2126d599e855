// HTML (gov.uk pages, and what mammoth makes of a DOCX): rehype-parse → keep <main>/<article> →
// drop navigation, banners, cookie notices, footers → rehype-remark → tidy → markdown.

import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { matches, select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Ingested } from './types.js';
import { decodeText } from './sniff.js';
import { normaliseTree, toMarkdown } from './mdast.js';
import { cannotRead } from './errors.js';
import { limit, overLimit } from '../limits.js';

/** Never content, wherever they are. */
const ALWAYS_DROP = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'svg', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'footer', 'aside', 'dialog',
  '[hidden]', '[aria-hidden="true"]',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '[role="dialog"]',
  '[id*="cookie"]', '[class*="cookie"]', '[id*="consent"]', '[class*="consent"]',
  '.govuk-skip-link', '.govuk-header', '.govuk-footer', '.govuk-phase-banner', '.govuk-breadcrumbs', '.govuk-back-link',
  '.gem-c-contents-list', '.gem-c-print-link', '.gem-c-metadata', '.gem-c-share-links', '.gem-c-related-navigation',
  '.gem-c-contextual-sidebar', '.gem-c-contextual-footer', '.gem-c-feedback', '.gem-c-single-page-notification-button',
  '.gem-c-layout-super-navigation-header', '.gem-c-devolved-nations', '.govuk-related-items', '.app-c-back-to-top',
  '.skip-link', '.breadcrumb', '.breadcrumbs', '.site-header', '.site-footer', '.sr-only', '.visually-hidden', '.govuk-visually-hidden',
].join(', ');

/** Page chrome: dropped when we had to fall back to <body>, kept inside <main>/<article>. */
const CHROME_DROP = 'header';

export function readHtml(source: string, bytes: Uint8Array): Ingested {
  return { markdown: htmlToMarkdown(decodeText(source, bytes), source), format: 'html', source };
}

export function htmlToMarkdown(html: string, source = 'the HTML'): string {
  // rehype's tree costs about 3 KB per element (a million tiny paragraphs: ~3 GB, ~70 s):
  // count start tags before parsing and refuse above the limit.
  const max = limit('htmlElements');
  const elements = html.match(/<[a-zA-Z]/g)?.length ?? 0;
  if (elements > max) throw cannotRead(source, `${elements} elements, ${overLimit('htmlElements', max)}`);
  const tree = unified().use(rehypeParse).parse(html);
  const content = pickContent(tree);
  const dropSelector = content.fromBody ? `${ALWAYS_DROP}, ${CHROME_DROP}` : ALWAYS_DROP;
  visit(content.root, 'element', (node, index, parent) => {
    if (parent && index !== undefined && matches(dropSelector, node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return slices(content.root)
    .map((root) => toMarkdown(normaliseTree(unified().use(rehypeRemark).runSync(root) as MdastRoot)))
    .filter((md) => md.trim() !== '')
    .join('\n');
}

/** Children converted at once: hast-util-to-mdast spreads a node's children into one call, which overflows the stack past ~100k. */
const SLICE = 10_000;

/** The content, cut into roots of at most SLICE blocks where one container holds more (a DOCX of 200k paragraphs). */
function slices(root: HastRoot): HastRoot[] {
  let container: HastRoot | Element = root;
  // Down through single wrappers (<main>, <body>, <div>) to where the blocks are.
  while (container.children.length === 1 && container.children[0]!.type === 'element') container = container.children[0] as Element;
  if (container.children.length <= SLICE) return [root];
  const out: HastRoot[] = [];
  for (let i = 0; i < container.children.length; i += SLICE) out.push({ type: 'root', children: container.children.slice(i, i + SLICE) as HastContent[] });
  return out;
}

/** <main> if there is one; else the <article>s; else <body>. */
function pickContent(tree: HastRoot): { root: HastRoot; fromBody: boolean } {
  const wrap = (nodes: HastContent[]): HastRoot => ({ type: 'root', children: nodes });
  const main = select('main', tree) ?? select('[role="main"]', tree);
  if (main) return { root: wrap([main]), fromBody: false };
  const articles = selectAll('article', tree);
  const outer = articles.filter((a) => !articles.some((b) => b !== a && selectAll('article', b).includes(a)));
  if (outer.length > 0) return { root: wrap(outer), fromBody: false };
  const body = select('body', tree);
  if (body) return { root: wrap([body as Element]), fromBody: true };
  return { root: tree, fromBody: true };
}
