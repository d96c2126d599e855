// The browser app's page, around its bundled script (scripts/build-app.mjs writes the file):
// a hast tree serialised by hast-util-to-html, like the HTML report. Its Content-Security-Policy
// allows no network access at all (default-src 'none', connect-src 'none'): scripts and styles
// only by hash — the app's own and the report's, which the report frame inherits the policy
// of — and workers and frames only from blob: URLs, which are the page's own bytes in memory.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { HTML_SCRIPT } from '../report/html-script.js';
import { HTML_STYLE } from '../report/html-style.js';
import { cspHash as sha256, selfContainedPage } from '../report/html-page.js';
import { STAGES } from '../timings.js';
import { APP_STYLE } from './style.js';

/** The file extensions the file pickers offer: every format wtdiff reads. */
const ACCEPT = '.md,.markdown,.txt,.text,.html,.htm,.xhtml,.docx,.pdf';

/** Text in a script element must not close it, or open a comment the HTML parser would act on. */
export function assertInlineSafe(script: string): void {
  const bad = /<\/script|<!--|<script/i.exec(script);
  if (bad) throw new Error(`the app's script holds "${bad[0]}" at ${bad.index}, which would end its <script> element early`);
}

export function contentSecurityPolicy(script: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)} ${sha256(HTML_SCRIPT)}`,
    `style-src ${sha256(APP_STYLE)} ${sha256(HTML_STYLE)}`,
    'worker-src blob:',
    'frame-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The whole app as one HTML file. */
export function appPage(script: string, version: string): string {
  assertInlineSafe(script);
  const side = (id: 'old' | 'new', legend: string, example: string) =>
    h(`fieldset.side#${id}-side`, [
      h('legend', legend),
      h('label.file', { for: `${id}-file` }, ['Choose a file, or drop it here']),
      h(`input#${id}-file`, { type: 'file', accept: ACCEPT }),
      h('p.chosen', ['Chosen: ', h(`span#${id}-name`, 'no file chosen')]),
      h('label', { for: `${id}-label` }, 'Label in the report (optional)'),
      h(`input#${id}-label`, { type: 'text', placeholder: example, autocomplete: 'off' }),
    ]);
  const tree = selfContainedPage({ title: 'wtdiff: compare two editions of guidance', csp: contentSecurityPolicy(script), style: APP_STYLE, generator: `wtdiff ${version}` }, [
    h('header.masthead', [
      h('h1', 'wtdiff: compare two editions of guidance'),
      h('p', 'What changed between two editions, and who lost or gained a say in each decision.'),
    ]),
    h('main', [
      h('p#privacy.privacy', [
        h('strong', 'Nothing leaves this computer.'),
        ' Your files are read and compared inside this page. It has no server, sends nothing and fetches nothing: ' +
          'its security policy forbids every network connection, so it also works offline.',
      ]),
      h('form#inputs', { noValidate: true }, [
        h('div.sides', [side('old', 'Earlier edition', 'e.g. 2015 edition'), side('new', 'Later edition', 'e.g. 2018 edition')]),
        h('p.formats', 'Markdown, plain text, HTML, Word (.docx) or PDF with a text layer.'),
        h('details.roles', [
          h('summary', 'Role lexicon (optional)'),
          h('p', 'A roles file (JSON, as wtdiff --roles reads it) adds or replaces the roles wtdiff looks for.'),
          h('label', { for: 'roles-file' }, 'Roles file'),
          h('input#roles-file', { type: 'file', accept: '.json,application/json' }),
          h('p.chosen', ['Using: ', h('span#roles-name', 'the built-in roles')]),
        ]),
        h('div.actions', [h('button#compare', { type: 'submit' }, 'Compare'), h('button#cancel', { type: 'button', hidden: true }, 'Cancel')]),
      ]),
      h('div#status', { role: 'status', ariaLive: 'polite' }, [h('progress#progress', { max: STAGES.length, value: 0, hidden: true }), ' ', h('span#status-text')]),
      h('p#error.error', { role: 'alert', hidden: true }),
      h('section#result', { hidden: true, ariaLabel: 'Result' }, [
        h('p#summary.summary'),
        h('div.downloads', [
          h('span', 'Download: '),
          h('button', { type: 'button', dataFormat: 'markdown' }, 'Markdown report'),
          h('button', { type: 'button', dataFormat: 'docx' }, 'Word redline'),
          h('button', { type: 'button', dataFormat: 'json' }, 'JSON'),
          h('button', { type: 'button', dataFormat: 'html' }, 'HTML report'),
        ]),
        // No allow-same-origin: the report's script runs, but cannot reach this page.
        h('iframe#report', { title: 'The comparison report', sandbox: 'allow-scripts allow-modals', allow: 'clipboard-write' }),
      ]),
    ]),
    h('footer', [
      h('p', `wtdiff ${version}: the same comparison and reports as the wtdiff command line (wtdiff OLD NEW --format html).`),
    ]),
    h('script', script),
  ]);
  return toHtml(tree);
}
