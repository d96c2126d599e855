import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Delete, Heading, ListItem, Node, Parent, Root, Strong, Table } from 'mdast';
import { compare } from '../../src/pipeline/compare.js';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render } from '../support/report.js';
import { runMain } from '../support/cli.js';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

function all<T extends Node>(tree: Node, type: string): T[] {
  const out: T[] = [];
  const walk = (n: Node) => {
    if (n.type === type) out.push(n as T);
    if ('children' in n) for (const c of (n as Parent).children) walk(c);
  };
  walk(tree);
  return out;
}

/** Blocks between a heading and the next heading of the same or higher rank. */
function under(tree: Root, h: Heading): Root {
  const i = tree.children.indexOf(h);
  const rest = tree.children.slice(i + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth <= h.depth);
  return { type: 'root', children: end < 0 ? rest : rest.slice(0, end) };
}

describe('markdown report: guidance 2015 → 2018', () => {
  const cmp = compareFiles(GUIDANCE_OLD, GUIDANCE_NEW);
  const md = render('markdown', cmp);
  const tree = parse(md);
  const headings = all<Heading>(tree, 'heading');

  it('names both documents in a level-1 heading and lists their titles', () => {
    const h1 = headings.filter((h) => h.depth === 1);
    expect(h1).toHaveLength(1);
    expect(toString(h1[0]!)).toBe('Changes from wt-2015.md to wt-2018.md');
    const text = toString(tree);
    expect(text).toContain('Working Together to Safeguard Children (2015)');
    expect(text).toContain('guidance/wt-2018.md');
  });

  it('has a summary table with one row per tag and the counts', () => {
    const tables = all<Table>(tree, 'table');
    expect(tables).toHaveLength(2);
    const rows = tables[0]!.children.map((r) => r.children.map((c) => toString(c)));
    expect(rows[0]).toEqual(['Tag', 'Changes with this tag', 'Meaning']);
    for (const r of rows) expect(r).toHaveLength(3);
    const counts = Object.fromEntries(rows.slice(1).map((r) => [r[0], Number(r[1])]));
    expect(counts).toMatchObject({ 'role-removed': 6, 'role-substituted': 1, 'role-added': 1 });
    expect(counts).toEqual(cmp.summary.byTag);
  });

  it('puts changes under their section headings', () => {
    const h3 = headings.filter((h) => h.depth === 3).map((h) => toString(h));
    expect(h3).toEqual([
      'Working Together to Safeguard Children (2018) › Timeliness',
      'Working Together to Safeguard Children (2018) › Progressing assessments and reviewing plans',
      'Working Together to Safeguard Children (2018) › Attending strategy discussions',
    ]);
    const strategy = headings.find((h) => toString(h).endsWith('Attending strategy discussions'))!;
    const section = under(tree, strategy);
    expect(toString(section)).toContain('Manager removed from: be involved in the strategy discussion');
    expect(all<Delete>(section, 'delete').map((d) => toString(d))).toContain('and their manager');
  });

  it('shows the six manager removals with the manager struck through and the decision in words', () => {
    const dels = all<Delete>(tree, 'delete').map((d) => toString(d));
    const managerDels = dels.filter((d) => /\bmanagers?\b/.test(d));
    expect(managerDels).toHaveLength(6);
    expect(dels.filter((d) => d.includes('their manager')).length).toBeGreaterThanOrEqual(4);
    const decisions = all<Strong>(tree, 'strong').map((s) => toString(s)).filter((s) => s.startsWith('Manager'));
    // Five removals and the substitution, which reads as one line; each twice, in the "Who lost
    // or gained a say" list and under its change.
    expect(decisions.filter((s) => s.startsWith('Manager removed from:'))).toHaveLength(10);
    expect(decisions).toContain('Manager removed from: agree a plan of action');
    expect(decisions).toContain('Manager → Colleague: talk through their concerns');
    expect(md).toContain('**Manager → Colleague: talk through their concerns** (“a manager” → “colleagues”)');
  });

  it('reads as an attachment: a "who lost or gained a say" list, headings by label or change number, no command-line hints', () => {
    const say = under(tree, all<Heading>(tree, 'heading').find((h) => toString(h) === 'Who lost or gained a say, duties and time limits')!);
    const items = all<ListItem>(say, 'listItem').map((i) => toString(i));
    expect(items).toHaveLength(6);
    expect(items).toContain('Manager removed from: agree a plan of action — Working Together to Safeguard Children (2018) › Progressing assessments and reviewing plans, line 9 (change 3)');
    const h4 = all<Heading>(tree, 'heading').filter((h) => h.depth === 4).map((h) => toString(h));
    expect(h4[0]).toBe('Change 1: Wording changed');
    expect(h4).toContain('Change 3: Manager removed from: agree a plan of action');
    expect(h4.filter((h) => /^Line \d/.test(h))).toEqual([]);
    expect(new Set(h4).size).toBe(h4.length);
    expect(md).not.toMatch(/--all|--only|wtdiff /);
  });

  it('heads a labelled paragraph by its label and cites it in the Before and Now lines', () => {
    const labelled = render('markdown', compare('# Plans\n\n4.2 The social worker should agree the plan with their manager.\n', '# Plans\n\n4.2 The social worker should agree the plan.\n'));
    expect(labelled).toContain('#### ¶ 4.2: Manager removed from: agree the plan');
    expect(labelled).toContain('**Before** (old, ¶ 4.2, line 3):');
    expect(labelled).toContain('**Now** (new, ¶ 4.2, line 3):');
  });

  it('marks insertions in bold and keeps Before/Now quotations verbatim', () => {
    const strong = all<Strong>(tree, 'strong').map((s) => toString(s));
    expect(strong).toEqual(expect.arrayContaining(['practitioners', 'colleagues', 'judgments', 'Before', 'Now']));
    const quotes = tree.children.filter((n) => n.type === 'blockquote').map((q) => toString(q));
    for (const c of cmp.changes.filter((c) => c.tags.some((t) => t !== 'editorial' && t !== 'terminology'))) {
      expect(quotes).toContain(c.old!.text);
      expect(quotes).toContain(c.new!.text);
    }
  });

  it('leaves editorial and terminology-only changes out unless all is set', () => {
    const count = (s: string) => all<Heading>(parse(s), 'heading').filter((h) => h.depth === 4).length;
    expect(count(md)).toBe(8);
    expect(count(render('markdown', cmp, true))).toBe(10);
    expect(md).toContain('8 of 10 changes shown: 2 editorial-only or terminology-only changes left out.');
    expect(md).not.toContain('--all');
  });

  it('is available from the CLI as --format markdown', async () => {
    const r = await runMain([GUIDANCE_OLD, GUIDANCE_NEW, '--format', 'markdown']);
    expect(r.code).toBe(1); // the editions differ
    expect(r.stdout).toBe(md);
  });
});

