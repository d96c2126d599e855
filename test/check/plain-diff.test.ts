// Git's own diff for files wtdiff does not read (`wtdiff git-diff`'s fallback), on real files in temp dirs.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourDiff, plainDiff, safePath } from '../../src/check/plain-diff.js';
import { makeChalk } from '../../src/cli/color.js';
import { InputFileError } from '../../src/errors.js';
import { tempDir, write } from '../support/git-repo.js';

describe('safePath', () => {
  it('keeps a repository path, tidied, and never lets one climb out of the temp dir', () => {
    expect(safePath('procedures/a b.json')).toBe('procedures/a b.json');
    expect(safePath('./x//y/')).toBe('x/y');
    expect(safePath('/etc/passwd')).toBe('etc/passwd');
    for (const p of ['../../etc/passwd', 'a/../../b', '..', '', '/', '.']) expect(safePath(p), p).toBe('file');
  });
});

describe('plainDiff', () => {
  it('is the unified diff git prints, labelled a/<path> and b/<path>; empty when the versions are the same', async () => {
    const dir = tempDir();
    write(dir, { one: 'x\ny\n', two: 'x\nz\n' });
    const out = await plainDiff({ file: join(dir, 'one'), path: 'data/list.txt' }, { file: join(dir, 'two'), path: 'data/list.txt' });
    expect(out.split('\n')).toEqual(['diff --git a/data/list.txt b/data/list.txt', expect.stringMatching(/^index [0-9a-f]+\.\.[0-9a-f]+ 100644$/), '--- a/data/list.txt', '+++ b/data/list.txt', '@@ -1,2 +1,2 @@', ' x', '-y', '+z', '']);
    expect(await plainDiff({ file: join(dir, 'one'), path: 'a' }, { file: join(dir, 'one'), path: 'a' })).toBe('');
    // never git's colours: they could not be told from the file's own escape codes
    expect(await plainDiff({ file: join(dir, 'one'), path: 'a' }, { file: join(dir, 'two'), path: 'a' })).not.toContain('\u001b');
  });

  it('diffs a symlink as its link text, never its target, and refuses a FIFO', async () => {
    const dir = tempDir();
    write(dir, { 'secret.txt': 'SECRET-do-not-print\n', old: 'secret.txt\n' });
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'link'));
    const out = await plainDiff({ file: join(dir, 'old'), path: 'l' }, { file: join(dir, 'link'), path: 'l' });
    expect(out).toContain(`+${join(dir, 'secret.txt')}`);
    expect(out).not.toContain('SECRET');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    await expect(plainDiff({ file: join(dir, 'old'), path: 'p' }, { file: join(dir, 'pipe'), path: 'p' })).rejects.toThrow(new InputFileError(`cannot read ${join(dir, 'pipe')}: not a regular file`));
    await expect(plainDiff({ file: join(dir, 'missing'), path: 'p' }, { file: join(dir, 'old'), path: 'p' })).rejects.toBeInstanceOf(InputFileError);
  });
});

describe('colourDiff', () => {
  const diff = ['diff --git a/x b/x', 'index 1..2 100644', '--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' same', '-old \u001b[38;5;199mred\u001b[0m', '+new \u0007', '--- a removed line that looks like a header', ''].join('\n');

  it('colours headers bold, hunks cyan, removed lines red and added lines green, as git does', () => {
    const c = makeChalk(1);
    expect(colourDiff(diff, c).split('\n')).toEqual([
      c.bold('diff --git a/x b/x'),
      c.bold('index 1..2 100644'),
      c.bold('--- a/x'),
      c.bold('+++ b/x'),
      c.cyan('@@ -1,2 +1,2 @@'),
      ' same',
      c.red('-old \\u001b[38;5;199mred\\u001b[0m'),
      c.green('+new \\u0007'),
      c.red('--- a removed line that looks like a header'),
      '',
    ]);
  });

  it("makes the file's own controls visible, with colour or without", () => {
    const plain = colourDiff(diff, makeChalk(0));
    expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(plain).toContain('-old \\u001b[38;5;199mred');
    expect(colourDiff(diff, makeChalk(3))).not.toContain('\u001b[38;5;199m');
    expect(colourDiff('', makeChalk(1))).toBe('');
  });
});
