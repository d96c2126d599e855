// Citations people can find in their own file (issue 15, items 1 and 2): for every input format,
// through the CLI, each change is cited by its paragraph label, the file's own line (markdown,
// text), the page (PDF) or its paragraph number in the section (DOCX, HTML) — never by a line of
// the markdown a reader made. Document text here is test fixture text, not guidance.
import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { runMain } from '../support/cli.js';
import { markdownToDocx, printPdf, SANS, scratchDir } from '../support/documents.js';
import type { Comparison, Side } from '../../src/types.js';

const scratch = scratchDir();

async function compareJson(oldPath: string, newPath: string): Promise<Comparison> {
  const r = await runMain([oldPath, newPath, '--format', 'json'], { NO_COLOR: '1' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Comparison;
}

async function compareText(oldPath: string, newPath: string, format: string): Promise<string> {
  return (await runMain([oldPath, newPath, '--format', format], { NO_COLOR: '1' })).stdout;
}

const byText = (cmp: Comparison, words: string): { old: Side | null; new: Side | null } => {
  const c = cmp.changes.find((ch) => (ch.old?.text ?? ch.new?.text ?? '').includes(words));
  expect(c, words).toBeDefined();
  return c!;
};

describe('text: the file’s own line, though wrapped lines were joined', () => {
  // Line numbers matter here: the hard-wrapped paragraphs are joined into one markdown line each.
  const oldText = [
    'Fixture procedure (not guidance)', // 1
    '', // 2
    '1.1 The social worker should agree the plan', // 3
    'with their manager. The plan is then shared', // 4
    'with the family. The manager signs it.', // 5
    '1.2 The review happens within 10 working days.', // 6
    '', // 7
    'The chair records the decision in the case', // 8
    'file and tells the family. The manager', // 9
    'approves the record.', // 10
    '',
  ].join('\n');
  const newText = oldText
    .replace('agree the plan\nwith their manager.', 'agree the plan.\n')
    .replace('The manager signs it.', 'The team signs it.')
    .replace('10 working days', '15 working days')
    .replace('The manager\napproves', 'The team\napproves');

  it('cites each sentence by the line it starts on, and "1.2" on its own line is its own paragraph', async () => {
    const a = scratch.at('procedure-old.txt');
    const b = scratch.at('procedure-new.txt');
    await writeFile(a, oldText);
    await writeFile(b, newText);
    const cmp = await compareJson(a, b);
    expect(cmp.documents.old.format).toBe('text');
    expect(byText(cmp, 'The social worker should agree').old).toMatchObject({ paragraph: '1.1', sourceLine: 3 });
    expect(byText(cmp, 'The manager signs it').old).toMatchObject({ paragraph: '1.1', sourceLine: 5 });
    expect(byText(cmp, 'The review happens').old).toMatchObject({ paragraph: '1.2', sourceLine: 6 });
    const approves = byText(cmp, 'approves the record');
    expect(approves.old).toMatchObject({ sourceLine: 9 });
    expect(approves.old!.line).not.toBe(9); // the markdown's line differs: that is why sourceLine exists
    const terminal = await compareText(a, b, 'terminal');
    expect(terminal).toContain('¶ 1.2  old line 6 → new line 6');
    expect(terminal).toContain('old line 9 → new line 9');
    const md = await compareText(a, b, 'markdown');
    expect(md).toContain('#### ¶ 1.2: Timescale: within 10 working days → within 15 working days');
    expect(md).toContain('**Before** (procedure-old.txt, ¶ 1.2, line 6):');
    expect(md).toContain('**Before** (procedure-old.txt, line 9):');
  });
});

describe('HTML and DOCX: the paragraph label, else the paragraph’s number in its section', () => {
  const markdown = (manager: string) =>
    `# Fixture procedure (not guidance)\n\n## Plans\n\nThe social worker agrees the plan with the family.\n\nThe family is told.\n\n${manager} reviews the plan.\n\n## Reviews\n\n4.2 The chair agrees the review with ${manager.toLowerCase()}.\n`;
  const html = (md: string) =>
    `<!doctype html>\n<html>\n<body>\n${md
      .split('\n\n')
      .map((b) => (b.startsWith('## ') ? `<h2>${b.slice(3).trim()}</h2>` : b.startsWith('# ') ? `<h1>${b.slice(2).trim()}</h1>` : `<p>${b.trim()}</p>`))
      .join('\n')}\n</body>\n</html>\n`;

  it.each(['html', 'docx'] as const)('%s', async (format) => {
    const a = scratch.at(`cite-old.${format}`);
    const b = scratch.at(`cite-new.${format}`);
    const write = async (path: string, md: string) => writeFile(path, format === 'html' ? html(md) : await markdownToDocx(md));
    await write(a, markdown('The manager'));
    await write(b, markdown('The team manager'));
    const cmp = await compareJson(a, b);
    expect(cmp.documents.new.format).toBe(format);
    expect(byText(cmp, 'reviews the plan').new).toMatchObject({ ordinal: 3, section: ['Fixture procedure (not guidance)', 'Plans'] });
    expect(byText(cmp, 'The chair agrees').new).toMatchObject({ paragraph: '4.2' });
    for (const report of ['terminal', 'markdown', 'html']) {
      const out = await compareText(a, b, report);
      // No line: lines of a converted HTML or DOCX file exist nowhere the user can look.
      expect(out, report).not.toMatch(/\bline \d/);
      expect(out, report).toContain('paragraph 3');
      expect(out, report).toContain('4.2');
    }
    // (The serialiser may escape the dot of a file name; it renders as cite-new.html either way.)
    expect(await compareText(a, b, 'markdown')).toMatch(new RegExp(`\\*\\*Now\\*\\* \\(cite-new\\\\?\\.${format}, paragraph 3\\):`));
  });
});

describe('PDF: short numbered paragraphs stay apart, cited by label and page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"1.1 …", "1.2 …", "1.3 …" printed one under another are three paragraphs; a change in 1.2 cites ¶ 1.2 and its page', async () => {
    const md = (days: number) =>
      `# Fixture procedure (not guidance)\n\n1.1 The social worker visits the child within one working day of the referral being received.\n\n1.2 The manager reviews the plan within ${days} working days of the first visit to the child.\n\n1.3 The chair records the outcome of the review in the case file for the child.\n`;
    // No space between paragraphs and each one filling its line: the reader has no gap or short
    // line to split on, only the label at the start of the line.
    const css = `body { font-family: ${SANS}; font-size: 11pt; } p { margin: 0; }`;
    const a = scratch.at('numbered-old.pdf');
    const b = scratch.at('numbered-new.pdf');
    await printPdf(browser, md(10), css, { path: a, format: 'A4' });
    await printPdf(browser, md(15), css, { path: b, format: 'A4' });
    const cmp = await compareJson(a, b);
    expect(cmp.documents.old.format).toBe('pdf');
    expect(cmp.changes).toHaveLength(1);
    expect(cmp.changes[0]!.old).toMatchObject({ paragraph: '1.2', page: 1 });
    expect(cmp.changes[0]!.old!.text).toBe(`The manager reviews the plan within 10 working days of the first visit to the child.`);
    const terminal = await compareText(a, b, 'terminal');
    expect(terminal).toContain('¶ 1.2  old p. 1 → new p. 1');
    expect(terminal).not.toMatch(/\bline \d/);
  });
});
