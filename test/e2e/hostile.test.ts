// Hostile inputs through the CLI core (main, in-process): every case ends with a correct result
// or exit 2 and one line on stderr — never a stack trace, a hang or an out-of-memory crash.
// Big inputs are generated in a temp dir. No wall-clock assertions. The one case that needs a
// real process (reading as another user) spawns the built bin.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline/compare.js';
import { renderJson } from '../../src/report/json.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { makeChalk } from '../../src/cli/color.js';
import { buildLexicon, validateRoleFile } from '../../src/classify/lexicon.js';
import { analyseSentence } from '../../src/classify/frames.js';
import { BIN, ROOT, runMain } from '../support/cli.js';

const FIX = join(ROOT, 'test/fixtures/hostile');
const OLD = join(FIX, 'fixture-old.md');
const NEW = join(FIX, 'fixture-new.md');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wtdiff-hostile-'));
});

afterAll(() => {
  if (dir) {
    try {
      chmodSync(join(dir, 'unreadable.md'), 0o644);
    } catch {
      /* not created */
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signal: string | null;
}

async function run(args: string[]): Promise<Run> {
  return { ...(await runMain(args, { NO_COLOR: '1' })), signal: null };
}

/** The built bin in a child process as another user (only a real process can change uid). */
function runAs(uid: number | undefined, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const user = uid === undefined ? {} : { uid, gid: uid };
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, ...user }, (err, stdout, stderr) => {
      const e = err as (Error & { code?: number | string; signal?: string | null }) | null;
      done({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr, signal: e?.signal ?? null });
    });
  });
}

/** Exit 2 with exactly one line on stderr, starting "wtdiff: ", and no stack frames. */
function expectTrouble(r: Run, mention?: RegExp): void {
  expect(r.signal, `killed: ${r.stderr}`).toBeNull();
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr.startsWith('wtdiff: ')).toBe(true);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/ {4}at /);
  expect(r.stderr).not.toMatch(/internal error/);
  if (mention) expect(r.stderr).toMatch(mention);
}

