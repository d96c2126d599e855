// Property: for random strings with control characters in every field of a document
// (headings, sentences, table cells, list items, file names, an accepted reason), no output
// of any command or format contains a character that was a control in the input — no ESC,
// OSC, BEL, C1 or bidirectional override reaches a terminal, a report file or a CI log, and
// no line of --format github is a workflow command the document wrote.
// Document text in this file is test fixture text, not guidance.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { git, tempDir } from '../support/git-repo.js';
import { runMain } from '../support/cli.js';
import { sanitizeOutput, visibleControls } from '../../src/text/sanitize.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';

// What a terminal or CI log could act on. Tab and newline are layout; the CLI's own
// colours are SGR codes, checked separately.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// An SGR code chalk never writes: if it appears, it came from the document.
const FOREIGN_SGR = '\u001b[38;5;199m';
const CHALK_SGR = /\u001b\[[0-9;]*m/g;

const HOSTILE = [FOREIGN_SGR, '\u001b]8;;http://evil.invalid\u0007link\u001b]8;;\u0007', '\u001b]0;title\u0007', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u007f', '\u0085', '\u009b31m', '\u202e', '\u2066', '\u2069', '::error::INJECTED', '\n::warning::INJECTED', '%0A::error::x', '\u001b[2J'];
const WORDS = ['The', 'manager', 'must', 'agree', 'the', 'plan', 'with', 'practitioner', 'within', '5', 'working', 'days', 'and', 'review', 'it', 'social worker', 'should'];

const fragment = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) });
const field = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const docFields = fc.record({ heading: field, sub: field, decision: field, cell: field, item: field, name: field, reason: field });
type Fields = typeof docFields extends fc.Arbitrary<infer T> ? T : never;

function documents(f: Fields): { old: string; neu: string } {
  const body = (withManager: boolean, cell: string) =>
    [
      `# ${f.heading}`,
      '',
      `## ${f.sub}`,
      '',
      `The practitioner must agree the plan${withManager ? ' with their manager' : ''} ${f.decision}.`,
      '',
      '| Who | Decision |',
      '| --- | --- |',
      `| ${cell} | The manager must approve ${f.decision} within 5 working days. |`,
      '',
      `- ${f.item}`,
      `- The team manager decides ${f.item}.`,
      '',
    ].join('\n');
  return { old: body(true, f.cell), neu: body(false, `${f.cell} social worker`) };
}

/** A file name from a field: no slash, no NUL, not too long. */
function fileName(s: string, suffix: string): string {
  return `${s.replace(/[/\u0000]/g, '_').slice(0, 60)}${suffix}.md`;
}

function expectClean(out: string, where: string, colour = false): void {
  expect(out.includes(FOREIGN_SGR), where).toBe(false);
  const rest = colour ? out.replace(CHALK_SGR, '') : out;
  const bad = CONTROL.exec(rest);
  expect(bad ? `U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}: ${JSON.stringify(rest.slice(Math.max(0, bad.index - 40), bad.index + 20))}` : null, where).toBeNull();
}

describe('no control from a document reaches any output', () => {
  it('compare, convert, history and roles in every format, with and without colour', async () => {
    await fc.assert(
      fc.asyncProperty(docFields, async (f) => {
        const dir = tempDir();
        const { old, neu } = documents(f);
        const a = join(dir, fileName(f.name, '-old'));
        const b = join(dir, fileName(f.name, '-new'));
        writeFileSync(a, old);
        writeFileSync(b, neu);
        const runs: [string[], Record<string, string>][] = [];
        for (const format of ['terminal', 'json', 'markdown', 'html', 'criticmarkup']) runs.push([[a, b, '-f', format, '--all'], { NO_COLOR: '1' }]);
        runs.push([[a, b, '--all'], { FORCE_COLOR: '3' }]);
        runs.push([['convert', a], {}]);
        for (const format of ['terminal', 'json', 'markdown']) {
          runs.push([['history', a, b, '-f', format, '--all', '--label', `${f.reason},${f.item}`.replace(/,/g, ' ') + ',x'], { NO_COLOR: '1' }]);
          runs.push([['roles', a, '--compare', b, '-f', format], { NO_COLOR: '1' }]);
          runs.push([['roles', a, '-f', format], { NO_COLOR: '1' }]);
        }
        runs.push([['history', a, b, '--all'], { FORCE_COLOR: '3' }]);
        for (const [args, env] of runs) {
          const r = await runMain(args, env);
          expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBeLessThan(2);
          expectClean(r.stdout, `stdout of ${args[0]} ${args.slice(2).join(' ')}`, env['FORCE_COLOR'] !== undefined);
          expectClean(r.stderr, `stderr of ${args.join(' ')}`);
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);

  it('check in every format (file names, accepted reasons) and git-diff; github lines are only annotations', async () => {
    await fc.assert(
      fc.asyncProperty(docFields, async (f) => {
        const root = tempDir();
        git(root, 'init', '-q', '-b', 'main');
        const { old, neu } = documents(f);
        const name = fileName(f.name, '');
        mkdirSync(join(root, 'docs'));
        writeFileSync(join(root, 'docs', name), old);
        git(root, 'add', '-A');
        git(root, 'commit', '-q', '-m', 'base');
        writeFileSync(join(root, 'docs', name), neu);
        const first = await runMain(['check', '--base', 'main', '-f', 'json'], { NO_COLOR: '1' }, { cwd: root });
        const ids = (JSON.parse(first.stdout) as { failing: { change: { id: string } }[] }).failing.map((x) => x.change.id);
        writeFileSync(join(root, '.wtdiff-accepted.json'), JSON.stringify({ accepted: ids.slice(0, 1).map((id) => ({ id, reason: f.reason })) }));
        for (const format of ['terminal', 'json', 'sarif', 'github']) {
          for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '3' }]) {
            const r = await runMain(['check', '--base', 'main', '-f', format, '--all'], env, { cwd: root });
            expect(r.code, r.stderr).toBeLessThan(2);
            expectClean(r.stdout, `check -f ${format}`, 'FORCE_COLOR' in env);
            expectClean(r.stderr, `check -f ${format} stderr`);
            if (format === 'github') {
              for (const line of r.stdout.trimEnd().split('\n')) expect(line, 'a github line').toMatch(/^(::(error|warning|notice) file=[^\n]*::|wtdiff check: )/);
            }
          }
        }
        const oldFile = join(root, 'old-side.md');
        writeFileSync(oldFile, old);
        const gd = await runMain(['git-diff', name, oldFile, '0'.repeat(40), '100644', join(root, 'docs', name), '0'.repeat(40), '100644'], { FORCE_COLOR: '3' }, { cwd: root });
        expect(gd.code).toBe(0);
        expectClean(gd.stdout, 'git-diff stdout', true);
        expectClean(gd.stderr, 'git-diff stderr');
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it('the sanitisers leave no control in any string (unit property)', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(anyText, (s) => {
        expectClean(sanitizeOutput(s), 'sanitizeOutput');
        expect(CONTROL.test(visibleControls(s)) || visibleControls(s).includes('\n')).toBe(false);
        for (const escaped of [escapeData(s), escapeProperty(s)]) {
          expect(CONTROL.test(escaped)).toBe(false);
          expect(escaped).not.toMatch(/[\r\n]/);
        }
        expect(escapeProperty(s)).not.toMatch(/[:,]/);
      }),
      { numRuns: 2000 },
    );
  });
});
