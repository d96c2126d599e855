// `wtdiff app -o wtdiff.html`: write the browser app, one self-contained HTML file that compares
// two editions with nothing installed and nothing uploaded (src/app/, built by
// `npm run build:app` into dist/app/wtdiff.html, which this copies).
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { UsageError, WtdiffError } from '../errors.js';
import type { CliContext } from './context.js';
import { writeOutput } from './output.js';

/** Where `npm run build:app` writes the app: dist/app/, found the same from dist/cli/ and src/cli/. */
export const APP_FILE = new URL('../../dist/app/wtdiff.html', import.meta.url);

export function appCommand(ctx: CliContext): Command {
  return new Command('app')
    .description('write wtdiff as one HTML file that compares two editions in a browser, offline (nothing is uploaded)')
    .option('-o, --output <file>', 'the file to write, e.g. wtdiff.html')
    .action(async (flags: { output?: string }) => {
      if (flags.output === undefined && ctx.io.stdout.isTTY) throw new UsageError('wtdiff app writes an HTML file: give -o FILE.html (or redirect standard output to a file)');
      let page: Uint8Array;
      try {
        page = await readFile(APP_FILE);
      } catch {
        throw new WtdiffError('the browser app is not built in this installation: run npm run build:app');
      }
      if (flags.output !== undefined && flags.output !== '-') await writeOutput(flags.output, page);
      else ctx.io.stdout.write(page);
      ctx.exitCode = 0;
    });
}
