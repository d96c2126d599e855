import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render } from '../support/report.js';

function elements(tree: Nodes, test: (e: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) out.push(n);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
    if (n.type === 'element' && n.tagName === 'template' && n.content) walk(n.content);
  };
  walk(tree);
  return out;
}
const byTag = (tree: Nodes, tag: string) => elements(tree, (e) => e.tagName === tag);
const hasClass = (e: Element, c: string) => Array.isArray(e.properties.className) && e.properties.className.includes(c);
function text(n: Nodes): string {
  if (n.type === 'text') return n.value;
  return 'children' in n ? n.children.map((c) => text(c as Nodes)).join('') : '';
}

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
    expect(elements(tree, (e) => e.properties.role === 'status')).toHaveLength(1);
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
