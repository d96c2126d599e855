// The CLI core (main) in-process: exit codes, colour policy, errors, options. The process
// boundary itself (the bin, real streams) is tested in test/e2e/bin.test.ts.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { GUIDANCE, fixtureFiles, runMain } from '../support/cli.js';

const OLD = join(GUIDANCE, 'wt-2015.md');
const NEW = join(GUIDANCE, 'wt-2018.md');
const ESC = '\u001b[';

describe('wtdiff compare', () => {
  it('exits 0 when only editorial changes differ', async () => {
    const f = fixtureFiles({ 'a.md': '<!-- test fixture: not guidance -->\n\nThe child’s judgement should be recorded.\n', 'b.md': "<!-- test fixture: not guidance -->\n\nThe child's judgment should be recorded.\n" });
    const r = await runMain([f['a.md']!, f['b.md']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 editorial-only or terminology-only change left out (--all shows them)');
    const all = await runMain([f['a.md']!, f['b.md']!, '--all']);
    expect(all.stdout).toContain('[editorial]');
  });

  it('exits 0 with no changes at all for identical files', async () => {
    expect((await runMain([OLD, OLD])).code).toBe(0);
  });

  it('`wtdiff OLD NEW` is the same as `wtdiff compare OLD NEW`', async () => {
    const a = await runMain([OLD, NEW, '--format', 'json']);
    const b = await runMain(['compare', OLD, NEW, '--format', 'json']);
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
  });

  it('is readable without colour: NO_COLOR gives no escape codes and keeps the marks', async () => {
    const r = await runMain([OLD, NEW], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('[-and their manager -]');
    expect(r.stdout).toContain('{+colleagues+}');
    expect(r.stdout).toContain('Manager removed from: agree a plan of action');
  });

  it('FORCE_COLOR and --color colour the output; --no-color wins over FORCE_COLOR', async () => {
    expect((await runMain([OLD, NEW], { FORCE_COLOR: '1' })).stdout).toContain(ESC);
    expect((await runMain([OLD, NEW, '--color'])).stdout).toContain(ESC);
    expect((await runMain([OLD, NEW, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
  });

  it('--only keeps changes with those tags and sets the exit code from them', async () => {
    const r = await runMain([OLD, NEW, '--format', 'json', '--only', 'role-substituted']);
    const cmp = JSON.parse(r.stdout) as { changes: { tags: string[] }[] };
    expect(cmp.changes).toHaveLength(1);
    expect((await runMain([OLD, NEW, '--only', 'duty-weakened'])).code).toBe(0);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const out = join(fixtureFiles({ 'x.txt': '' })['x.txt']!, '..', 'report.json');
    const r = await runMain([OLD, NEW, '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).changes.length).toBeGreaterThan(0);
  });

  it('--timings prints per-stage milliseconds on stderr', async () => {
    const r = await runMain([OLD, NEW, '--timings']);
    expect(r.stderr).toMatch(/^timings: read [\d.]+ ms, parse [\d.]+ ms, align [\d.]+ ms, diff [\d.]+ ms, classify [\d.]+ ms, render [\d.]+ ms\n$/);
  });

  describe('trouble is exit 2 with one line on stderr and no stack trace', () => {
    const cases: [string, string[], RegExp][] = [
      ['a missing file', [OLD, 'no-such-file.md'], /^wtdiff: cannot read no-such-file\.md: no such file\n$/],
      ['a directory', [OLD, GUIDANCE], /^wtdiff: cannot read .*guidance: it is a directory\n$/],
      ['an unknown option', [OLD, NEW, '--frobnicate'], /^wtdiff: unknown option '--frobnicate'\n$/],
      ['an unknown format', [OLD, NEW, '--format', 'pdf'], /^wtdiff: option '-f, --format <name>' argument 'pdf' is invalid\. Allowed choices are /],
      ['an unknown tag', [OLD, NEW, '--only', 'role-vanished'], /^wtdiff: --only: unknown tag "role-vanished"; valid tags: role-removed, /],
      ['a missing argument', ['compare', OLD], /^wtdiff: missing required argument 'new'\n$/],
    ];
    for (const [name, args, message] of cases) {
      it(name, async () => {
        const r = await runMain(args);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });

  it('--roles adds a role the built-in lexicon lacks', async () => {
    const f = fixtureFiles({
      'roles.json': JSON.stringify({ roles: [{ id: 'personal-adviser', terms: ['personal adviser', 'personal advisers'] }], extend: true }),
      'a.md': '<!-- test fixture: not guidance -->\n\nThe social worker and the personal adviser should agree the pathway plan.\n',
      'b.md': '<!-- test fixture: not guidance -->\n\nThe social worker should agree the pathway plan.\n',
    });
    const without = JSON.parse((await runMain([f['a.md']!, f['b.md']!, '--format', 'json'])).stdout);
    expect(without.changes[0].roles.removed).toEqual([]);
    const withRoles = JSON.parse((await runMain([f['a.md']!, f['b.md']!, '--format', 'json', '--roles', f['roles.json']!])).stdout);
    expect(withRoles.changes[0].roles.removed).toEqual(['personal-adviser']);
    expect(withRoles.changes[0].roleEvents[0].decision).toBe('agree the pathway plan');
  });

  it('a malformed --roles file is rejected with a message naming the bad entry', async () => {
    const f = fixtureFiles({ 'roles.json': JSON.stringify({ roles: [{ id: 'ok-role', terms: ['ok'] }, { id: 'Bad Id', terms: ['x'] }] }) });
    const r = await runMain([OLD, NEW, '--roles', f['roles.json']!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: --roles .*roles\.json: roles\[1\]\.id \(role "Bad Id"\) must match pattern/);
    const g = fixtureFiles({ 'roles.json': JSON.stringify({ roles: [{ id: 'ok', terms: [] }] }) });
    expect((await runMain([OLD, NEW, '--roles', g['roles.json']!])).stderr).toMatch(/roles\[0\]\.terms \(role "ok"\) must NOT have fewer than 1 items/);
  });
});
