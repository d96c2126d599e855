// `wtdiff git-diff`: an adapter for git's external diff (GIT_EXTERNAL_DIFF or
// diff.<driver>.command). Git passes 7 arguments
//   path old-file old-hex old-mode new-file new-hex new-mode
// and 9 on a rename (… new-path rename-info); /dev/null stands for a missing
// side. Always exits 0: git aborts the whole diff on a non-zero status.
import { Command } from 'commander';
import { resolve } from 'node:path';
import { compare } from '../compare.js';
import { renderTerminal } from '../report/terminal.js';
import type { CliContext } from './context.js';
import { decodeText } from '../ingest/index.js';
import { readBounded } from '../ingest/local.js';
import { sanitizeForTerminal, sanitizeOutput } from '../report/sanitize.js';

interface GitDiffFlags {
  all?: boolean;
  color?: boolean;
}

export function gitDiffCommand(ctx: CliContext): Command {
  return new Command('git-diff')
    .description("adapter for git's external diff: takes the 7 (or 9, on renames) arguments git passes; always exits 0")
    .argument('<args...>', 'path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-info]')
    .option('-a, --all', 'also show editorial-only and terminology-only changes')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (args: string[], flags: GitDiffFlags) => {
      try {
        await runGitDiff(ctx, args, flags);
      } catch (err) {
        ctx.io.stderr.write(`wtdiff git-diff: ${sanitizeForTerminal((err as Error).message)}\n`);
      }
      ctx.exitCode = 0;
    });
}

async function runGitDiff(ctx: CliContext, args: string[], flags: GitDiffFlags): Promise<void> {
  if (args.length === 1) return; // unmerged path: git passes only its name
  if (args.length !== 7 && args.length !== 9) throw new Error(`expected 7 or 9 arguments from git, got ${args.length}`);
  const [path, oldFile, , , newFile] = args as [string, string, string, string, string];
  const newPath = args.length === 9 ? args[7]! : path;
  const cwd = ctx.io.cwd ?? process.cwd();
  const read = async (file: string, name: string) => (file === '/dev/null' ? '' : decodeText(name, await readBounded(resolve(cwd, file), { name })));
  const [oldText, newText] = await Promise.all([read(oldFile, path), read(newFile, newPath)]);
  const comparison = compare(oldText, newText, {
    oldLabel: oldFile === '/dev/null' ? '/dev/null' : `a/${path}`,
    newLabel: newFile === '/dev/null' ? '/dev/null' : `b/${newPath}`,
    oldPath: oldFile === '/dev/null' ? '/dev/null' : `a/${path}`,
    newPath: newFile === '/dev/null' ? '/dev/null' : `b/${newPath}`,
    idScope: newFile === '/dev/null' ? path : newPath,
  });
  const chalk = ctx.chalk(flags.color);
  ctx.io.stdout.write(sanitizeOutput(renderTerminal(comparison, { all: flags.all ?? false, chalk }), chalk.level > 0));
}