/** A completed comparison: exit 0 or 1, nothing on stderr, valid JSON when asked for. */
function expectResult(r: Run): void {
  expect(r.signal, `killed: ${r.stderr}`).toBeNull();
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const FIXTURE_HEAD = '# Test fixture: not statutory guidance\n\n';

describe('inputs', () => {
  it('binary file → exit 2, one line', async () => {
    const bin = file('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]));
    expectTrouble(await run([OLD, bin]), /binary/);
  });

  it('non-UTF-8 text (Latin-1, UTF-16 without a byte-order mark or broken) → exit 2, one line', async () => {
    const latin1 = file('latin1.md', Buffer.from('# Caf\xe9\n\nR\xe9sum\xe9 of the plan.\n', 'latin1'));
    expectTrouble(await run([latin1, NEW]), /UTF-8/);
    const noBom = file('utf16-nobom.md', Buffer.from('# Title\n\nText.\n', 'utf16le'));
    expectTrouble(await run([OLD, noBom]), /binary/);
    // A BOM then a lone high surrogate: says UTF-16, not binary.
    const broken = file('utf16-broken.md', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]));
    expectTrouble(await run([OLD, broken]), /UTF-16/);
    // An encoded lone surrogate (CESU-style) is not UTF-8 either.
    const surrogate = file('surrogate.md', Buffer.concat([Buffer.from('# T\n\nA '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' b.\n')]));
    expectTrouble(await run([OLD, surrogate]), /UTF-8/);
  });

  it('UTF-16 with a byte-order mark (Notepad "Unicode", either byte order) reads as the same document as UTF-8', async () => {
    const text = '# Plan (fixture)\r\n\r\nThe social worker should agree the plan with their manager. Café.\r\n';
    const utf8 = file('u8.txt', text);
    const le = file('u16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = file('u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const other of [le, be]) {
      const same = await run([utf8, other, '--format', 'json']);
      expectResult(same);
      expect(same.code).toBe(0);
      expect(JSON.parse(same.stdout).changes).toEqual([]);
    }
    const changed = file('u16-new.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(' with their manager', ''), 'utf16le')]));
    const diff = await run([utf8, changed, '--format', 'json']);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).changes[0].tags).toContain('role-removed');
  });

  it('empty files give a correct result', async () => {
    const empty = file('empty.md', '');
    const both = await run([empty, empty, '--format', 'json']);
    expectResult(both);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).changes).toEqual([]);
    const added = await run([empty, NEW, '--format', 'json']);
    expectResult(added);
    expect(added.code).toBe(1);
    const json = JSON.parse(added.stdout) as { changes: { kind: string }[] };
    expect(json.changes.length).toBeGreaterThan(0);
    expect(json.changes.every((c) => c.kind === 'added')).toBe(true);
    const blank = file('blank.md', ' \n\n\t\n');
    expectResult(await run([blank, empty]));
  });

  it('a directory → exit 2, one line', async () => {
    expectTrouble(await run([dir, NEW]), /directory/);
    expectTrouble(await run([OLD, FIX]), /directory/);
  });

  it('a missing file → exit 2, one line', async () => {
    expectTrouble(await run([join(dir, 'no-such-file.md'), NEW]), /no such file/);
    expectTrouble(await run([OLD, join(dir, 'missing-dir', 'x.md')]), /no such file/);
  });

  // Root reads any file, so as root (CI) the CLI runs as the unprivileged user "nobody".
  it('an unreadable file → exit 2, one line', async () => {
    const p = file('unreadable.md', FIXTURE_HEAD + 'Text.\n');
    chmodSync(p, 0o000);
    chmodSync(dirname(p), 0o755);
    expectTrouble(await runAs(process.getuid?.() === 0 ? 65534 : undefined, [p, NEW]), /permission denied/);
  });

  it('BOM and CRLF give the same result as the LF file', async () => {
    const lf = readFileSync(NEW, 'utf8');
    const crlf = file('crlf.md', `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    const cr = file('cr.md', lf.replace(/\n/g, '\r'));
    const base = JSON.parse((await run([OLD, NEW, '--format', 'json'])).stdout) as { changes: unknown[]; documents: unknown };
    for (const p of [crlf, cr]) {
      const r = await run([OLD, p, '--format', 'json']);
      expectResult(r);
      const other = JSON.parse(r.stdout) as typeof base;
      expect(other.changes).toEqual(base.changes);
    }
  });

  it('a megabyte-long paragraph of short sentences, edited', async () => {
    const para = 'The social worker must agree a plan within 5 days. '.repeat(21_000);
    const a = file('mb-para-a.md', `${FIXTURE_HEAD}${para}\n`);
    const b = file('mb-para-b.md', `${FIXTURE_HEAD}${para.replace('plan within 5 days. The', 'plan within 9 days. The')}Added at the end.\n`);
    const r = await run([a, b, '--format', 'json']);
    expectResult(r);
    const json = JSON.parse(r.stdout) as { changes: { kind: string; new: { text: string } | null }[] };
    expect(json.changes.some((c) => c.new?.text.includes('9 days'))).toBe(true);
    expect(json.changes.some((c) => c.kind === 'added' && c.new?.text === 'Added at the end.')).toBe(true);
  });

  it('a megabyte-long line that is one sentence, edited', async () => {
    const words = 'the manager must review the plan with the family and '.repeat(20_000);
    const a = file('mb-line-a.md', `${FIXTURE_HEAD}Intro here. ${words}end\n`);
    const b = file('mb-line-b.md', `${FIXTURE_HEAD}Intro here. ${words}finish\n`);
    const r = await run([a, b]);
    expectResult(r);
    expect(r.code).toBe(1);
  });

  it('a megabyte-long word (no spaces), edited', async () => {
    const word = 'a'.repeat(1_000_000);
    const a = file('mb-word-a.md', `${FIXTURE_HEAD}Intro. ${word} foo bar baz\n`);
    const b = file('mb-word-b.md', `${FIXTURE_HEAD}Intro. ${word} foo bar qux\n`);
    const r = await run([a, b, '--format', 'json']);
    expectResult(r);
    expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(0);
  });

  it('thousands of levels of nested lists on one line → exit 2, one line', async () => {
    const p = file('nested-list.md', `${FIXTURE_HEAD}${'- '.repeat(5000)}deep\n`);
    expectTrouble(await run([OLD, p]), /nested/);
    const q = file('nested-ordered.md', `${FIXTURE_HEAD}${'1. '.repeat(3000)}deep\n`);
    expectTrouble(await run([q, NEW]), /nested/);
  });

  it('thousands of levels of nested quotes, over many lines → exit 2, one line', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${'> '.repeat(i + 1)}line ${i}.`).join('\n');
    const p = file('nested-quote.md', `${FIXTURE_HEAD}${lines}\n`);
    expectTrouble(await run([OLD, p]), /nested/);
    const one = file('nested-quote-line.md', `${FIXTURE_HEAD}${'>'.repeat(10_000)} deep\n`);
    expectTrouble(await run([OLD, one]), /nested/);
    const indented = file('nested-indent.md', `${FIXTURE_HEAD}${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`);
    expectTrouble(await run([OLD, indented]), /nested/);
  });

  it('moderate nesting (40 levels) still compares', async () => {
    const a = file('nest40-a.md', `${FIXTURE_HEAD}${'> '.repeat(40)}Deep quoted text stays.\n\n${'- '.repeat(40)}Deep item one.\n`);
    const b = file('nest40-b.md', `${FIXTURE_HEAD}${'> '.repeat(40)}Deep quoted text stays.\n\n${'- '.repeat(40)}Deep item two.\n`);
    const r = await run([a, b, '--format', 'json']);
    expectResult(r);
    expect(JSON.parse(r.stdout).changes).toHaveLength(1);
  });

  it('a huge table → exit 2, one line; a large one compares', async () => {
    const header = `| ${Array.from({ length: 50 }, (_, i) => `h${i}`).join(' | ')} |\n|${'---|'.repeat(50)}\n`;
    const rows = Array.from({ length: 5000 }, (_, r) => `| ${Array.from({ length: 50 }, (_, c) => `r${r}c${c}`).join(' | ')} |`).join('\n');
    const huge = file('huge-table.md', `${FIXTURE_HEAD}${header}${rows}\n`);
    expectTrouble(await run([OLD, huge]), /table/);
    const wide = file('wide-table.md', `${FIXTURE_HEAD}| ${Array.from({ length: 100_000 }, (_, i) => `h${i}`).join(' | ')} |\n`);
    expectTrouble(await run([wide, NEW]), /table/);

    const small = (edit: boolean) =>
      `${FIXTURE_HEAD}| Who | When |\n| --- | --- |\n${Array.from({ length: 2000 }, (_, r) => `| Person ${r} | Within ${edit && r === 1500 ? 7 : 5} days of referral ${r} |`).join('\n')}\n`;
    const r = await run([file('table-a.md', small(false)), file('table-b.md', small(true)), '--format', 'json']);
    expectResult(r);
    const changes = JSON.parse(r.stdout).changes as { new: { text: string } }[];
    expect(changes).toHaveLength(1);
    expect(changes[0]!.new.text).toContain('Within 7 days of referral 1500');
  });

  it('ten thousand sections, edited', async () => {
    const doc = (edit: boolean) =>
      FIXTURE_HEAD + Array.from({ length: 10_000 }, (_, i) => `## Section ${i}\n\nThe text of section ${i} says ${edit && i % 1000 === 7 ? 'another thing' : 'something'}.\n`).join('\n');
    const r = await run([file('sections-a.md', doc(false)), file('sections-b.md', doc(true)), '--format', 'json']);
    expectResult(r);
    expect(JSON.parse(r.stdout).changes).toHaveLength(10);
  });

  it('ten thousand renamed sections with identical text', async () => {
    const doc = (prefix: string) => FIXTURE_HEAD + Array.from({ length: 10_000 }, (_, i) => `## ${prefix} ${i}\n\nSame text everywhere.\n`).join('\n');
    const r = await run([file('renamed-a.md', doc('Heading')), file('renamed-b.md', doc('Chapter')), '--format', 'json']);
    expectResult(r);
    expect(JSON.parse(r.stdout).changes).toEqual([]);
  });
});

