// The process boundary, tested on the built bin (dist/, which `npm test` builds first) as a
// user or a CI job runs it: exit codes, which stream carries what, colour through a pipe, a
// reader that closes the pipe early. Everything else runs main(io) in-process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, GUIDANCE, ROOT, runCli } from '../support/cli.js';

const OLD = join(GUIDANCE, 'wt-2015.md');
const NEW = join(GUIDANCE, 'wt-2018.md');
const ESC = '\u001b[';

describe('bin/wtdiff.js', () => {
  it('the quick start: exit 1, the report on stdout, nothing on stderr, no colour into a pipe', async () => {
    const r = await runCli(['guidance/wt-2015.md', 'guidance/wt-2018.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Manager removed from: agree a plan of action');
    expect(r.stdout).toContain('{+colleagues+}');
    expect(r.stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR from the environment colours a pipe', async () => {
    expect((await runCli([OLD, NEW], { FORCE_COLOR: '1' })).stdout).toContain(ESC);
  });

  it('exit 0 for identical files', async () => {
    expect(await runCli([OLD, OLD])).toEqual({ code: 0, stdout: expect.any(String), stderr: '' });
  });

  it('trouble: exit 2, one line on stderr, nothing on stdout', async () => {
    const r = await runCli([OLD, 'no-such-file.md']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wtdiff: cannot read no-such-file.md: no such file\n' });
    const usage = await runCli([OLD, NEW, '--frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("wtdiff: unknown option '--frobnicate'\n");
  });

  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a reader that closes the pipe early (| head) gets no error and no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, OLD, NEW, '--format', 'html'], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      received = d.length;
      child.stdout.destroy();
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
    expect(received).toBeGreaterThan(0);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });
});
