// Real git repositories in temp dirs, for the check and git-diff tests, and the procedure
// fixture they edit (test fixture text, not guidance).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURE_HEADER = '<!-- test fixture: not guidance -->';

/** A supervision procedure; `withManager` keeps "and their manager" in the plan decision. */
export function supervision(withManager: boolean, extra = ''): string {
  return [
    FIXTURE_HEADER,
    '# Supervision procedure (fixture)',
    '',
    '## Plans',
    '',
    `The practitioner must agree a plan of action with the family${withManager ? ' and their manager' : ''} within 5 working days.`,
    '',
    'Records should be kept up to date.',
    '',
    '## Review',
    '',
    `The plan must be reviewed by the practitioner and their manager every three months.${extra}`,
    '',
  ].join('\n');
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp dir (its real path: git reports real paths) removed after the test file. */
export function tempDir(): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'wtdiff-check-')));
  dirs.push(d);
  return d;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=wtdiff test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository with one commit on main holding `files`. */
export function repo(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  git(root, 'init', '-q', '-b', 'main');
  write(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'fixture base');
  return root;
}
