// The suite needs nothing outside Node, npm and git (issue 12): no test, helper or CI step names
// a system tool or a path under /usr/bin, and CI is the README's test command after `npm ci`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const SYSTEM_TOOLS = /\/usr\/(?:local\/)?bin\/|\b(?:qpdf|pdftoppm|pandoc|apt-get|apt)\b/;
const THIS_FILE = relative(ROOT, import.meta.filename);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mjs|js)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((p) => p !== THIS_FILE && !p.startsWith('test/artifacts/'));
}

describe('npm test on a machine with only Node, npm and git', () => {
  it('no test or test helper names a system tool', () => {
    const files = [...sources('test'), 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((f) => SYSTEM_TOOLS.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('CI installs the locked tree and runs the test script, with no system packages', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const commands = ci.split('\n').filter((l) => l.trim() && !l.trimStart().startsWith('#'));
    expect(commands.slice(-2)).toEqual(['npm ci', 'npm test']);
    expect(commands.join('\n')).not.toMatch(SYSTEM_TOOLS); // the #! line aside
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['test']).not.toMatch(SYSTEM_TOOLS);
  });

  it('the README test command is the one CI runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(quickStart.trim().split('\n')).toEqual(['npm install && npx wtdiff guidance/wt-2015.md guidance/wt-2018.md', 'npm test']);
  });
});
