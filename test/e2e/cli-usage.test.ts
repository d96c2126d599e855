// The command line as users meet it (issue 15, items 4, 10–16): the built bin in a child
// process. Document text here is test fixture text, not guidance.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, GUIDANCE, ROOT, fixtureFiles, runCli } from '../support/cli.js';
import { main } from '../../src/cli/main.js';

const OLD = join(GUIDANCE, 'wt-2015.md');
const NEW = join(GUIDANCE, 'wt-2018.md');
const ESC = '\u001b';

/** The bin with `input` on its standard input. */
function runWithStdin(args: string[], input: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('usage errors name the problem (item 10)', () => {
  it('no arguments prints the help, listing the commands, on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: wtdiff');
    expect(r.stderr).toMatch(/compare \[options\] <old> <new>/);
    expect(r.stderr).toMatch(/check \[options\]/);
  });

  it('a mistyped command is an unknown command with a suggestion, not "too many arguments" or an unknown option', async () => {
    for (const [args, word, suggestion] of [
      [['compre', 'a.md', 'b.md'], 'compre', 'compare'],
      [['chek', '--base', 'HEAD'], 'chek', 'check'],
      [['histroy', 'a.md', 'b.md', 'c.md'], 'histroy', 'history'],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unknown command '${word}'`);
      expect(r.stderr).toContain(`Did you mean ${suggestion}?`);
      expect(r.stderr).not.toMatch(/too many arguments|unknown option/);
    }
  });

  it('a file whose name looks like a command is still compared', async () => {
    const f = fixtureFiles({ 'compre': '# Fixture\n\nThe plan is agreed.\n', 'b.md': '# Fixture\n\nThe plan is agreed.\n' });
    const r = await runCli(['compre', f['b.md']!], {}, join(f['compre']!, '..'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('the output format follows -o, and a file is never coloured (item 11)', () => {
  const dir = join(fixtureFiles({ x: '' })['x']!, '..');
  it.each([
    ['report.html', /^<!doctype html>/i],
    ['report.htm', /^<!doctype html>/i],
    ['report.md', /^# Changes from wt-2015\.md to wt-2018\.md/],
    ['report.json', /^\{\n {2}"schemaVersion"/],
    ['report.txt', /^wtdiff: /],
  ])('-o %s', async (name, start) => {
    const out = join(dir, name);
    const r = await runCli([OLD, NEW, '-o', out, '--color'], { FORCE_COLOR: '3' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(start);
    expect(text).not.toContain(ESC);
  });

  it('--format wins over the extension; an extension naming a format the command cannot write is an error', async () => {
    const out = join(dir, 'as-json.html');
    expect((await runCli([OLD, NEW, '-o', out, '--format', 'json'])).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).changes.length).toBe(10);
    const r = await runCli([OLD, NEW, '-o', join(dir, 'r.sarif')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: -o .*r\.sarif: this command cannot write sarif .*give --format/);
  });

  it('history and roles follow the extension too', async () => {
    const out = join(dir, 'history.md');
    await runCli(['history', OLD, join(GUIDANCE, 'wt-2017-draft.md'), NEW, '-o', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
    const roles = join(dir, 'roles.json');
    await runCli(['roles', NEW, '-o', roles]);
    expect(JSON.parse(readFileSync(roles, 'utf8')).decisions.length).toBeGreaterThan(0);
  });
});

describe('a reader that closes early (item 12)', () => {
  /** The bin with its stdout pipe closed by the reader: at once (`| true`) or after the first chunk (`| head -c 100`). */
  function closedEarly(args: string[], when: 'at-once' | 'after-first-chunk'): Promise<{ code: number | null; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      if (when === 'at-once') child.stdout.destroy();
      else child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stderr }));
    });
  }
  // Big enough that the report is far larger than a pipe's buffer.
  const para = (i: number) => `${i}. The social worker should agree the plan with their manager within ${i % 9 + 1} working days.\n\n`;
  const doc = (n: number) => `# Fixture\n\n${Array.from({ length: 4000 }, (_, i) => para(i + n)).join('')}`;
  const f = fixtureFiles({ 'a.md': doc(0), 'b.md': doc(1) });

  it.each([
    ['compare, terminal', [f['a.md']!, f['b.md']!], 1],
    ['compare, JSON', [f['a.md']!, f['b.md']!, '--format', 'json'], 1],
    ['convert', ['convert', f['a.md']!], 0],
    ['--help', ['--help'], 0],
  ] as const)('%s ends quietly with its own exit code, no stack trace', async (_name, args, code) => {
    for (const when of ['at-once', 'after-first-chunk'] as const) {
      const r = await closedEarly([...args], when);
      expect(r.stderr, when).toBe('');
      expect(r.code, when).toBe(code);
    }
  });
});

describe('standard input, --stat and --quiet (item 13)', () => {
  it('"-" reads standard input for either side, named as such in the report', async () => {
    const json = (s: string) => JSON.parse(s) as { documents: { old: { label: string }; new: { label: string } }; changes: { tags: string[] }[] };
    const asNew = await runWithStdin([OLD, '-', '--format', 'json'], readFileSync(NEW));
    expect(asNew.stderr).toBe('');
    expect(asNew.code).toBe(1);
    expect(json(asNew.stdout).documents.new.label).toBe('standard input');
    expect(json(asNew.stdout).changes.filter((c) => c.tags.includes('role-removed'))).toHaveLength(6);
    const asOld = await runWithStdin(['-', NEW, '--format', 'json'], readFileSync(OLD));
    expect(json(asOld.stdout).documents.old.label).toBe('standard input');
    expect(json(asOld.stdout).changes).toEqual(json((await runCli([OLD, NEW, '--format', 'json'])).stdout).changes);
  });

  it('"-" on both sides is an error; convert reads "-" too', async () => {
    const both = await runWithStdin(['-', '-'], '');
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('wtdiff: only one side can be read from standard input (-)\n');
    const html = '<!doctype html><html><body><h1>Fixture</h1><p>The plan is agreed.</p></body></html>';
    const converted = await runWithStdin(['convert', '-'], html);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toBe('# Fixture\n\nThe plan is agreed.\n');
  });

  it('--stat prints only the counts per section and per tag', async () => {
    const r = await runCli([OLD, NEW, '--stat']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`wtdiff: ${OLD} → ${NEW}`);
    expect(lines).toContain(' 5  Working Together to Safeguard Children (2018) › Progressing assessments and reviewing plans  [4 role-removed, 1 role-added, 1 role-substituted, 2 terminology, 5 wording]');
    expect(lines).toContain('8 of 10 changes shown: 2 editorial-only or terminology-only changes left out (--all shows them).');
    // No quotation of the documents' sentences.
    expect(r.stdout).not.toContain('should');
    const only = await runCli([OLD, NEW, '--stat', '--only', 'role-removed']);
    expect(only.stdout).toContain('6 of 10 changes shown: role-removed only.');
    expect((await runCli([OLD, NEW, '--stat', '--format', 'json'])).code).toBe(2);
  });

  it('--quiet prints nothing and keeps the exit code', async () => {
    const changed = await runCli([OLD, NEW, '--quiet']);
    expect(changed).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(await runCli([OLD, OLD, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const missing = await runCli([OLD, join(GUIDANCE, 'missing.md'), '--quiet']);
    expect(missing.code).toBe(2);
  });
});

describe('a filtered report says so, in every format (item 4)', () => {
  it('terminal, markdown and HTML state the filter and the totals; JSON records the options', async () => {
    for (const format of ['terminal', 'markdown', 'html', 'criticmarkup']) {
      const r = await runCli([OLD, NEW, '--format', format, '--only', 'role-removed']);
      expect(r.stdout, format).toContain('6 of 10 changes shown: role-removed only.');
      const none = await runCli([OLD, NEW, '--format', format, '--only', 'duty-weakened']);
      expect(none.stdout, format).toContain('0 of 10 changes shown: duty-weakened only.');
      expect(none.code).toBe(0);
    }
    const json = JSON.parse((await runCli([OLD, NEW, '--format', 'json', '--only', 'role-removed'])).stdout) as {
      options: unknown; filter: { only: string[]; total: { changes: number } }; summary: { changes: number };
    };
    expect(json.options).toEqual({ only: ['role-removed'], all: false });
    expect(json.filter.total.changes).toBe(10);
    expect(json.summary.changes).toBe(6);
    const plain = JSON.parse((await runCli([OLD, NEW, '--format', 'json', '--all'])).stdout) as { options: unknown; filter?: unknown };
    expect(plain.options).toEqual({ only: null, all: true });
    expect(plain.filter).toBeUndefined();
  });

  it('--only terminology shows the terminology changes', async () => {
    const r = await runCli([OLD, NEW, '--format', 'markdown', '--only', 'terminology']);
    expect(r.stdout).toContain('5 of 10 changes shown: terminology only.');
    expect(r.stdout.match(/^#### /gm)).toHaveLength(5);
  });
});

describe('progress names every stage (item 14)', () => {
  it('on a terminal, for large inputs, the bar says reading and parsing as well as the later stages', async () => {
    const para = (i: number) => `${i}. The social worker and their manager should agree a plan of action within ${i % 9 + 1} working days.\n\n`;
    const big = (n: number) => `# Fixture\n\n${Array.from({ length: 9000 }, (_, i) => para(i + n)).join('')}`;
    const f = fixtureFiles({ 'a.md': big(0), 'b.md': big(3) });
    let err = '';
    const code = await main({ argv: [f['a.md']!, f['b.md']!, '--format', 'json'], env: {}, stdout: { write: () => true }, stderr: { isTTY: true, write: (s: string) => ((err += s), true) } });
    expect(code).toBe(1);
    for (const stage of ['reading the inputs', 'parsing', 'aligning sections and paragraphs', 'diffing words', 'classifying changes', 'writing the report']) expect(err).toContain(stage);
    expect(err).not.toContain('starting');
  });
});

describe('British spellings (item 16)', () => {
  it('--colour and --no-colour work as --color and --no-color', async () => {
    const coloured = await runCli([OLD, NEW, '--colour']);
    expect(coloured.stdout).toContain(ESC);
    const plain = await runCli([OLD, NEW, '--no-colour'], { FORCE_COLOR: '3' });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stderr).toBe('');
  });
});

describe('swapped editions are noticed (item 7)', () => {
  it('says so on stderr when the titles put the newer edition first, and still compares as asked', async () => {
    const r = await runCli([NEW, OLD, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wtdiff: warning: the editions look swapped: the first, ${NEW}, is 2018 by its title and the second, ${OLD}, is 2015; changes are reported from the first to the second (give the older edition first)\n`);
    expect((JSON.parse(r.stdout) as { changes: { tags: string[] }[] }).changes.some((c) => c.tags.includes('role-added'))).toBe(true);
    expect((await runCli([OLD, NEW, '--format', 'json'])).stderr).toBe('');
    expect((await runCli([NEW, OLD, '--quiet'])).stderr).toBe('');
  });

  it('falls back to the file names when the titles carry no year', async () => {
    const f = fixtureFiles({ 'procedure-2024.md': '# Procedure (fixture)\n\nThe plan is agreed.\n', 'procedure-2021.md': '# Procedure (fixture)\n\nThe plan is agreed by the manager.\n' });
    const swapped = await runCli([f['procedure-2024.md']!, f['procedure-2021.md']!]);
    expect(swapped.stderr).toMatch(/^wtdiff: warning: the editions look swapped: the first, .*procedure-2024\.md, is 2024 by its file name and the second, .*procedure-2021\.md, is 2021;/);
    expect((await runCli([f['procedure-2021.md']!, f['procedure-2024.md']!])).stderr).toBe('');
  });
});

describe('the terminal counts changes, and a substitution reads as one line (items 5 and 6)', () => {
  it('says the per-tag figures count changes with each tag, and prints the substitution once', async () => {
    const r = await runCli([OLD, NEW]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('8 of 10 changes shown: 2 editorial-only or terminology-only changes left out (--all shows them).');
    expect(lines.at(-1)).toBe('Changes per tag (a change can have several): 8 wording, 6 role-removed, 5 terminology, 1 role-added, 1 role-substituted');
    expect(lines).toContain('    Manager → Colleague: talk through their concerns  ("a manager" → "colleagues")');
    expect(r.stdout).not.toContain('Colleague added to');
  });
});
