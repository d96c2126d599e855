// Running the CLI in tests. Most tests are about behaviour, not the process boundary: they call
// main(io) in-process (~30 ms a run). A few end-to-end tests spawn the built bin as a user would
// (~0.5 s a run), for what only a real process shows: exit codes, stdout/stderr, EPIPE, uid.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'wtdiff.js');
export const GUIDANCE = join(ROOT, 'guidance');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The CLI's working directory (check, git-diff); inputs are read relative to the test process's. */
  cwd?: string;
  /** Pretend stdout / stderr are terminals. */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
}

/**
 * The CLI core in-process: argv in, exit code and captured streams out. The CLI sees only `env`
 * (nothing inherited, as with runCli, which passes on only PATH).
 */
export async function runMain(args: string[], env: Record<string, string | undefined> = {}, options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    env: { ...env },
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: options.stderrTTY ?? false },
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}

/** The built bin (dist/, which `npm test` builds first) in a child process, as a user runs it. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Write fixture files into a fresh temp dir; returns their paths by name. */
export function fixtureFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'wtdiff-test-'));
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    out[name] = join(dir, name);
    writeFileSync(out[name], text);
  }
  return out;
}
