// History across the editions the seeds quote, and the who-decides matrix.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { History } from '../../src/types.js';
import { GUIDANCE, fixtureFiles, runMain } from '../support/cli.js';

const V = ['wt-2015.md', 'wt-2017-draft.md', 'wt-2018.md'].map((f) => join(GUIDANCE, f));

describe('wtdiff history', () => {
  it('2015 → 2017 draft → 2018: the timeliness passage loses the manager at the draft, the plan of action at 2018', async () => {
    const r = await runMain(['history', ...V, '--excerpts', '--label', '2015,2017 draft,2018', '--format', 'json']);
    expect(r.code).toBe(1);
    const h = JSON.parse(r.stdout) as History;
    expect(h.versions.map((v) => v.label)).toEqual(['2015', '2017 draft', '2018']);
    expect(h.excerpts).toBe(true);
    const timeliness = h.passages.find((p) => p.texts[0]?.startsWith('This will require judgements'))!;
    expect(timeliness.events.map((e) => [e.version, e.roles.removed])).toEqual([[1, ['manager']], [2, []]]);
    expect(timeliness.events[1]!.tags).toEqual(['editorial']);
    expect(timeliness.presence['manager']).toEqual([true, false, false]);
    const plan = h.passages.find((p) => p.texts[0]?.includes('agree a plan of action'))!;
    expect(plan.texts[1]).toBeNull();
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]).toMatchObject({ version: 2, roles: { removed: ['manager'], added: [] }, decisions: ['agree a plan of action'] });
    expect(plan.events[0]!.tags).toContain('role-removed');
    expect(plan.presence['manager']).toEqual([true, null, false]);
    // professional → practitioner is terminology in 2018, not a role change.
    for (const p of h.passages) for (const e of p.events) expect(e.roles.removed).not.toContain('professional');
  });

  it('without --excerpts a passage missing from a version is removed there', async () => {
    const h = JSON.parse((await runMain(['history', ...V, '--format', 'json'])).stdout) as History;
    const plan = h.passages.find((p) => p.texts[0]?.includes('agree a plan of action'))!;
    expect(plan.events.map((e) => e.version)).toEqual([1, 2]);
    expect(plan.events[0]!.tags).toContain('removed');
    expect(plan.events[1]!.tags).toContain('added');
    expect(h.excerpts).toBeUndefined();
    expect((await runMain(['history', ...V, '--no-color'])).stdout).toContain('wt-2017-draft: (absent)');
  });

  it('terminal and markdown views show the timeline with role presence, unchanged passages hidden unless --all', async () => {
    const t = await runMain(['history', ...V, '--excerpts', '--no-color']);
    expect(t.stdout).toContain('Manager ✓ → ✗ → ✗');
    expect(t.stdout).toContain('Manager ✓ → – → ✗');
    expect(t.stdout).toContain('wt-2017-draft: (not quoted)');
    expect(t.stdout).toMatch(/10 passages shown of 14 \(--all shows unchanged ones\)/);
    expect((await runMain(['history', ...V, '--excerpts', '--no-color', '--all'])).stdout).toMatch(/14 passages shown of 14/);
    const md = await runMain(['history', ...V, '--excerpts', '--format', 'markdown']);
    expect(md.stdout).toContain('| Version');
    expect(md.stdout).toMatch(/\| wt-2017-draft +\| \(not quoted\) +\| – +\|/);
  });

  it('a --label list of the wrong length is a usage error', async () => {
    const r = await runMain(['history', ...V, '--label', 'a,b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wtdiff: --label gives 2 labels for 3 versions\n');
  });
});

describe('wtdiff roles', () => {
  it('lists the decisions of a version and the roles in each', async () => {
    const r = await runMain(['roles', V[0]!, '--format', 'json']);
    const { decisions } = JSON.parse(r.stdout) as { decisions: { text: string; predicate: string; modal: string | null; roles: string[]; section: string[] }[] };
    const strategy = decisions.find((d) => d.text.includes('strategy discussion'))!;
    expect(strategy).toMatchObject({ predicate: 'be involved in', modal: 'should', roles: ['social-worker', 'manager', 'health-practitioner', 'police'] });
    expect(strategy.section.at(-1)).toBe('Attending strategy discussions');
    // "Effective professional supervision can play a critical role" is no decision.
    expect(decisions.some((d) => d.text.startsWith('Effective professional supervision'))).toBe(false);
  });

  it('--compare shows two versions side by side with the differences marked', async () => {
    const r = await runMain(['roles', V[0]!, '--compare', V[2]!, '--format', 'json']);
    expect(r.code).toBe(1);
    const cmp = JSON.parse(r.stdout) as { rows: { removed: string[]; added: string[] }[] };
    const changed = cmp.rows.filter((x) => x.removed.length || x.added.length);
    expect(changed.map((x) => [x.removed, x.added])).toEqual([[['manager'], []], [['manager'], []], [['manager'], []], [['manager'], []], [['manager'], ['colleague']], [['manager'], []]]);
    const md = await runMain(['roles', V[0]!, '--compare', V[2]!, '--format', 'markdown']);
    expect(md.stdout).toContain('✗ Manager removed; ✚ Colleague added');
  });

  it('reads a decision table: a role cell decides what its row says', async () => {
    const f = fixtureFiles({ 'a.md': '<!-- test fixture: not guidance -->\n\n| Decision | Who decides | Telephone |\n|---|---|---|\n| Close the case | Team manager | 0123 |\n| Out of hours | Police | 999 |\n' });
    const { decisions } = JSON.parse((await runMain(['roles', f['a.md']!, '--format', 'json'])).stdout) as { decisions: { text: string; predicate: string; roles: string[] }[] };
    expect(decisions.map((d) => [d.text, d.predicate, d.roles])).toEqual([
      ['Close the case | Team manager | 0123', 'Close', ['manager']],
      ['Out of hours | Police | 999', '', ['police']],
    ]);
  });

  it('escapes document text in its markdown table', async () => {
    const f = fixtureFiles({ 'a.md': '<!-- test fixture: not guidance -->\n\nThe manager | the <b>chair</b> must *agree* the plan.\n' });
    const md = (await runMain(['roles', f['a.md']!, '--format', 'markdown'])).stdout;
    // The words as the document shows them (emphasis is formatting, not wording); pipe and HTML escaped.
    expect(md).toContain('| The manager \\| the \\<b>chair\\</b> must agree the plan. |');
  });
});
