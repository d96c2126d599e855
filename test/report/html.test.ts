import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { byTag, elements, hasClass, textOf } from '../support/hast.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render } from '../support/report.js';
import type { Root as MdRoot } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';

const text = textOf;

function parse(html: string): Root {
  const errors: string[] = [];
  const tree = fromHtml(html, { onerror: (e) => { errors.push(`${e.ruleId}: ${e.message}`); } });
  expect(errors, 'HTML parse errors').toEqual([]);
  return tree;
}

describe('html report: guidance 2015 → 2018', () => {
  const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
  const html = render('html', cmp);
  const tree = parse(html);
  const articles = elements(tree, (e) => e.tagName === 'article' && hasClass(e, 'change'));
  const tagsOf = (a: Element) => String(a.properties.dataTags).split(' ');

  it('is a complete, valid document in English with landmarks and one h1', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(byTag(tree, 'html')[0]!.properties.lang).toBe('en');
    expect(byTag(tree, 'h1')).toHaveLength(1);
    expect(text(byTag(tree, 'h1')[0]!)).toBe('Changes from wt-2015.md to wt-2018.md');
    expect(byTag(tree, 'header')).toHaveLength(1);
    expect(byTag(tree, 'nav')).toHaveLength(1);
    expect(byTag(tree, 'main')).toHaveLength(1);
    expect(byTag(tree, 'footer')).toHaveLength(1);
  });

  it('is self-contained: one inline style and script, no URLs, a CSP that allows nothing else', () => {
    expect(byTag(tree, 'link')).toHaveLength(0);
    expect(byTag(tree, 'img')).toHaveLength(0);
    expect(elements(tree, (e) => e.properties.src !== undefined)).toHaveLength(0);
    for (const a of byTag(tree, 'a')) expect(String(a.properties.href)).toMatch(/^#/);
    const [script] = byTag(tree, 'script');
    const [style] = byTag(tree, 'style');
    expect(byTag(tree, 'script')).toHaveLength(1);
    expect(byTag(tree, 'style')).toHaveLength(1);
    const csp = String(elements(tree, (e) => e.properties.httpEquiv !== undefined)[0]!.properties.content);
    expect(csp).toContain("default-src 'none'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(text(script!))}`);
    expect(csp).toContain(`style-src ${hash(text(style!))}`);
  });

  it('lists the sections with change counts in the contents', () => {
    const nav = byTag(tree, 'nav')[0]!;
    const items = byTag(nav, 'li').map((li) => text(li).replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Timeliness2 changes', 'Progressing assessments and reviewing plans5 changes', 'Attending strategy discussions1 change']);
    for (const a of byTag(nav, 'a')) expect(elements(tree, (e) => e.properties.id === String(a.properties.href).slice(1))).toHaveLength(1);
  });

  it('shows each change in its section, tagged for the filters', () => {
    expect(articles).toHaveLength(8);
    expect(articles.filter((a) => tagsOf(a).includes('role-removed'))).toHaveLength(6);
    expect(articles.filter((a) => tagsOf(a).includes('role-substituted'))).toHaveLength(1);
    const sections = elements(tree, (e) => e.tagName === 'section' && hasClass(e, 'doc-section'));
    expect(sections.map((s) => text(byTag(s, 'h2')[0]!))).toEqual([
      'Working Together to Safeguard Children (2018) › Timeliness',
      'Working Together to Safeguard Children (2018) › Progressing assessments and reviewing plans',
      'Working Together to Safeguard Children (2018) › Attending strategy discussions',
    ]);
    for (const a of articles) expect(byTag(a, 'h3')).toHaveLength(1);
  });

  it('shows old and new side by side with deletions in <del> and insertions in <ins>', () => {
    const dels = byTag(tree, 'del').map((d) => text(d));
    expect(dels.filter((d) => d.includes('their manager')).length).toBeGreaterThanOrEqual(4);
    expect(byTag(tree, 'ins').map((d) => text(d)).some((t) => t.includes('colleagues'))).toBe(true);
    const plan = articles.find((a) => text(a).includes('Manager removed from: agree a plan of action'))!;
    const figs = byTag(elements(plan, (e) => hasClass(e, 'sides'))[0]!, 'figure');
    expect(figs.map((f) => text(byTag(f, 'figcaption')[0]!))).toEqual(['Before (wt-2015.md)', 'Now (wt-2018.md)']);
  });

  it('shows renamed sections and terminology', () => {
    expect(text(tree)).toContain('Section renamed: “Working Together to Safeguard Children (2015)” → “Working Together to Safeguard Children (2018)”');
    expect(text(tree)).toContain('Terminology: “professional” → “practitioner” (5 changes)');
  });

  it('has labelled, keyboard-usable filters and search', () => {
    const boxes = elements(tree, (e) => e.tagName === 'input' && e.properties.name === 'tag');
    expect(boxes.map((b) => b.properties.value)).toEqual(['role-removed', 'role-added', 'role-substituted', 'terminology', 'wording']);
    for (const b of boxes) expect(b.properties.type).toBe('checkbox');
    const labels = byTag(tree, 'label').filter((l) => l.properties.htmlFor);
    expect(labels.map((l) => String(l.properties.htmlFor))).toContain('search');
    expect(byTag(tree, 'legend').length).toBeGreaterThan(0);
    // One status for the filters; the others say "Copied", one per change's copy buttons.
    const statuses = elements(tree, (e) => e.properties.role === 'status');
    expect(statuses.filter((e) => e.properties.id === 'status')).toHaveLength(1);
    expect(statuses.filter((e) => hasClass(e, 'copy-status'))).toHaveLength(articles.length);
    expect(statuses).toHaveLength(articles.length + 1);
  });

  it('includes editorial and terminology-only changes when all is set', () => {
    const everything = parse(render('html', cmp, true));
    expect(elements(everything, (e) => e.tagName === 'article')).toHaveLength(10);
  });
});

describe('html report: hostile document text', () => {
  const cmp = compareFiles(HOSTILE_OLD, HOSTILE_NEW);
  const html = render('html', cmp, true);
  const tree = parse(html);

  it('creates no elements or attributes from the document', () => {
    expect(byTag(tree, 'img')).toHaveLength(0);
    expect(byTag(tree, 'b')).toHaveLength(0);
    expect(byTag(tree, 'script')).toHaveLength(1);
    expect(elements(tree, (e) => Object.keys(e.properties).some((k) => /^on/i.test(k)))).toHaveLength(0);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
  });

  it('shows the document text as text', () => {
    const all = text(tree);
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('[link](javascript:alert(1))');
    expect(all).toContain('Section <script>alert(1)</script> | pipes | stars ticks');
  });
});

describe('html report: copying', () => {
  const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
  const json = JSON.parse(render('json', cmp)) as { changes: { id: string; old: { text: string } | null; new: { text: string } | null }[] };
  const html = render('html', cmp);
  const tree = parse(html);
  const articles = elements(tree, (e) => e.tagName === 'article' && hasClass(e, 'change'));
  const byId = (id: string) => elements(tree, (e) => e.properties.id === id);
  const quotes = (a: Element) => byTag(elements(a, (e) => hasClass(e, 'sides'))[0]!, 'figure')
    .map((f) => byTag(f, 'blockquote')[0]);

  it('quotes each edition in its own words only: the screen-reader markers are CSS, not text', () => {
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      const change = json.changes.find((c) => c.id === a.properties.id)!;
      const [before, now] = quotes(a);
      expect(text(before!)).toBe(change.old!.text);
      expect(text(now!)).toBe(change.new!.text);
      expect(byTag(before!, 'ins')).toHaveLength(0);
      expect(byTag(now!, 'del')).toHaveLength(0);
    }
    for (const q of elements(tree, (e) => e.tagName === 'blockquote')) {
      expect(text(q)).not.toMatch(/\[(deleted|inserted)/);
      expect(elements(q, (e) => hasClass(e, 'visually-hidden'))).toHaveLength(0);
      for (const m of [...byTag(q, 'del'), ...byTag(q, 'ins')]) expect(m.children.every((c) => c.type === 'text')).toBe(true);
    }
    expect(byTag(tree, 'del').length).toBeGreaterThan(0);
    expect(text(byTag(tree, 'main')[0]!)).not.toMatch(/\[(deleted|inserted):/);
    const style = text(byTag(tree, 'style')[0]!);
    expect(style).toContain('del::before { content: "[deleted: "; }');
    expect(style).toContain('ins::before { content: "[inserted: "; }');
    expect(style).toContain('del::after, ins::after { content: "]"; }');
  });

  it('has a Copy citation and a Copy as markdown button per change, tied to its heading', () => {
    for (const a of articles) {
      const bars = elements(a, (e) => hasClass(e, 'copy-bar'));
      expect(bars).toHaveLength(1);
      const bar = bars[0]!;
      expect(bar.properties.hidden, 'shown by the script').toBe(true);
      const buttons = byTag(bar, 'button');
      expect(buttons.map((b) => text(b))).toEqual(['Copy citation', 'Copy as markdown']);
      const heading = byTag(a, 'h3')[0]!;
      for (const b of buttons) {
        expect(b.properties.type).toBe('button');
        expect(b.properties.ariaDescribedBy).toEqual([heading.properties.id]);
        const from = byId(String(b.properties.dataCopyFrom));
        expect(from).toHaveLength(1);
        expect(elements(bar, (e) => e === from[0])).toHaveLength(1);
        expect(from[0]!.properties.hidden).toBe(true);
        expect(from[0]!.children.every((c) => c.type === 'text')).toBe(true);
      }
      expect(elements(bar, (e) => e.properties.role === 'status')).toHaveLength(1);
    }
  });

  it('cites the edition, section, paragraph and exact words of both sides', () => {
    const a = articles.find((x) => x.properties.id === 'wt-331e6544ad04')!;
    const [plain] = elements(a, (e) => e.properties.dataFormat === 'text');
    expect(text(plain!)).toBe([
      'Before: Working Together to Safeguard Children (2015) — wt-2015.md',
      'Section: Working Together to Safeguard Children (2015) › Timeliness',
      'Paragraph: line 5',
      'This will require judgements to be made by the social worker in discussion with their manager on each individual case.',
      '',
      'Now: Working Together to Safeguard Children (2018) — wt-2018.md',
      'Section: Working Together to Safeguard Children (2018) › Timeliness',
      'Paragraph: line 5',
      'This will require judgments to be made by the social worker on each individual case.',
    ].join('\n'));
    const [md] = elements(a, (e) => e.properties.dataFormat === 'markdown');
    expect(text(md!)).toBe([
      '**Before**: Working Together to Safeguard Children (2015) — wt-2015.md\\',
      'Section: Working Together to Safeguard Children (2015) › Timeliness\\',
      'Paragraph: line 5',
      '',
      '> This will require judgements to be made by the social worker in discussion with their manager on each individual case.',
      '',
      '**Now**: Working Together to Safeguard Children (2018) — wt-2018.md\\',
      'Section: Working Together to Safeguard Children (2018) › Timeliness\\',
      'Paragraph: line 5',
      '',
      '> This will require judgments to be made by the social worker on each individual case.',
    ].join('\n'));
  });

  it('cites a labelled paragraph as ¶ and says which side a change is missing from', () => {
    const doc = (body: string, name: string) => parseDocument(body, name);
    const labelled = compareDocuments(
      doc('# Guide 2015\n\n## Plans\n\n4.2 The social worker and their manager should agree a plan.\n', 'a.md'),
      doc('# Guide 2018\n\n## Plans\n\n4.2 The social worker should agree a plan.\n\n4.3 The manager should be told.\n', 'b.md'),
      { oldLabel: 'a.md', newLabel: 'b.md' },
    );
    const t2 = parse(render('html', labelled, true));
    const cites = elements(t2, (e) => e.properties.dataFormat === 'text').map((e) => text(e));
    expect(cites).toHaveLength(2);
    expect(cites[0]).toContain('Before: Guide 2015 — a.md\nSection: Guide 2015 › Plans\nParagraph: ¶ 4.2, line 5\nThe social worker and their manager should agree a plan.');
    expect(cites[0]).toContain('Now: Guide 2018 — b.md\nSection: Guide 2018 › Plans\nParagraph: ¶ 4.2, line 5\nThe social worker should agree a plan.');
    expect(cites[1]).toBe('Before: Guide 2015 — a.md\nNot in the earlier edition.\n\nNow: Guide 2018 — b.md\nSection: Guide 2018 › Plans\nParagraph: ¶ 4.3, line 7\nThe manager should be told.');
  });
});

/** The words a markdown citation renders as, quotation by quotation. */
function renderedQuotes(markdown: string): string[] {
  return (unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdRoot).children
    .filter((n) => n.type === 'blockquote')
    .map((q) => mdToString(q));
}

describe('html report: copying hostile document text', () => {
  const cmp = compareFiles(HOSTILE_OLD, HOSTILE_NEW);
  const tree = parse(render('html', cmp, true));

  it('keeps the citations text, and the markdown renders as the exact words', () => {
    const bars = elements(tree, (e) => hasClass(e, 'copy-bar'));
    expect(bars.length).toBe(cmp.changes.length);
    for (const [i, bar] of bars.entries()) {
      const c = cmp.changes[i]!;
      const cites = elements(bar, (e) => hasClass(e, 'citation'));
      for (const e of cites) expect(e.children.every((n) => n.type === 'text')).toBe(true);
      const plain = text(cites.find((e) => e.properties.dataFormat === 'text')!);
      for (const s of [c.old, c.new]) if (s) expect(plain).toContain(`\n${s.text}`);
      const md = text(cites.find((e) => e.properties.dataFormat === 'markdown')!);
      expect(renderedQuotes(md)).toEqual([c.old, c.new].filter((s) => s).map((s) => s!.text));
    }
    expect(elements(tree, (e) => e.tagName === 'button' && Object.keys(e.properties).some((k) => /^on/i.test(k)))).toHaveLength(0);
  });

  it('quotes each side as exactly its words, markup characters included', () => {
    const articles = elements(tree, (e) => e.tagName === 'article');
    expect(articles).toHaveLength(cmp.changes.length);
    for (const [i, a] of articles.entries()) {
      const c = cmp.changes[i]!;
      const sides = byTag(elements(a, (e) => hasClass(e, 'sides'))[0]!, 'blockquote');
      expect(sides.map((q) => text(q))).toEqual([c.old!.text, c.new!.text]);
    }
  });
});
