// Start-up, as the process shows it: which modules `wtdiff --version` and a small comparison
// load (test/support/module-trace.mjs records them). A pre-commit hook pays for every module
// each time it runs; the times are in `npm run bench`, what is loaded is held here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFiles, ROOT, runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wtdiff-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bin run with the trace preload: its result, and the files it loaded, relative to the package root. */
async function traced(args: string[]) {
  const file = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const result = await runCli(args, { WTDIFF_MODULE_TRACE: file, NODE_OPTIONS: `--import=${join(ROOT, 'test/support/module-trace.mjs')}` });
  const urls = readFileSync(file, 'utf8').split('\n').filter((u) => u.startsWith('file:'));
  return { ...result, loaded: urls.map((u) => relative(ROOT, fileURLToPath(u))) };
}

/** Package or top folder a loaded file belongs to. */
const owner = (f: string) => (f.startsWith('node_modules/') ? f.split('/')[1]! : f.split('/').slice(0, 2).join('/'));

describe('start-up', () => {
  it('--version answers from package.json and loads nothing of the CLI', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await traced(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(r.loaded).toEqual(['bin/wtdiff.js']);
    // -V, the short form, too; anything more goes to the CLI, which answers the same.
    expect((await traced(['-V'])).loaded).toEqual(['bin/wtdiff.js']);
    const full = await traced(['--version', '--debug']);
    expect(full.stdout).toBe(`${version}\n`);
    expect(full.loaded.length).toBeGreaterThan(1);
  });

  it('a small comparison runs the bundled CLI and loads only what comparing needs', async () => {
    const f = fixtureFiles({ 'old.md': '# Fixture\n\nThe social worker must agree the plan with their manager.\n', 'new.md': '# Fixture\n\nThe social worker should agree the plan.\n' });
    const r = await traced([f['old.md']!, f['new.md']!, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).changes[0].tags).toContain('role-removed');
    const owners = new Set(r.loaded.map(owner));
    // The bundle, and the packages kept outside it that a comparison uses: the tagger and its
    // model (read who decides), and sbd (sentences).
    expect([...owners].sort()).toEqual(['bin/wtdiff.js', 'dist/cli-bundle', 'sbd', 'wink-eng-lite-web-model', 'wink-nlp']);
  });

  it('a comparison with no role in its changes does not load the tagger', async () => {
    const f = fixtureFiles({ 'old.md': '# Fixture\n\nThe assessment should be completed quickly.\n', 'new.md': '# Fixture\n\nThe assessment should be finished promptly.\n' });
    const r = await traced([f['old.md']!, f['new.md']!]);
    expect(r.code).toBe(1);
    expect(new Set(r.loaded.map(owner))).toEqual(new Set(['bin/wtdiff.js', 'dist/cli-bundle', 'sbd']));
  });
});
