import type { ChalkInstance } from 'chalk';
import type { CliIO } from './io.js';
import { colorLevel, makeChalk } from './color.js';

/** Shared by every command: the IO, the exit code a command sets, the colour policy. */
export class CliContext {
  exitCode = 0;
  constructor(readonly io: CliIO) {}

  /** A chalk for this output: colour only on a terminal unless forced, never into a file (--color included). */
  chalk(flag: boolean | undefined, toStdout = true): ChalkInstance {
    if (!toStdout) return makeChalk(0);
    return makeChalk(colorLevel(flag, this.io.env, this.io.stdout.isTTY));
  }
}
