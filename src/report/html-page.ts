// A self-contained HTML page as a hast tree: its head (charset, Content-Security-Policy, viewport,
// no referrer, generator, title, its one stylesheet) around the body it is given. The HTML report
// and the browser app's page (src/app/shell.ts) are both built on it.
import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import type { ElementContent, Root } from 'hast';

/** The CSP source that allows one inline script or stylesheet: its SHA-256. */
export const cspHash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of a report page: nothing but its own stylesheet and, when it has
 * one, its own script, each allowed by hash; no images, no base URL, no form submission.
 */
export function reportCsp(style: string, script?: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    ...(script !== undefined ? [`script-src ${cspHash(script)}`] : []),
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageHead {
  title: string;
  /** The Content-Security-Policy, as the meta element's content. */
  csp: string;
  style: string;
  generator: string;
}

export function selfContainedPage(head: PageHead, body: ElementContent[]): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: head.csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'generator', content: head.generator }),
          h('title', head.title),
          h('style', head.style),
        ]),
        h('body', body),
      ]),
    ],
  };
}
