// Progress on stderr for long runs, only on a terminal.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PROGRESS_THRESHOLD } from '../../src/cli/progress.js';
import { fixtureFiles, GUIDANCE } from '../support/cli.js';
import { join } from 'node:path';

function capture(isTTY: boolean) {
  let text = '';
  return { stream: { isTTY, write: (s: string) => ((text += s), true) }, text: () => text };
}

// A large synthetic pair (test fixture text, not guidance), just past the progress threshold,
// with a few edits: enough to run every stage, little enough to run them quickly.
const para = (i: number, word: string) => `${i}. The social worker and their ${word} should agree a plan of action within ${i % 9 + 1} working days.\n`;
const big = (word: string) => `# Fixture\n\n${Array.from({ length: 220 }, (_, s) => `## Section ${s}\n\n${Array.from({ length: 40 }, (_, i) => para(i + 1, i === 0 && s % 20 === 0 ? word : 'manager')).join('')}\n`).join('')}`;

describe('progress', () => {
  const f = fixtureFiles({ 'old.md': big('manager'), 'new.md': big('colleague') });

  it('the fixture pair is past the threshold', () => {
    expect(big('manager').length + big('colleague').length).toBeGreaterThanOrEqual(PROGRESS_THRESHOLD);
  });

  it('draws a bar on stderr when it is a terminal and the inputs are large', async () => {
    const out = capture(false);
    const err = capture(true);
    const code = await main({ argv: [f['old.md']!, f['new.md']!, '--format', 'json'], env: {}, stdout: out.stream, stderr: err.stream });
    expect(code).toBe(1);
    expect(err.text()).toMatch(/wtdiff .*\d\/6 (parse|align|diff|classify|render)/);
    expect(JSON.parse(out.text()).changes.length).toBeGreaterThan(0);
  });

  it('is silent when stderr is not a terminal', async () => {
    const err = capture(false);
    await main({ argv: [f['old.md']!, f['new.md']!, '--format', 'json'], env: {}, stdout: capture(false).stream, stderr: err.stream });
    expect(err.text()).toBe('');
  });

  it('is silent for small inputs even on a terminal', async () => {
    const err = capture(true);
    await main({ argv: [join(GUIDANCE, 'wt-2015.md'), join(GUIDANCE, 'wt-2018.md')], env: {}, stdout: capture(false).stream, stderr: err.stream });
    expect(err.text()).toBe('');
  });
});
