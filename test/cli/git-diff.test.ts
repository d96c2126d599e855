// `wtdiff git-diff`: the adapter for git's external diff interface, in-process with the 7
// GIT_EXTERNAL_DIFF arguments, and as git itself runs it (the built bin) on a real repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from '../support/cli.js';
import { git, repo, supervision, tempDir, write } from '../support/git-repo.js';
import { markdownToDocx } from '../support/documents.js';

const run = (cwd: string, ...argv: string[]) => runMain(argv, { NO_COLOR: '1' }, { cwd });
const Z = '0'.repeat(40);
const PNG = (tail: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(tail)]);
const FALLBACK = "not a format wtdiff reads (markdown, text, HTML, DOCX, PDF); git's diff follows";

/** The built bin as git runs it: GIT_EXTERNAL_DIFF, or a diff driver's command. */
function gitWith(root: string, args: string[], env: Record<string, string> = {}): string {
  expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ is missing: run npm run build').toBe(true);
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}
const BIN_CMD = `node ${JSON.stringify(join(ROOT, 'bin/wtdiff.js'))} git-diff`;

describe('git-diff adapter', () => {
  it('compares old-file and new-file from the 7 GIT_EXTERNAL_DIFF arguments and exits 0', async () => {
    const dir = tempDir();
    write(dir, { 'old.md': supervision(true), 'new.md': supervision(false) });
    const r = await run(dir, 'git-diff', 'procedures/supervision.md', 'old.md', 'abc', '100644', 'new.md', 'def', '100644');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('role-removed');
    const added = await run(dir, 'git-diff', 'procedures/new.md', '/dev/null', '.', '.', 'new.md', 'def', '100644');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added');
    const bad = await run(dir, 'git-diff', 'x.md', 'missing.md', 'a', 'b', 'new.md', 'c', 'd');
    expect(bad.code).toBe(0);
    expect(bad.stderr).toMatch(/wtdiff git-diff/);
  });

  it('cites a text file by its own lines, as compare does, not by the lines of the markdown made from it', async () => {
    const dir = tempDir();
    // Fixture text, not guidance: a hard-wrapped paragraph the text reader joins into one line.
    const text = (who: string) => `Fixture procedure\n\nThe chair records the decision in the case\nfile and tells the family. ${who}\napproves the record.\n`;
    write(dir, { 'old.txt': text('The manager'), 'new.txt': text('The team') });
    const r = await run(dir, 'git-diff', 'procedures/p.txt', 'old.txt', 'abc', '100644', 'new.txt', 'def', '100644');
    expect(r.stdout).toContain('old line 4 → new line 4');
  });

  it('works as GIT_EXTERNAL_DIFF inside git diff, renames included (9 arguments)', async () => {
    // git runs the built bin (npm test builds first).
    expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ is missing: run npm run build').toBe(true);
    const root = repo({ 'procedures/supervision.md': supervision(true) });
    git(root, 'mv', 'procedures/supervision.md', 'procedures/renamed.md');
    write(root, { 'procedures/renamed.md': supervision(false) });
    git(root, 'add', '-A');
    const bin = join(ROOT, 'bin/wtdiff.js');
    const out = execFileSync('git', ['diff', '--cached', '-M', '--ext-diff'], { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_EXTERNAL_DIFF: `node ${JSON.stringify(bin)} git-diff`, NO_COLOR: '1' } });
    expect(out).toContain('b/procedures/renamed.md');
    expect(out).toContain('role-removed');
  });

  it("says in one line that a file is not a format wtdiff reads, then shows git's own diff under the repository paths", async () => {
    const dir = tempDir();
    write(dir, { 'old-blob': '{\n  "a": 1,\n  "b": 2\n}\n', 'new-blob': '{\n  "a": 1,\n  "b": 3\n}\n' });
    const r = await run(dir, 'git-diff', 'config/settings.json', 'old-blob', Z, '100644', 'new-blob', Z, '100644');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`wtdiff: a/config/settings.json → b/config/settings.json: ${FALLBACK}`);
    expect(lines[1]).toBe('diff --git a/config/settings.json b/config/settings.json');
    expect(lines).toContain('--- a/config/settings.json');
    expect(lines).toContain('+++ b/config/settings.json');
    expect(lines).toContain('-  "b": 2');
    expect(lines).toContain('+  "b": 3');
    // neither the blobs' names nor the temp dir show
    expect(r.stdout).not.toMatch(/blob|wtdiff-git-diff-/);
  });

  it('handles binary files, added and deleted files, and renames the same way', async () => {
    const dir = tempDir();
    write(dir, { 'old.png': PNG('one\u0000'), 'new.png': PNG('two\u0000'), 'data.csv': 'a,b\n1,2\n' });
    const bin = await run(dir, 'git-diff', 'img/logo.png', 'old.png', Z, '100644', 'new.png', Z, '100644');
    expect(bin.stdout).toContain(`wtdiff: a/img/logo.png → b/img/logo.png: ${FALLBACK}\n`);
    expect(bin.stdout).toContain('Binary files a/img/logo.png and b/img/logo.png differ');
    const added = await run(dir, 'git-diff', 'data.csv', '/dev/null', '.', '.', 'data.csv', Z, '100644');
    expect(added.stdout.split('\n').slice(0, 5)).toEqual([`wtdiff: /dev/null → b/data.csv: ${FALLBACK}`, 'diff --git b/data.csv b/data.csv', 'new file mode 100644', expect.stringMatching(/^index 0+\.\.[0-9a-f]+$/), '--- /dev/null']);
    const deleted = await run(dir, 'git-diff', 'data.csv', 'data.csv', Z, '100644', '/dev/null', '.', '.');
    expect(deleted.stdout).toContain(`wtdiff: a/data.csv → /dev/null: ${FALLBACK}\n`);
    expect(deleted.stdout).toContain('deleted file mode 100644');
    const renamed = await run(dir, 'git-diff', 'old/data.csv', 'data.csv', Z, '100644', 'data.csv', Z, '100644', 'new/data.csv', 'similarity index 100%\n');
    expect(renamed.stdout.split('\n')[0]).toBe(`wtdiff: a/old/data.csv → b/new/data.csv: ${FALLBACK}`);
  });

  it("falls back to git's diff, with wtdiff's reason, for a document it cannot read", async () => {
    const dir = tempDir();
    write(dir, { 'old.md': supervision(true), 'new.md': Buffer.from([0x41, 0x00, 0x42, 0x0a]) });
    const r = await run(dir, 'git-diff', 'procedures/p.md', 'old.md', Z, '100644', 'new.md', Z, '100644');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^wtdiff: a\/procedures\/p\.md → b\/procedures\/p\.md: cannot read procedures\/p\.md: .*binary.*; git's diff follows$/);
    expect(r.stdout).toContain('diff --git a/procedures/p.md b/procedures/p.md');
    expect(r.stdout).not.toContain('role-removed');
  });

  it('reads the formats wtdiff reads: DOCX by its extension, and by its bytes when the name has no extension', async () => {
    const dir = tempDir();
    write(dir, { 'old.bin': await markdownToDocx(supervision(true)), 'new.bin': await markdownToDocx(supervision(false)) });
    for (const name of ['procedures/supervision.docx', 'procedures/supervision']) {
      const r = await run(dir, 'git-diff', name, 'old.bin', Z, '100644', 'new.bin', Z, '100644');
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')[0]).toBe(`wtdiff: a/${name} → b/${name}`);
      expect(r.stdout).toContain('role-removed');
    }
    // a text file without a known extension is code or data more often than guidance: git's diff
    write(dir, { 'old.txt': supervision(true), 'new.txt': supervision(false) });
    const plain = await run(dir, 'git-diff', 'Makefile', 'old.txt', Z, '100644', 'new.txt', Z, '100644');
    expect(plain.stdout.split('\n')[0]).toBe(`wtdiff: a/Makefile → b/Makefile: ${FALLBACK}`);
    // a rename from .md to a name without one is still compared
    const renamed = await run(dir, 'git-diff', 'p.md', 'old.txt', Z, '100644', 'new.txt', Z, '100644', 'p', 'rename');
    expect(renamed.stdout).toContain('role-removed');
  });

  it('sets off every file after the first with a blank line (GIT_DIFF_PATH_COUNTER), and colours only when asked', async () => {
    const dir = tempDir();
    write(dir, { 'a.json': '1\n', 'b.json': '2\n' });
    const args = ['git-diff', 'x.json', 'a.json', Z, '100644', 'b.json', Z, '100644'];
    const first = await runMain(args, { NO_COLOR: '1', GIT_DIFF_PATH_COUNTER: '1' }, { cwd: dir });
    const second = await runMain(args, { NO_COLOR: '1', GIT_DIFF_PATH_COUNTER: '2' }, { cwd: dir });
    expect(first.stdout.startsWith('wtdiff: a/x.json')).toBe(true);
    expect(second.stdout).toBe(`\n${first.stdout}`);
    expect(first.stdout).not.toContain('\u001b');
    const coloured = await runMain([...args, '--color'], {}, { cwd: dir });
    expect(coloured.stdout).toContain('\u001b[31m-1');
    // escape codes in the file itself never reach the terminal, coloured or not
    write(dir, { 'c.json': '"\u001b[38;5;199mpink\u001b]0;title\u0007"\n' });
    for (const env of [{ FORCE_COLOR: '3' }, { NO_COLOR: '1' }]) {
      const hostile = await runMain(['git-diff', 'x.json', 'a.json', Z, '100644', 'c.json', Z, '100644'], env, { cwd: dir });
      expect(hostile.stdout).toContain('+"\\u001b[38;5;199mpink\\u001b]0;title\\u0007"');
      expect(hostile.stdout).not.toMatch(/\u001b\[38;5;199m|\u001b\]|\u0007/);
    }
  });

  it('as GIT_EXTERNAL_DIFF over many files: each under a header line naming its paths, documents by wtdiff, the rest by git', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true), 'config.json': '{"a": 1}\n', 'img/logo.png': PNG('one\u0000'), 'zz.md': supervision(true) });
    write(root, { 'procedures/supervision.md': supervision(false), 'config.json': '{"a": 2}\n', 'img/logo.png': PNG('two\u0000'), 'zz.md': supervision(true, ' Minutes are kept.') });
    const out = gitWith(root, ['diff', '--ext-diff'], { GIT_EXTERNAL_DIFF: BIN_CMD });
    const headers = out.split('\n').filter((l) => l.startsWith('wtdiff: '));
    expect(headers).toEqual([
      `wtdiff: a/config.json → b/config.json: ${FALLBACK}`,
      `wtdiff: a/img/logo.png → b/img/logo.png: ${FALLBACK}`,
      'wtdiff: a/procedures/supervision.md → b/procedures/supervision.md',
      'wtdiff: a/zz.md → b/zz.md',
    ]);
    // each header after the first follows a blank line
    for (const h of headers.slice(1)) expect(out).toContain(`\n\n${h}\n`);
    expect(out).toContain('-{"a": 1}\n+{"a": 2}');
    expect(out).toContain('Binary files a/img/logo.png and b/img/logo.png differ');
    expect(out).toContain('role-removed');
    expect(out).not.toMatch(/git-blob|wtdiff-git-diff-|\/tmp\//);
  });

  it('as a diff driver for Word documents (*.docx diff=wtdiff), which git would otherwise call binary', async () => {
    const root = repo({ '.gitattributes': '*.docx diff=wtdiff\n', 'procedures/supervision.docx': await markdownToDocx(supervision(true)) });
    write(root, { 'procedures/supervision.docx': await markdownToDocx(supervision(false)) });
    const out = gitWith(root, ['-c', `diff.wtdiff.command=${BIN_CMD}`, 'diff']);
    expect(out.split('\n')[0]).toBe('wtdiff: a/procedures/supervision.docx → b/procedures/supervision.docx');
    expect(out).toContain('Manager removed from');
  });
});