describe('markdown report: hostile document text', () => {
  const cmp = compareFiles(HOSTILE_OLD, HOSTILE_NEW);
  const md = render('markdown', cmp, true);
  const tree = parse(md);

  it('produces no raw HTML, links or images', () => {
    for (const type of ['html', 'link', 'image', 'linkReference', 'imageReference', 'code', 'emphasis']) {
      expect(all(tree, type), type).toHaveLength(0);
    }
  });

  it('quotes the document text as its own words', () => {
    const quotes = tree.children.filter((n) => n.type === 'blockquote').map((q) => toString(q));
    for (const c of cmp.changes) {
      expect(quotes).toContain(c.old!.text);
      expect(quotes).toContain(c.new!.text);
    }
    expect(quotes.join('\n')).toContain('<script>alert(1)</script>');
    expect(quotes.join('\n')).toContain('[link](javascript:alert(1))');
  });

  it('keeps section headings with pipes, tags and stars as plain text', () => {
    const h3 = all<Heading>(tree, 'heading').filter((h) => h.depth === 3);
    expect(h3.map((h) => toString(h))).toContain('Hostile fixture | not guidance › Section <script>alert(1)</script> | pipes | stars ticks');
  });

  it('keeps the tables as wide as their headers, with a heading full of pipes in one cell', () => {
    const tables = all<Table>(tree, 'table');
    expect(tables).toHaveLength(2);
    for (const r of tables[0]!.children) expect(r.children).toHaveLength(3);
    for (const r of tables[1]!.children) expect(r.children).toHaveLength(6);
    const chapters = tables[1]!.children.map((r) => r.children.map((c) => toString(c)));
    const roleChanges = cmp.changes.filter((c) => c.roleEvents.length).length;
    expect(chapters[1]![0]).toBe('Section <script>alert(1)</script> | pipes | stars ticks');
    expect(chapters[1]![1]).toBe(String(roleChanges));
  });

  it('keeps pipes, backticks and tags in a tag cell inside the cell', () => {
    const crafted = structuredClone(cmp);
    crafted.summary.byTag = { 'a | b `c` <img src=x onerror=alert(1)>': 1, wording: 1 };
    const t = all<Table>(parse(render('markdown', crafted, true)), 'table')[0]!;
    expect(t.children).toHaveLength(3);
    for (const r of t.children) expect(r.children).toHaveLength(3);
    expect(t.children.map((r) => toString(r.children[0]!))).toContain('a | b `c` <img src=x onerror=alert(1)>');
  });
});
