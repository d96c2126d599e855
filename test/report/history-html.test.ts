// `wtdiff history --format html` (src/report/history-html.ts): the role timeline grids and the
// passages, on the bundled guidance and on hostile fixture text. Fixture passages in this file
// are test text, not guidance.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { elements, textOf } from '../support/hast.js';
import { renderHistoryHtml, standings } from '../../src/report/history-html.js';
import type { History } from '../../src/types.js';
import { GUIDANCE, runMain } from '../support/cli.js';

const V = ['wt-2015.md', 'wt-2017-draft.md', 'wt-2018.md'].map((f) => join(GUIDANCE, f));

const cells = (row: Element) => elements(row, (e) => e.tagName === 'td' || e.tagName === 'th');

describe('standings', () => {
  it('says where a role takes part, was removed, was added, is not part, or the passage is absent', () => {
    expect(standings([true, false, false])).toEqual(['takes-part', 'removed', 'not-part']);
    expect(standings([false, true, true])).toEqual(['not-part', 'added', 'takes-part']);
    // Against the last edition that had the passage: an excerpt that does not quote it changes nothing.
    expect(standings([true, null, false])).toEqual(['takes-part', 'absent', 'removed']);
    expect(standings([null, true])).toEqual(['absent', 'takes-part']);
  });
});

describe('history --format html on the bundled guidance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wtdiff-history-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one self-contained page with a manager grid: removed at the 2017 draft once, at 2018 five times', async () => {
    const out = join(dir, 'history.html');
    // The format from the -o extension, as for compare.
    const r = await runMain(['history', ...V, '--excerpts', '--label', '2015,2017 draft,2018', '-o', out]);
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    const tree = fromHtml(html);
    expect(elements(tree, (e) => e.tagName === 'script')).toHaveLength(0);
    const csp = elements(tree, (e) => e.properties.httpEquiv?.toString() === 'Content-Security-Policy')[0]!;
    expect(String(csp.properties.content)).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'/);
    expect(String(csp.properties.content)).not.toContain('script-src');

    const grids = elements(tree, (e) => e.tagName === 'table' && String(e.properties.className).includes('role-grid'));
    expect(grids.map((g) => textOf(elements(g, (e) => e.tagName === 'caption')[0]!))).toEqual(['Manager', 'Colleague']);
    const rows = elements(elements(grids[0]!, (e) => e.tagName === 'tbody')[0]!, (e) => e.tagName === 'tr');
    expect(rows).toHaveLength(6);
    const standingOf = (row: Element) => cells(row).slice(1).map((c) => textOf(c).trim());
    expect(rows.map(standingOf)).toEqual([
      ['takes part', 'removed', 'not part'],
      ...Array(5).fill(['takes part', 'not quoted', 'removed']),
    ]);
    expect(textOf(cells(rows[1]!)[0]!)).toContain('agree a plan of action');
    // Each decision links to its passage, shown below with its text in each edition.
    const passages = new Set(elements(tree, (e) => e.tagName === 'article').map((a) => a.properties.id));
    for (const row of rows) expect(passages.has(String(elements(row, (e) => e.tagName === 'a')[0]!.properties.href).slice(1))).toBe(true);
    const colleague = elements(elements(grids[1]!, (e) => e.tagName === 'tbody')[0]!, (e) => e.tagName === 'tr');
    expect(colleague.map(standingOf)).toEqual([['not part', 'not quoted', 'added']]);
  });

  it('is refused by roles, which writes no HTML', async () => {
    const r = await runMain(['roles', V[0]!, '--format', 'html']);
    expect(r.code).toBe(2);
  });
});

describe('history html: document text stays text', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
  const h: History = {
    versions: [{ label: `2015 ${hostile}` }, { label: '2018', path: `v/${hostile}.md` }],
    passages: [{
      id: 'p-1',
      section: [`Section ${hostile}`],
      texts: [`The social worker and their manager ${hostile} agree the plan.`, 'The social worker agrees the plan.'],
      events: [{ version: 1, tags: ['role-removed'], roles: { removed: ['manager'], added: [] }, decisions: [`agree ${hostile}`] }],
      presence: { manager: [true, false] },
    }],
  };
  const html = renderHistoryHtml(h, { all: false });
  const tree = fromHtml(html);

  it('creates no element from it and shows it as written', () => {
    expect(elements(tree, (e) => e.tagName === 'script' || e.tagName === 'img')).toHaveLength(0);
    expect(textOf(tree)).toContain(`agree ${hostile}`);
    expect(textOf(tree)).toContain(`Section ${hostile}`);
    for (const e of elements(tree, () => true)) for (const v of Object.values(e.properties)) expect(String(v)).not.toMatch(/onerror|<script/);
  });
});
