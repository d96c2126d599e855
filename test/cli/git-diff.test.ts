// `wtdiff git-diff`: the adapter for git's external diff interface, in-process with the 7
// GIT_EXTERNAL_DIFF arguments, and as git itself runs it (the built bin) on a real repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from '../support/cli.js';
import { git, repo, supervision, tempDir, write } from '../support/git-repo.js';

const run = (cwd: string, ...argv: string[]) => runMain(argv, { NO_COLOR: '1' }, { cwd });

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
});
