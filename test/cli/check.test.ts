// `wtdiff check` end to end: real git repositories in temp dirs, the CLI core
// (main) with a fake io. All document text here is a test fixture, not guidance.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli, runMain } from '../support/cli.js';
import { FIXTURE_HEADER, git, repo, supervision, tempDir, write } from '../support/git-repo.js';
import { sarifValidator } from '../support/sarif.js';

const HEADER = FIXTURE_HEADER;

function referrals(duty: string, days: string): string {
  return [HEADER, '# Referral procedure (fixture)', '', '## Timescales', '', `A decision on the referral ${duty} be made within ${days}.`, '', 'The referrer must be told of the decision.', ''].join('\n');
}

const run = (cwd: string, ...argv: string[]) => runMain(argv, { NO_COLOR: '1' }, { cwd });

interface JsonResult {
  passed: boolean;
  failOn: string[];
  files: { path: string; status: string; oldPath: string | null; newPath: string | null; comparison: { changes: { id: string; tags: string[]; accepted?: boolean; acceptedReason?: string; kind: string }[] } }[];
  failing: { path: string; change: { id: string } }[];
  summary: { failing: number; accepted: number };
  acceptedAudit: { stale: string[]; withoutReason: string[] };
}

async function json(cwd: string, ...argv: string[]): Promise<{ code: number; result: JsonResult; stderr: string }> {
  const r = await run(cwd, 'check', '--format', 'json', ...argv);
  return { code: r.code, stderr: r.stderr, result: JSON.parse(r.stdout) as JsonResult };
}

