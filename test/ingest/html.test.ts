// The HTML reader: gov.uk pages keep their <main>, lose the chrome.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { blocksOf, guidanceMarkdown, markdownToHtml, scratchDir } from '../support/documents.js';

const scratch = scratchDir();

describe('HTML reader', () => {
  it('keeps <main>, drops navigation, cookie banner and footer', async () => {
    const source = guidanceMarkdown({ table: true });
    const article = markdownToHtml(source).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const page = `<!DOCTYPE html><html lang="en"><head><title>Working Together - GOV.UK</title><script>var x = 1;</script></head><body>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix"><p>Cookies on GOV.UK. We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><a href="/">GOV.UK</a></header>
<nav aria-label="Menu"><ul><li><a href="/browse">Topics</a></li><li><a href="/gov">Government activity</a></li></ul></nav>
<div class="govuk-breadcrumbs"><ol><li>Home</li><li>Education</li></ol></div>
<main id="main-content">${article}<nav class="gem-c-contents-list"><h2>Contents</h2><ol><li>Chapter 1</li></ol></nav></main>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0</p></footer>
</body></html>`;
    const path = scratch.at('guidance.html');
    await writeFile(path, page);
    const r = await readInput(path);
    expect(r.format).toBe('html');
    expect(r.markdown).not.toMatch(/cookie|Skip to main|GOV\.UK|Topics|Open Government|Contents|Home/);
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
    expect(r.markdown).toContain('\n40. Local authorities, working with partners');
    expect(r.markdown).toContain('| Social worker | Leads the assessment |');
  });

  it('turns "42." paragraphs into numbered items and falls back to <body> without chrome', async () => {
    const path = scratch.at('plain.htm');
    await writeFile(path, '<html><body><header><p>Site name</p></header><h2>Decisions</h2><p>42. The social worker<br>should record it.</p><p>43. Next.</p><p>45. After a gap.</p><footer>Footer</footer></body></html>');
    const r = await readInput(path);
    expect(blocksOf(r.markdown)).toEqual(['h2 Decisions', '42. The social worker should record it.', '43. Next.', '45. After a gap.']);
    expect(r.markdown).not.toMatch(/Site name|Footer/);
  });
});