describe('output safety', () => {
  const evil = `${FIXTURE_HEAD}## Evil \u001b]0;pwned\u0007 heading\n\nThe plan \u001b[2J\u001b[31mmust\u001b[0m be agreed \u009b31m here \u202Egnirts\u202C.\n`;
  const evilNew = evil.replace('must', 'should').replace('here', 'there \u0007\u0008');

  it('terminal output carries no control characters or escape sequences from the documents', async () => {
    const r = await run([file('evil-a.md', evil), file('evil-b.md', evilNew), '--no-color']);
    expectResult(r);
    expect(r.stdout).toContain('should');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });

  it('error messages carry no control characters from paths', async () => {
    const r = await run([join(dir, 'no\u001b[31mfile\u0007.md'), NEW]);
    expectTrouble(r, /no such file/);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  });

  it('JSON output is valid for any input, lone surrogates included', async () => {
    const r = await run([file('evil-ja.md', evil), file('evil-jb.md', evilNew), '--format', 'json']);
    expectResult(r);
    expect(() => JSON.parse(r.stdout)).not.toThrow();

    const cmp = compare(`# T\n\nA lone \uD800 surrogate here.\n\nAnother \uDC00 one.\n`, `# T\n\nA lone \uDBFF surrogate there.\n\nAnother \uDC00\uD800 two.\n`);
    for (const text of [renderJson(cmp, { all: true, chalk: makeChalk(0) }), renderTerminal(cmp, { all: true, chalk: makeChalk(0) })]) {
      // Well-formed: survives a UTF-8 round trip unchanged.
      expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
    }
    const json = renderJson(cmp, { all: true, chalk: makeChalk(0) });
    expect(json).toBe(Buffer.from(json, 'utf8').toString('utf8'));
    expect(JSON.parse(json).changes.length).toBeGreaterThan(0);
  });
});

