// Golden cases for the alignment, run through the CLI core (main) as a user runs it:
// test/fixtures/cli-cases/<case>/{old.md,new.md,expected.json}. The expectations are
// hand-written (see that folder's README); the test compares a projection of the JSON
// report — exit code, section records, each change's kind, tags, roles and location.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, Side } from '../../src/index.js';
import { ROOT, runMain } from '../support/cli.js';

const CASES = join(ROOT, 'test/fixtures/cli-cases');
const names = readdirSync(CASES).filter((n) => statSync(join(CASES, n)).isDirectory());

interface Expected {
  why: string;
  exitCode: number;
  sections: [string, string, string][];
  changes: unknown[];
}

const last = (path: string[] | undefined) => path?.[path.length - 1] ?? '';
const place = (s: Side | null) => s && { section: s.section, line: s.line, ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}) };

describe('alignment cases through the CLI', () => {
  it('has every case issue #2 lists', () => {
    expect(names).toEqual(expect.arrayContaining(['rename', 'section-moved', 'paragraph-moved', 'split', 'merge', 'reflow', 'renumber', 'list-item', 'table-row', 'cosmetic-edition']));
  });

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.why}`, async () => {
      const r = await runMain([join(CASES, name, 'old.md'), join(CASES, name, 'new.md'), '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(expected.exitCode);
      const c = JSON.parse(r.stdout) as Comparison;
      expect(c.sections.map((s) => [s.kind, last(s.old?.path), last(s.new?.path)])).toEqual(expected.sections);
      expect(c.changes.map((x) => ({ kind: x.kind, tags: x.tags, roles: x.roles, old: place(x.old), new: place(x.new) }))).toEqual(expected.changes);
    });
  }

  it('cosmetic-edition: the terminal view names the renamed and moved sections and hides the editorial change', async () => {
    const r = await runMain([join(CASES, 'cosmetic-edition/old.md'), join(CASES, 'cosmetic-edition/new.md')], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('section renamed: "Local child protection procedures (test fixture) › Strategy discussions" → "Local child protection procedures (test fixture) › Holding a strategy discussion"');
    expect(r.stdout).toContain('section moved: "Local child protection procedures (test fixture) › Conferences"');
    expect(r.stdout).toContain('0 of 5 changes shown: 5 editorial-only, terminology-only or renumbering changes left out (--all shows them)');
    expect(r.stdout).not.toContain('[wording]');
  });
});