describe('wtdiff check', () => {
  it('fails (exit 1) when "and their manager" is removed', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true) });
    write(root, { 'procedures/supervision.md': supervision(false) });
    const r = await run(root, 'check', '--base', 'main', 'procedures');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('procedures/supervision.md');
    expect(r.stdout).toContain('role-removed');
    expect(r.stdout).toMatch(/FAILED/);
    const { result } = await json(root, '--base', 'main');
    expect(result.passed).toBe(false);
    expect(result.failing).toHaveLength(1);
    expect(result.failing[0]!.path).toBe('procedures/supervision.md');
  });

  it('passes (exit 0) when nothing fails, and checks only markdown under the given paths', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true), 'other/supervision.md': supervision(true), 'procedures/notes.txt': 'a\n' });
    write(root, { 'other/supervision.md': supervision(false), 'procedures/notes.txt': 'b\n', 'procedures/supervision.md': supervision(true, ' Minutes are kept.') });
    const { code, result } = await json(root, '--base', 'main', 'procedures');
    expect(code).toBe(0);
    expect(result.files.map((f) => f.path)).toEqual(['procedures/supervision.md']);
  });

  it('follows a renamed-and-edited file and reports it under the new path', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true), 'procedures/referrals.md': referrals('must', 'one working day') });
    git(root, 'checkout', '-q', '-b', 'edit');
    git(root, 'mv', 'procedures/supervision.md', 'procedures/supervision-and-planning.md');
    write(root, { 'procedures/supervision-and-planning.md': supervision(false) });
    git(root, 'commit', '-q', '-am', 'rename and edit');
    const { code, result } = await json(root, '--base', 'main');
    expect(code).toBe(1);
    expect(result.files).toHaveLength(1);
    const f = result.files[0]!;
    expect(f.status).toBe('renamed');
    expect(f.path).toBe('procedures/supervision-and-planning.md');
    expect(f.oldPath).toBe('procedures/supervision.md');
    expect(f.comparison.changes.some((c) => c.tags.includes('role-removed'))).toBe(true);
    expect(f.comparison.changes.every((c) => c.kind !== 'added' && c.kind !== 'removed')).toBe(true);
  });

  it('treats a new file as all added and a deleted file as all removed (untracked files included)', async () => {
    const root = repo({ 'procedures/referrals.md': referrals('must', 'one working day') });
    rmSync(join(root, 'procedures/referrals.md'));
    write(root, { 'procedures/new.md': supervision(true) });
    const { result } = await json(root, '--base', 'main');
    const byPath = Object.fromEntries(result.files.map((f) => [f.path, f]));
    expect(byPath['procedures/new.md']!.status).toBe('added');
    expect(byPath['procedures/new.md']!.comparison.changes.every((c) => c.kind === 'added')).toBe(true);
    expect(byPath['procedures/referrals.md']!.status).toBe('removed');
    expect(byPath['procedures/referrals.md']!.comparison.changes.length).toBeGreaterThan(0);
    expect(byPath['procedures/referrals.md']!.comparison.changes.every((c) => c.kind === 'removed')).toBe(true);
  });

  it('an accepted change passes and is still shown as accepted; a new unaccepted change fails', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true) });
    write(root, { 'procedures/supervision.md': supervision(false) });
    const first = await json(root, '--base', 'main');
    const id = first.result.failing[0]!.change.id;
    expect(id).toMatch(/^wt-[0-9a-f]+$/);
    // ids are stable across runs
    expect((await json(root, '--base', 'main')).result.failing[0]!.change.id).toBe(id);
    writeFileSync(join(root, '.wtdiff-accepted.json'), JSON.stringify({ accepted: [{ id, reason: 'Fixture: manager now consulted separately' }] }));
    const accepted = await json(root, '--base', 'main');
    expect(accepted.code).toBe(0);
    const change = accepted.result.files[0]!.comparison.changes.find((c) => c.id === id)!;
    expect(change.accepted).toBe(true);
    expect(change.acceptedReason).toBe('Fixture: manager now consulted separately');
    expect(accepted.result.summary.accepted).toBe(1);
    const terminal = await run(root, 'check', '--base', 'main');
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain('(accepted)');
    // a second role removal, not accepted
    write(root, { 'procedures/supervision.md': supervision(false).replace('by the practitioner and their manager', 'by the practitioner') });
    const again = await json(root, '--base', 'main');
    expect(again.code).toBe(1);
    expect(again.result.failing.map((f) => f.change.id)).not.toContain(id);
    expect(again.result.failing).toHaveLength(1);
  });

  it('--write-accepted records the failing changes; a re-run passes', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true) });
    write(root, { 'procedures/supervision.md': supervision(false) });
    const w = await run(root, 'check', '--base', 'main', '--write-accepted', '.wtdiff-accepted.json');
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/recorded 1 failing change/);
    const file = JSON.parse(readFileSync(join(root, '.wtdiff-accepted.json'), 'utf8')) as { accepted: { id: string; file: string }[] };
    expect(file.accepted).toHaveLength(1);
    expect(file.accepted[0]!.file).toBe('procedures/supervision.md');
    const again = await run(root, 'check', '--base', 'main');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(accepted)');
  });

  it('--accepted FILE reads another file; a bad entry is named (exit 2)', async () => {
    const root = repo({ 'procedures/supervision.md': supervision(true) });
    write(root, { 'procedures/supervision.md': supervision(false), 'review/ok.json': JSON.stringify({ accepted: [{ id: 'wt-0' }, { id: 42 }] }) });
    const r = await run(root, 'check', '--base', 'main', '--accepted', 'review/ok.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/accepted\[1\]\.id/);
    const missing = await run(root, 'check', '--base', 'main', '--accepted', 'review/none.json');
    expect(missing.code).toBe(2);
  });

  it('an unknown --fail-on tag exits 2 and lists the valid tags', async () => {
    const root = repo({ 'a.md': supervision(true) });
    const r = await run(root, 'check', '--base', 'main', '--fail-on', 'role-removed,role-vanished');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('role-vanished');
    expect(r.stderr).toContain('valid tags: role-removed, role-added');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--fail-on chooses the failing tags', async () => {
    const root = repo({ 'procedures/referrals.md': referrals('must', 'one working day') });
    write(root, { 'procedures/referrals.md': referrals('should', 'one working day') });
    expect((await run(root, 'check', '--base', 'main')).code).toBe(0);
    expect((await run(root, 'check', '--base', 'main', '--fail-on', 'duty-weakened,role-removed')).code).toBe(1);
  });

  it('outside a git repository exits 2 with a clear message', async () => {
    const dir = tempDir();
    write(dir, { 'a.md': supervision(true) });
    const r = await run(dir, 'check', '--base', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: not a git repository/);
  });

  it('an unknown REF exits 2 with a clear message', async () => {
    const root = repo({ 'a.md': supervision(true) });
    const r = await run(root, 'check', '--base', 'origin/no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown git ref "origin\/no-such-branch"/);
    const opt = await run(root, 'check', '--base', '--output=x');
    expect(opt.code).toBe(2);
  });

  it('without --base or a configured base exits 2', async () => {
    const root = repo({ 'a.md': supervision(true) });
    const r = await run(root, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--base/);
  });

  describe('configuration', () => {
    it('wtdiff.config.json supplies failOn and base; flags override it', async () => {
      const root = repo({ 'procedures/referrals.md': referrals('must', 'one working day') });
      write(root, { 'procedures/referrals.md': referrals('should', 'one working day'), 'wtdiff.config.json': JSON.stringify({ base: 'main', failOn: ['duty-weakened'] }) });
      const r = await json(root);
      expect(r.code).toBe(1);
      expect(r.result.failOn).toEqual(['duty-weakened']);
      // discovered from a subdirectory too
      expect((await run(join(root, 'procedures'), 'check')).code).toBe(1);
      expect((await run(root, 'check', '--fail-on', 'role-removed')).code).toBe(0);
    });

    it('a "wtdiff" key in package.json and .wtdiffrc.json are found', async () => {
      const root = repo({ 'procedures/referrals.md': referrals('must', 'one working day') });
      write(root, { 'procedures/referrals.md': referrals('should', 'one working day'), 'package.json': JSON.stringify({ name: 'fixture', wtdiff: { base: 'main', failOn: 'duty-weakened' } }) });
      expect((await run(root, 'check')).code).toBe(1);
      rmSync(join(root, 'package.json'));
      write(root, { '.wtdiffrc.json': JSON.stringify({ base: 'main', failOn: ['duty-weakened'], paths: ['procedures'] }) });
      expect((await run(root, 'check')).code).toBe(1);
    });

    it('an invalid configuration exits 2 naming the bad entry', async () => {
      const root = repo({ 'a.md': supervision(true) });
      write(root, { 'wtdiff.config.json': JSON.stringify({ base: 'main', failOn: ['role-removed', 'nonsense'] }) });
      const r = await run(root, 'check');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/wtdiff\.config\.json: failOn: unknown tag "nonsense"/);
      write(root, { 'wtdiff.config.json': JSON.stringify({ base: 'main', fail_on: ['role-removed'] }) });
      const r2 = await run(root, 'check');
      expect(r2.code).toBe(2);
      expect(r2.stderr).toMatch(/"fail_on"/);
      write(root, { 'wtdiff.config.json': JSON.stringify({ base: 'main', paths: ['ok', 3] }) });
      const r3 = await run(root, 'check');
      expect(r3.code).toBe(2);
      expect(r3.stderr).toMatch(/paths\[1\]/);
    });
  });

  describe('paths that match nothing (a typo must not pass the gate forever)', () => {
    it('a path argument that names nothing exits 2 with one line naming it; nothing is reported', async () => {
      const root = repo({ 'procedures/supervision.md': supervision(true) });
      write(root, { 'procedures/supervision.md': supervision(false) });
      const r = await run(root, 'check', '--base', 'main', 'procedure');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('wtdiff: procedure: no such path in the repository\n');
      expect(r.stdout).toBe('');
      // next to a good path as well
      const both = await run(root, 'check', '--base', 'main', 'procedures', 'procedures/supervison.md');
      expect(both.code).toBe(2);
      expect(both.stderr).toBe('wtdiff: procedures/supervison.md: no such path in the repository\n');
    });

    it('a configured path that names nothing exits 2, naming the entry and the configuration file', async () => {
      const root = repo({ 'procedures/supervision.md': supervision(true) });
      write(root, { 'procedures/supervision.md': supervision(false), 'wtdiff.config.json': JSON.stringify({ base: 'main', paths: ['procedures', 'procdures'] }) });
      const r = await run(root, 'check');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('wtdiff: procdures (a "paths" entry of wtdiff.config.json): no such path in the repository\n');
      // from a subdirectory, the entry is still named as the file writes it
      const sub = await run(join(root, 'procedures'), 'check');
      expect(sub.code).toBe(2);
      expect(sub.stderr).toBe('wtdiff: procdures (a "paths" entry of ../wtdiff.config.json): no such path in the repository\n');
      // path arguments override the configuration's paths, typo and all
      expect((await run(root, 'check', 'procedures')).code).toBe(1);
      write(root, { 'wtdiff.config.json': JSON.stringify({ base: 'main', paths: ['procedures'] }) });
      expect((await run(root, 'check')).code).toBe(1);
    });

    it('a path that exists with no changes passes; a path deleted by the pull request still exists', async () => {
      const root = repo({ 'procedures/supervision.md': supervision(true), 'policies/notes.txt': 'Fixture notes.\n', 'old/referrals.md': referrals('must', 'one working day') });
      expect((await run(root, 'check', '--base', 'main', 'procedures', 'policies')).code).toBe(0);
      git(root, 'checkout', '-q', '-b', 'pr');
      git(root, 'rm', '-q', '-r', 'old');
      git(root, 'commit', '-q', '-m', 'retire the old procedures');
      const { code, result } = await json(root, '--base', 'main', 'old', 'old/referrals.md');
      expect(code).toBe(0);
      expect(result.files.map((f) => [f.path, f.status])).toEqual([['old/referrals.md', 'removed']]);
      // against a base that no longer has it, it names nothing
      expect((await run(root, 'check', '--base', 'HEAD', 'old')).code).toBe(2);
    });
  });

  describe('auditing the accepted-changes file', () => {
    /** A repository where the manager is removed, and the change's id. */
    async function removal(): Promise<{ root: string; id: string }> {
      const root = repo({ 'procedures/supervision.md': supervision(true) });
      write(root, { 'procedures/supervision.md': supervision(false) });
      const first = await json(root, '--base', 'main');
      return { root, id: first.result.failing[0]!.change.id };
    }

    it('--write-accepted leaves the reason empty, and the next run warns once per entry, naming the id', async () => {
      const { root, id } = await removal();
      const w = await run(root, 'check', '--base', 'main', '--write-accepted', '.wtdiff-accepted.json');
      expect(w.code).toBe(0);
      // the run that writes them asks for reasons, and does not warn about what it just wrote
      expect(w.stderr).toBe('wtdiff: recorded 1 failing change as accepted in .wtdiff-accepted.json; fill in each "reason" before committing it\n');
      const next = await json(root, '--base', 'main');
      expect(next.code).toBe(0);
      expect(next.stderr).toBe(`wtdiff: warning: .wtdiff-accepted.json: ${id} has no reason; write down why the change was accepted\n`);
      expect(next.result.acceptedAudit).toEqual({ stale: [], withoutReason: [id] });
      // --strict-accepted makes it an error: exit 2, the report still written
      const strict = await json(root, '--base', 'main', '--strict-accepted');
      expect(strict.code).toBe(2);
      expect(strict.result.passed).toBe(true);
      expect(strict.stderr.trim().split('\n')).toEqual([
        `wtdiff: error: .wtdiff-accepted.json: ${id} has no reason; write down why the change was accepted`,
        'wtdiff: --strict-accepted: 1 accepted entry without a reason, 0 stale; exit status 2',
      ]);
      // with a reason written in, all is quiet, strict or not
      const file = JSON.parse(readFileSync(join(root, '.wtdiff-accepted.json'), 'utf8')) as { accepted: { reason: string }[] };
      file.accepted[0]!.reason = 'Fixture: manager now consulted at the strategy meeting';
      writeFileSync(join(root, '.wtdiff-accepted.json'), JSON.stringify(file));
      const done = await json(root, '--base', 'main', '--strict-accepted');
      expect([done.code, done.stderr]).toEqual([0, '']);
      expect(done.result.acceptedAudit).toEqual({ stale: [], withoutReason: [] });
    });

    it('an accepted id that matches no change is stale: a warning per id, exit 2 with --strict-accepted', async () => {
      const { root, id } = await removal();
      writeFileSync(join(root, '.wtdiff-accepted.json'), JSON.stringify({ accepted: [{ id, reason: 'Fixture: reviewed' }, { id: 'wt-0123456789ab', reason: 'Fixture: an old change' }] }));
      const r = await json(root, '--base', 'main');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('wtdiff: warning: .wtdiff-accepted.json: wt-0123456789ab is stale: no change against main has this id (merged, or edited again); remove the entry\n');
      expect(r.result.acceptedAudit).toEqual({ stale: ['wt-0123456789ab'], withoutReason: [] });
      expect((await run(root, 'check', '--base', 'main', '--strict-accepted')).code).toBe(2);
      // the change undone: its entry is stale too, and a failing gate is still trouble (2) under strict
      write(root, { 'procedures/supervision.md': supervision(true) });
      const undone = await json(root, '--base', 'main');
      expect(undone.result.acceptedAudit.stale).toEqual([id, 'wt-0123456789ab']);
      expect(undone.stderr.trim().split('\n')).toHaveLength(2);
      writeFileSync(join(root, '.wtdiff-accepted.json'), JSON.stringify({ accepted: [{ id: 'wt-0123456789ab', reason: 'Fixture' }] }));
      write(root, { 'procedures/supervision.md': supervision(false) });
      expect((await run(root, 'check', '--base', 'main')).code).toBe(1);
      expect((await run(root, 'check', '--base', 'main', '--strict-accepted')).code).toBe(2);
    });

    it('names the file given with --accepted; no accepted file means nothing to audit', async () => {
      const { root, id } = await removal();
      write(root, { 'review/ok.json': JSON.stringify({ accepted: [{ id }] }) });
      const r = await run(root, 'check', '--base', 'main', '--accepted', 'review/ok.json');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`wtdiff: warning: review/ok.json: ${id} has no reason; write down why the change was accepted\n`);
      const none = await json(root, '--base', 'main', '--strict-accepted');
      expect([none.code, none.stderr]).toEqual([1, '']);
      expect(none.result.acceptedAudit).toEqual({ stale: [], withoutReason: [] });
    });

    it('the built CLI: --strict-accepted and a mistyped path exit 2 from the process', async () => {
      const { root } = await removal();
      await run(root, 'check', '--base', 'main', '--write-accepted', '.wtdiff-accepted.json');
      const strict = await runCli(['check', '--base', 'main', '--strict-accepted', '--format', 'github'], { NO_COLOR: '1' }, root);
      expect(strict.code).toBe(2);
      expect(strict.stdout).toMatch(/^::notice /);
      expect(strict.stderr).toMatch(/^wtdiff: error: \.wtdiff-accepted\.json: wt-[0-9a-f]+ has no reason/);
      const typo = await runCli(['check', '--base', 'main', 'procedure'], { NO_COLOR: '1' }, root);
      expect([typo.code, typo.stderr]).toEqual([2, 'wtdiff: procedure: no such path in the repository\n']);
    });
  });

  describe('SARIF', () => {
    const validate = sarifValidator();
    const errors = validate.errors;

    it('validates against the SARIF 2.1.0 schema, with one rule per tag and located results', async () => {
      const root = repo({ 'procedures/supervision.md': supervision(true), 'procedures/gone.md': referrals('must', 'one working day') });
      write(root, { 'procedures/supervision.md': supervision(false).replace('Records should', 'Records must') });
      rmSync(join(root, 'procedures/gone.md'));
      writeFileSync(join(root, 'procedures/new file.md'), referrals('must', '2 days'));
      const r = await run(root, 'check', '--base', 'main', '--format', 'sarif');
      expect(r.code).toBe(1);
      const log = JSON.parse(r.stdout) as {
        version: string;
        runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
      };
      const ok = validate(log);
      if (!ok) console.error(JSON.stringify(errors(), null, 2));
      expect(ok).toBe(true);
      expect(log.version).toBe('2.1.0');
      const run0 = log.runs[0]!;
      expect(run0.tool.driver.rules.map((x) => x.id)).toContain('role-removed');
      expect(run0.tool.driver.rules.every((x) => x.help.text.length > 0)).toBe(true);
      const role = run0.results.find((x) => x.ruleId === 'role-removed')!;
      expect(role.level).toBe('error');
      expect(role.locations[0]!.physicalLocation.artifactLocation.uri).toBe('procedures/supervision.md');
      expect(role.locations[0]!.physicalLocation.region).toEqual({ startLine: 6, startColumn: 1 });
      const uris = run0.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
      expect(uris).toContain('procedures/new%20file.md');
      expect(uris).toContain('procedures/gone.md');
      // a removed sentence is located on the old side
      const removed = run0.results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'procedures/gone.md')!;
      expect(removed.locations[0]!.physicalLocation.region.startLine).toBe(6);
      // and the validator does reject a broken log
      expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    });

    it('accepted changes carry an accepted suppression and still validate', async () => {
      const root = repo({ 'procedures/supervision.md': supervision(true) });
      write(root, { 'procedures/supervision.md': supervision(false) });
      await run(root, 'check', '--base', 'main', '--write-accepted', '.wtdiff-accepted.json');
      const r = await run(root, 'check', '--base', 'main', '--format', 'sarif', '--output', 'out.sarif');
      expect(r.code).toBe(0);
      const log = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8')) as { runs: { results: { suppressions?: { status: string }[] }[] }[] };
      expect(validate(log)).toBe(true);
      expect(log.runs[0]!.results[0]!.suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    });
  });

  describe('GitHub annotations', () => {
    it('carry file, line and column, severity by tag, and are escaped', async () => {
      const name = 'procedures/plans, 100%: review.md';
      const root = repo({ [name]: supervision(true), 'procedures/referrals.md': referrals('must', 'one working day') });
      write(root, { [name]: supervision(false).replace('Records should be kept up to date.', 'Records should be kept 100% up to date.'), 'procedures/referrals.md': referrals('should', 'one working day') });
      const r = await run(root, 'check', '--base', 'main', '--format', 'github');
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      const error = lines.find((l) => l.startsWith('::error '))!;
      expect(error).toBeDefined();
      expect(error).toContain('file=procedures/plans%2C 100%25%3A review.md,line=6,col=1,title=wtdiff role-removed::');
      expect(error).not.toMatch(/\r/);
      expect(error).toContain('%0A- The practitioner must agree');
      const warning = lines.find((l) => l.startsWith('::warning '))!;
      expect(warning).toContain('file=procedures/referrals.md,line=6,col=1,title=wtdiff duty-weakened::');
      const notice = lines.find((l) => l.startsWith('::notice ') && l.includes('100%25 up to date'));
      expect(notice).toBeDefined();
      // every annotation is exactly one line
      expect(lines.filter((l) => l.startsWith('::')).length).toBe(3);
    });
  });

  describe('a large pull request (issue 20): one git process reads every base file', () => {
    /** A `git` first on PATH that logs its pid and subcommand, then runs the real one (exec keeps the pid). */
    function gitShim(): { path: string; log: string } {
      const dir = tempDir();
      const log = join(dir, 'git.log');
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'bin', 'git'), `#!/bin/sh\nprintf '%s %s\\n' "$$" "$1" >> '${log}'\nexec '${real}' "$@"\n`);
      chmodSync(join(dir, 'bin', 'git'), 0o755);
      writeFileSync(log, '');
      return { path: `${join(dir, 'bin')}:${process.env['PATH'] ?? ''}`, log };
    }
    const calls = (log: string) => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string]);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };

    it('30 changed files: git runs a fixed number of times, cat-file once, show never', async () => {
      const names = Array.from({ length: 30 }, (_, i) => `procedures/p${String(i).padStart(2, '0')}.md`);
      const root = repo(Object.fromEntries(names.map((n) => [n, supervision(true)])));
      write(root, Object.fromEntries(names.map((n) => [n, supervision(false)])));
      const shim = gitShim();
      const r = await runCli(['check', '--base', 'main', '--format', 'json'], { NO_COLOR: '1', PATH: shim.path }, root);
      expect(r.code, r.stderr).toBe(1);
      const result = JSON.parse(r.stdout) as JsonResult;
      expect(result.files.map((f) => f.path)).toEqual(names);
      expect(result.failing).toHaveLength(30);
      const commands = calls(shim.log).map(([, cmd]) => cmd);
      expect(commands.filter((c) => c === 'cat-file')).toHaveLength(1);
      expect(commands).not.toContain('show');
      // rev-parse (root), rev-parse (ref), diff, ls-files, cat-file, ls-files (is the -o file tracked: not here)
      expect(commands.length).toBeLessThanOrEqual(6);
    });

    it('a base file over the input limit: the same one line and exit 2 as before, and git cat-file has ended', async () => {
      const root = repo({ 'a.md': supervision(true), 'big.md': `# Big\n\n${'The practitioner must agree a plan. '.repeat(40_000)}\n`, 'c.md': supervision(true) });
      write(root, { 'a.md': supervision(false), 'big.md': '# Big\n\nShort now.\n', 'c.md': supervision(false) });
      const shim = gitShim();
      const r = await runCli(['check', '--base', 'main'], { NO_COLOR: '1', PATH: shim.path, WTDIFF_MAX_INPUT_BYTES: String(1024 * 1024) }, root);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'wtdiff: cannot read big.md at main: larger than the 1 MB limit (set WTDIFF_MAX_INPUT_BYTES to change it)\n']);
      const catFile = calls(shim.log).filter(([, cmd]) => cmd === 'cat-file');
      expect(catFile).toHaveLength(1);
      expect(alive(Number(catFile[0]![0]))).toBe(false);
    });
  });
});
