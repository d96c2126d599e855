// `wtdiff convert FILE|URL [-o out.md]`: print the markdown the comparison sees,
// so a user can check it and, if needed, fix and compare the markdown instead.
import { Command } from 'commander';
import { readInput } from '../ingest/index.js';
import { sanitizeOutput } from '../text/sanitize.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Writable } from './io.js';
import type { CliContext } from './context.js';
import { localFiles, writeOutput } from './output.js';

export interface ConvertOptions extends ReadOptions {
  /** Write here (atomically) instead of stdout; "-" is stdout. */
  output?: string;
}

/** Returns 0; reader and writer errors are thrown (InputError, exit 2 via main()). */
export async function runConvert(source: string, opts: ConvertOptions, io: { stdout: Writable }): Promise<number> {
  const readOptions: ReadOptions = {};
  if (opts.timeoutMs !== undefined) readOptions.timeoutMs = opts.timeoutMs;
  if (opts.maxBytes !== undefined) readOptions.maxBytes = opts.maxBytes;
  if (opts.stdin !== undefined) readOptions.stdin = opts.stdin;
  // The document's own controls never reach the terminal (or the file) as controls.
  const markdown = sanitizeOutput((await readInput(source, readOptions)).markdown);
  if (opts.output !== undefined && opts.output !== '-') await writeOutput(opts.output, markdown, { inputs: localFiles([source]) });
  else io.stdout.write(markdown);
  return 0;
}

export function convertCommand(ctx: CliContext): Command {
  return new Command('convert')
    .description('print the markdown wtdiff reads from a file or URL (markdown, text, HTML, DOCX, PDF)')
    .argument('<source>', 'a file path, an http(s) URL, or - for standard input')
    .option('-o, --output <file>', 'write the markdown to a file (atomically)')
    .action(async (source: string, flags: { output?: string }) => {
      ctx.exitCode = await runConvert(source, { ...(flags.output !== undefined ? { output: flags.output } : {}), ...(ctx.io.stdin ? { stdin: ctx.io.stdin } : {}) }, { stdout: ctx.io.stdout });
    });
}