describe('--roles', () => {
  it('a bad entry → exit 2, one line naming roles[1] and the role id', async () => {
    const roles = file('roles-bad.json', JSON.stringify({ roles: [{ id: 'mentor', terms: ['mentor'] }, { id: 'coach', terms: [] }] }));
    const r = await run([OLD, NEW, '--roles', roles]);
    expectTrouble(r, /roles\[1\]/);
    expect(r.stderr).toContain('coach');
  });

  it('a regex-like term such as (a+)+$ is rejected, naming the entry', async () => {
    const roles = file('roles-regex.json', JSON.stringify({ roles: [{ id: 'mentor', terms: ['mentor'] }, { id: 'evil', terms: ['(a+)+$'] }] }));
    const r = await run([OLD, NEW, '--roles', roles]);
    expectTrouble(r, /roles\[1\]/);
    expect(r.stderr).toContain('evil');
  });

  it('invalid JSON, a repeated id and a wrong top level → exit 2, one line', async () => {
    expectTrouble(await run([OLD, NEW, '--roles', file('roles-syntax.json', '{"roles": [')]), /JSON/);
    expectTrouble(await run([OLD, NEW, '--roles', file('roles-dup.json', JSON.stringify({ roles: [{ id: 'a', terms: ['x'] }, { id: 'a', terms: ['y'] }] }))]), /roles\[1\].*"a"/);
    expectTrouble(await run([OLD, NEW, '--roles', file('roles-array.json', '[1,2]')]));
    expectTrouble(await run([OLD, NEW, '--roles', join(dir, 'no-roles.json')]), /no such file/);
  });

  it('a valid file is used', async () => {
    const roles = file('roles-ok.json', JSON.stringify({ roles: [{ id: 'mentor', label: 'Mentor', terms: ['mentor', 'mentors'] }] }));
    const a = file('mentor-a.md', `${FIXTURE_HEAD}The mentor must agree the plan.\n`);
    const b = file('mentor-b.md', `${FIXTURE_HEAD}The manager must agree the plan.\n`);
    const r = await run([a, b, '--roles', roles, '--format', 'json']);
    expectResult(r);
    expect(JSON.parse(r.stdout).changes[0].roles.removed).toContain('mentor');
  });

  it('terms are literal phrases even when validation is bypassed: no regex, no hang', () => {
    const lexicon = buildLexicon({ extend: false, roles: [{ id: 'evil', terms: ['(a+)+$', '.*', 'a|b'] }] });
    const text = `${'a'.repeat(50_000)}! The (a+)+$ must agree .* and a|b.`;
    const frame = analyseSentence(text, lexicon);
    // Literal: "(a+)+$" tokenises to the word "a" in parentheses, never a pattern.
    expect(frame.isDecision).toBe(true);
    expect(() => validateRoleFile({ roles: [{ id: 'evil', terms: ['(a+)+$'] }] })).toThrow(/roles\[0\]/);
  });
});

describe('--output', () => {
  it('writes atomically and never touches the inputs', async () => {
    const a = file('out-in-a.md', readFileSync(OLD));
    const b = file('out-in-b.md', readFileSync(NEW));
    const before = [a, b].map((p) => ({ m: statSync(p).mtimeMs, c: readFileSync(p) }));
    const out = join(dir, 'out', 'report.json');
    mkdirSync(join(dir, 'out'), { recursive: true });
    const r = await run([a, b, '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).changes.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']); // no temporary left behind
    [a, b].forEach((p, i) => {
      expect(statSync(p).mtimeMs).toBe(before[i]!.m);
      expect(readFileSync(p).equals(before[i]!.c)).toBe(true);
    });
  });

  it('output into a missing directory → exit 2, one line', async () => {
    const r = await run([OLD, NEW, '--output', join(dir, 'nowhere', 'deeper', 'report.txt')]);
    expectTrouble(r, /cannot write/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('a failed run leaves an existing output file untouched', async () => {
    const out = file('existing-report.txt', 'previous report\n');
    const before = statSync(out).mtimeMs;
    for (const args of [[join(dir, 'missing.md'), NEW], [OLD, file('bad-bin.md', Buffer.from([0, 1, 2]))], [OLD, file('deep.md', '- '.repeat(5000))]]) {
      expectTrouble(await run([...args, '--output', out]));
      expect(readFileSync(out, 'utf8')).toBe('previous report\n');
      expect(statSync(out).mtimeMs).toBe(before);
    }
  });

  it('an output path that is a directory → exit 2, one line, directory untouched', async () => {
    const target = join(dir, 'out-dir');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expectTrouble(await run([OLD, NEW, '--output', target]), /cannot write/);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
