// `wtdiff check` on a stranger's pull request, and `-o` next to the user's files: each case
// is a reproduction from the security review (issue 14), in a real git repository in a temp
// dir, through the CLI core. A case passes only if nothing outside the repository reaches
// the output, nothing is lost and nothing hangs.
// Document text in this file is test fixture text, not guidance.
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { git, repo, supervision, tempDir, write } from '../support/git-repo.js';
import { BIN, runMain } from '../support/cli.js';

const SECRET = 'SECRET-TOKEN-do-not-print';
const FORMATS = ['terminal', 'json', 'sarif', 'github'];

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A file outside the repository holding a secret, like /etc/shadow or a CI credential. */
function secretFile(): string {
  const p = join(tempDir(), 'secret.txt');
  writeFileSync(p, `root:${SECRET}:19000:0:99999:7:::\n`);
  return p;
}

async function check(root: string, ...args: string[]) {
  return runMain(['check', '--base', 'main', ...args], { NO_COLOR: '1' }, { cwd: root });
}

function expectNoSecret(r: { stdout: string; stderr: string }): void {
  expect(r.stdout).not.toContain(SECRET);
  expect(r.stderr).not.toContain(SECRET);
}

describe('symlinks in a pull request are never read through (item 1)', () => {
  it('a *.md symlink to a secret file, to .git/config or to /dev/zero is compared as its link text in every format', async () => {
    const root = repo({ 'procedures/p.md': supervision(true) });
    // CI checkouts keep an auth header in .git/config.
    git(root, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${SECRET}`);
    const secret = secretFile();
    symlinkSync(secret, join(root, 'leak.md'));
    symlinkSync('.git/config', join(root, 'cfg.md'));
    symlinkSync('/dev/zero', join(root, 'z.md'));
    for (const format of FORMATS) {
      const r = await check(root, '-f', format, '--all');
      expect(r.code, r.stderr).toBe(0);
      expectNoSecret(r);
      expect(r.stdout).not.toContain('extraheader');
      if (format === 'json') {
        const files = (JSON.parse(r.stdout) as { files: { path: string; symlink?: string }[] }).files;
        expect(files.map((f) => [f.path, f.symlink])).toEqual([
          ['cfg.md', 'new'],
          ['leak.md', 'new'],
          ['z.md', 'new'],
        ]);
      }
    }
    const terminal = await check(root, '--all');
    expect(terminal.stdout).toContain('its link text compared, never followed');
    expect(terminal.stdout).toContain('/dev/zero');
  });

  it('a procedure replaced by a symlink fails the check: its roles are gone from what is compared', async () => {
    const root = repo({ 'p.md': supervision(true) });
    execFileSync('rm', [join(root, 'p.md')]);
    symlinkSync(secretFile(), join(root, 'p.md'));
    const r = await check(root, '-f', 'github');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('role-removed');
    expectNoSecret(r);
  });

  it('a symlink in the base commit (mode 120000) is read as its link text, not followed', async () => {
    const root = tempDir();
    git(root, 'init', '-q', '-b', 'main');
    symlinkSync(secretFile(), join(root, 'old.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base with a symlink');
    execFileSync('rm', [join(root, 'old.md')]);
    write(root, { 'old.md': supervision(true) });
    const r = await check(root, '-f', 'json', '--all');
    expect(r.code, r.stderr).toBe(0);
    expectNoSecret(r);
    const file = (JSON.parse(r.stdout) as { files: { symlink?: string }[] }).files[0]!;
    expect(file.symlink).toBe('old');
  });

  it('configuration-named files must resolve inside the repository; the error never quotes them', async () => {
    const secret = secretFile();
    const cases: [string, Record<string, string>, (root: string) => void][] = [
      ['roles outside', { 'wtdiff.config.json': JSON.stringify({ roles: secret }) }, () => undefined],
      ['roles through ..', { 'wtdiff.config.json': JSON.stringify({ roles: `../../../../../../../..${secret}` }) }, () => undefined],
      ['accepted outside', { 'wtdiff.config.json': JSON.stringify({ accepted: secret }) }, () => undefined],
      ['roles symlink inside → outside', { 'wtdiff.config.json': JSON.stringify({ roles: 'roles.json' }) }, (root) => symlinkSync(secret, join(root, 'roles.json'))],
      ['roles symlink → /dev/zero', { 'wtdiff.config.json': JSON.stringify({ roles: 'roles.json' }) }, (root) => symlinkSync('/dev/zero', join(root, 'roles.json'))],
      ['default accepted file symlink', {}, (root) => symlinkSync(secret, join(root, '.wtdiff-accepted.json'))],
      ['config file itself a symlink', {}, (root) => symlinkSync(secret, join(root, 'wtdiff.config.json'))],
    ];
    for (const [name, files, extra] of cases) {
      const root = repo({ 'p.md': supervision(true) });
      write(root, { ...files, 'p.md': supervision(false) });
      extra(root);
      const r = await check(root);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/outside the repository|resolves outside/);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expectNoSecret(r);
    }
  });
});

describe('error messages never quote a file that is not a document (item 4)', () => {
  it('an accepted-changes file, role lexicon or configuration that is not JSON is named, not quoted', async () => {
    const body = `root:${SECRET}:19000\n`;
    const cases: [string, Record<string, string>, string[]][] = [
      ['accepted', { 'wtdiff.config.json': JSON.stringify({ accepted: 'acc.json' }), 'acc.json': body }, []],
      ['roles', { 'wtdiff.config.json': JSON.stringify({ roles: 'roles.json' }), 'roles.json': body }, []],
      ['config', { 'wtdiff.config.json': body }, []],
      ['--roles flag', { 'r.json': body }, ['--roles', 'r.json']],
      ['--accepted flag', { 'a.json': `{"accepted": [${body}` }, ['--accepted', 'a.json']],
    ];
    for (const [name, files, args] of cases) {
      const root = repo({ 'p.md': supervision(true) });
      write(root, { ...files, 'p.md': supervision(false) });
      const r = await runMain(['check', '--base', 'main', ...args.map((a) => (a.endsWith('.json') ? join(root, a) : a))], { NO_COLOR: '1' }, { cwd: root });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain('not valid JSON');
      expectNoSecret(r);
    }
  });
});

describe('-o never replaces what it should not (item 5)', () => {
  it('refuses an input as the output (compare, convert, check), and leaves it as it was', async () => {
    const root = repo({ 'procedures/p.md': supervision(true) });
    write(root, { 'procedures/p.md': supervision(false), 'page.html': '<p>The practitioner must agree a plan.</p>' });
    const a = join(root, 'a.md');
    const b = join(root, 'b.md');
    write(root, { 'a.md': supervision(true), 'b.md': supervision(false) });
    const link = join(root, 'link-to-a.md');
    symlinkSync(a, link);
    const before = readFileSync(a, 'utf8');
    for (const args of [
      [a, b, '-o', a],
      [a, b, '-o', link],
      ['convert', join(root, 'page.html'), '-o', join(root, 'page.html')],
    ]) {
      const r = await runMain(args, { NO_COLOR: '1' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/input of this run/);
    }
    expect(readFileSync(a, 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'page.html'), 'utf8')).toBe('<p>The practitioner must agree a plan.</p>');
    const tracked = readFileSync(join(root, 'procedures/p.md'), 'utf8');
    const r = await check(root, '-o', 'procedures/p.md', '--format', 'terminal');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git tracks/);
    // Without --format, .md names a format check does not write: refused before anything runs.
    const inferred = await check(root, '-o', 'procedures/p.md');
    expect(inferred.code).toBe(2);
    expect(inferred.stderr).toMatch(/cannot write markdown/);
    expect(readFileSync(join(root, 'procedures/p.md'), 'utf8')).toBe(tracked);
  });

  it('writes into /dev/null and a FIFO without replacing them, and through a symlink to its target', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    write(dir, { 'a.md': supervision(true), 'b.md': supervision(false) });
    const devnull = statSync('/dev/null');
    expect((await runMain([a, b, '-o', '/dev/null'])).code).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(statSync('/dev/null').ino).toBe(devnull.ino);

    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString('utf8')));
    const closed = new Promise((done) => reader.on('close', done));
    expect((await runMain([a, b, '-o', fifo, '-f', 'json'])).code).toBe(1);
    await closed;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect((JSON.parse(read) as { summary: unknown }).summary).toBeDefined();

    mkdirSync(join(dir, 'reports'));
    const target = join(dir, 'reports', 'latest.md');
    writeFileSync(target, 'old report\n');
    const link = join(dir, 'latest.md');
    symlinkSync(target, link);
    expect((await runMain([a, b, '-o', link, '-f', 'markdown'])).code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toContain('wtdiff');
  });
});

describe('sizes are counted while reading (item 8)', () => {
  it('/dev/zero as an input, as --roles, or behind a symlinked config roles file ends with one line and exit 2', async () => {
    vi.stubEnv('WTDIFF_MAX_INPUT_BYTES', String(2 * 1024 * 1024));
    vi.stubEnv('WTDIFF_MAX_CONFIG_BYTES', String(1024 * 1024));
    const dir = tempDir();
    write(dir, { 'a.md': supervision(true) });
    const asInput = await runMain([join(dir, 'a.md'), '/dev/zero']);
    expect(asInput.code).toBe(2);
    expect(asInput.stderr).toBe('wtdiff: cannot read /dev/zero: larger than the 2 MB limit (set WTDIFF_MAX_INPUT_BYTES to change it)\n');
    const asRoles = await runMain([join(dir, 'a.md'), join(dir, 'a.md'), '--roles', '/dev/zero']);
    expect(asRoles.code).toBe(2);
    expect(asRoles.stderr).toBe('wtdiff: cannot read /dev/zero: larger than the 1 MB limit (set WTDIFF_MAX_CONFIG_BYTES to change it)\n');
  });

  it('a base-commit file larger than the input limit is refused with one line', async () => {
    const root = repo({ 'big.md': `# Big\n\n${'The practitioner must agree a plan. '.repeat(40_000)}\n` });
    write(root, { 'big.md': '# Big\n\nShort now.\n' });
    vi.stubEnv('WTDIFF_MAX_INPUT_BYTES', String(1024 * 1024));
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: cannot read big\.md at main: larger than the 1 MB limit/);
  });

  it('an environment limit that is not a number is a usage error', async () => {
    vi.stubEnv('WTDIFF_MAX_INPUT_BYTES', 'lots');
    const dir = tempDir();
    write(dir, { 'a.md': supervision(true) });
    const r = await runMain([join(dir, 'a.md'), join(dir, 'a.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wtdiff: WTDIFF_MAX_INPUT_BYTES must be a positive whole number of bytes, not "lots"\n');
  });
});

describe('an interrupted write leaves nothing behind (item 6)', () => {
  it('SIGTERM or SIGINT mid-write removes the temporary file and keeps the old output', async () => {
    const dir = tempDir();
    const input = join(dir, 'big.md');
    // ~40 MB, so the write takes long enough to be interrupted.
    writeFileSync(input, `# Big (fixture)\n\n${'The practitioner must agree a plan with their manager. '.repeat(12)}\n\n`.repeat(60_000));
    const out = join(dir, 'out', 'report.md');
    mkdirSync(join(dir, 'out'));
    let interrupted = 0;
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const) {
      writeFileSync(out, 'the old report\n');
      const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
        const child = spawn(process.execPath, [BIN, 'convert', input, '-o', out], { stdio: 'ignore' });
        const watcher = watch(join(dir, 'out'), (_event, name) => {
          if (name && String(name).endsWith('.tmp')) {
            watcher.close();
            child.kill(signal);
          }
        });
        child.on('exit', (code, sig) => {
          watcher.close();
          done({ code, signal: sig });
        });
      });
      // Nothing half-written, whenever the signal came.
      expect(readdirSync(join(dir, 'out'))).toEqual(['report.md']);
      const text = readFileSync(out, 'utf8');
      if (outcome.signal === signal) {
        interrupted++;
        expect(text).toBe('the old report\n');
      } else {
        expect(outcome.code).toBe(0);
        expect(text.length).toBeGreaterThan(1_000_000);
      }
    }
    // At least one signal landed during the write (the rest may have come after the rename).
    expect(interrupted).toBeGreaterThan(0);
  }, 120_000);
});

describe('no workflow commands from role labels (item 2)', () => {
  it('a role file (named by the PR config or by --roles) whose label holds a newline or a control is refused by the schema', async () => {
    for (const label of ['Boss\n::error::INJECTED', 'Boss\r::error::INJECTED', 'Boss\u001b]0;x\u0007', 'Boss\u2028::error::x', 'Boss\u202e']) {
      const roles = JSON.stringify({ roles: [{ id: 'team-manager', label, terms: ['team manager'] }] });
      const root = repo({ 'p.md': supervision(true) });
      write(root, { 'p.md': supervision(false), 'wtdiff.config.json': JSON.stringify({ roles: 'roles.json' }), 'roles.json': roles });
      for (const args of [[], ['--roles', join(root, 'roles.json')]]) {
        const r = await check(root, '-f', 'github', ...args);
        expect(r.code, JSON.stringify(label)).toBe(2);
        expect(r.stderr).toMatch(/^wtdiff: --roles .*roles\.json: roles\[0\]\.label \(role "team-manager"\) must not contain control characters, line breaks or bidirectional overrides\n$/);
        expect(`${r.stdout}${r.stderr}`.split('\n').some((l) => l.startsWith('::'))).toBe(false);
      }
    }
  });
});

describe('--write-accepted keeps what it did not write (item 7)', () => {
  it('unknown top-level keys and per-entry keys survive a rewrite through the CLI, in order', async () => {
    const root = repo({ 'p.md': supervision(true), 'q.md': supervision(true) });
    write(root, { 'p.md': supervision(false) });
    const first = await check(root, '-f', 'json');
    const id = (JSON.parse(first.stdout) as { failing: { change: { id: string } }[] }).failing[0]!.change.id;
    const file = {
      $schema: './accepted.schema.json',
      notes: 'Reviewed at the partnership meeting',
      accepted: [{ id, reason: 'agreed', reviewer: 'J. Smith', ticket: 'SG-12', file: 'p.md', tags: ['role-removed'], text: 'as quoted then' }],
    };
    write(root, { '.wtdiff-accepted.json': JSON.stringify(file, null, 2), 'q.md': supervision(false) });
    const r = await check(root, '--write-accepted', '.wtdiff-accepted.json');
    expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(root, '.wtdiff-accepted.json'), 'utf8')) as typeof file;
    expect(Object.keys(after)).toEqual(['$schema', 'notes', 'accepted']);
    expect(after.notes).toBe(file.notes);
    expect(after.accepted[0]).toEqual(file.accepted[0]);
    expect(after.accepted).toHaveLength(2);
    expect(after.accepted[1]).toMatchObject({ reason: '', file: 'q.md' });
  });
});
