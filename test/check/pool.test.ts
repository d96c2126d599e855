// `wtdiff check` on worker threads (src/check/pool.ts): a pull request of many files is
// compared on several threads, with the same report, the same first error, and the same role
// lexicon as on one. The threads run the compiled worker, so these tests run the built bin
// (and the built module, for when workers are used); `npm test` builds first.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { git, repo, supervision, tempDir, write } from '../support/git-repo.js';
import { ROOT, runCli } from '../support/cli.js';
import { workersFor as workersForSource } from '../../src/check/pool.js';

const FILES = 12;
const name = (i: number) => `procedures/p${String(i).padStart(2, '0')}.md`;

/** A repository of FILES procedures, each then edited: every third loses its manager, the rest gain a sentence. */
function editedRepo(): string {
  const root = repo(Object.fromEntries(Array.from({ length: FILES }, (_, i) => [name(i), supervision(true, ` Topic ${i}.`)])));
  write(root, Object.fromEntries(Array.from({ length: FILES }, (_, i) => [name(i), i % 3 === 0 ? supervision(false, ` Topic ${i}.`) : supervision(true, ` Topic ${i}. The team leader must also agree the plan.`)])));
  return root;
}

describe('check on worker threads', () => {
  it('uses workers only for files enough, with a compiled worker beside the module', async () => {
    const built = (await import(join(ROOT, 'dist/check/pool.js'))) as typeof import('../../src/check/pool.js');
    expect(built.workersFor(FILES, 2)).toBe(2);
    expect(built.workersFor(FILES, 3)).toBe(3);
    expect(built.workersFor(7, 2)).toBe(0); // fewer than 4 files a worker
    expect(built.workersFor(FILES, 1)).toBe(0);
    // From the TypeScript sources there is no compiled worker: one thread.
    expect(workersForSource(FILES, 2)).toBe(0);
  });

  it('gives the same report on two threads as on one, the role lexicon included', async () => {
    const root = editedRepo();
    writeFileSync(join(root, 'roles.json'), JSON.stringify({ extend: true, roles: [{ id: 'team-leader', terms: ['team leader'] }] }));
    const one = await runCli(['check', '--base', 'main', '--format', 'json', '--jobs', '1', '--roles', 'roles.json', 'procedures'], {}, root);
    const two = await runCli(['check', '--base', 'main', '--format', 'json', '--jobs', '2', '--roles', 'roles.json', 'procedures'], {}, root);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    const report = JSON.parse(two.stdout) as { files: { path: string; comparison: { changes: { tags: string[]; roles: { added: string[] } }[] } }[] };
    expect(report.files.map((f) => f.path)).toEqual(Array.from({ length: FILES }, (_, i) => name(i)));
    // The lexicon reached the workers: the added sentence names a role it defines.
    expect(report.files[1]!.comparison.changes.some((c) => c.roles.added.includes('team-leader'))).toBe(true);
    expect(report.files[0]!.comparison.changes.some((c) => c.tags.includes('role-removed'))).toBe(true);
  });

  it('reports the first failing file in order, as one line, whichever thread finished first', async () => {
    const root = editedRepo();
    // Files 4 and 5 have more sections than the limit allows. File 4's are setext headings,
    // found only once it is parsed; file 5's are "##" headings, counted before parsing: on two
    // threads file 5 fails first, but file 4 comes first in order.
    const setext = Array.from({ length: 3000 }, (_, i) => `Part ${i}\n-------\n\nWords.\n`).join('\n');
    const atx = Array.from({ length: 8 }, (_, i) => `## Part ${i}\n\nWords.\n`).join('\n');
    write(root, { [name(4)]: setext, [name(5)]: atx });
    const env = { WTDIFF_MAX_SECTIONS: '5' };
    const one = await runCli(['check', '--base', 'main', '--jobs', '1'], env, root);
    const two = await runCli(['check', '--base', 'main', '--jobs', '2'], env, root);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/^wtdiff: procedures\/p04\.md: 3000 sections, [^\n]*\n$/);
    expect(two).toEqual(one);
  });

  it('refuses a --jobs that is not a whole number from 1', async () => {
    const root = tempDir();
    git(root, 'init', '-q', '-b', 'main');
    for (const bad of ['0', 'two', '1.5', '-1']) {
      const r = await runCli(['check', '--base', 'main', `--jobs=${bad}`], {}, root);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `wtdiff: --jobs must be a whole number from 1 to 64, not "${bad}"\n` });
    }
  });
});
