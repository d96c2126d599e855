// `wtdiff git-diff`: an adapter for git's external diff (GIT_EXTERNAL_DIFF or
// diff.<driver>.command). Git passes 7 arguments
//   path old-file old-hex old-mode new-file new-hex new-mode
// and 9 on a rename (… new-path rename-info); /dev/null stands for a missing
// side. Always exits 0: git aborts the whole diff on a non-zero status.
//
// As GIT_EXTERNAL_DIFF it sees every file, not only documents. Each file's output starts
// with one line naming both paths (`wtdiff: a/<path> → b/<path>`, the report's own first
// line), and each file after the first is set off by a blank line, so a diff of many files
// reads as a list. A file wtdiff does not read gets that line with the reason, then git's
// own diff of the two versions (check/plain-diff.ts). So does a document wtdiff cannot
// read (a binary .md, a damaged .docx): git's diff is better than none.
import { Command } from 'commander';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compare } from '../pipeline/compare.js';
import { renderTerminal } from '../report/terminal.js';
import type { CliContext } from './context.js';
import { allInOrder, readBytes, sourceMapOf, type InputFormat } from '../ingest/index.js';
import type { SourceMap } from '../types.js';
import { formatFromExtension, sniff } from '../ingest/sniff.js';
import { readBounded } from '../ingest/local.js';
import { sanitizeForTerminal, sanitizeOutput } from '../text/sanitize.js';
import { colourDiff, plainDiff } from '../check/plain-diff.js';

const DEV_NULL = '/dev/null';
const READS = 'markdown, text, HTML, DOCX, PDF';

interface GitDiffFlags {
  all?: boolean;
  color?: boolean;
}

/** One version of the file, as git passed it. */
interface Version {
  /** The file to read (/dev/null for a missing side). */
  file: string;
  /** Its path in the repository. */
  path: string;
  /** `a/<path>`, `b/<path>` or /dev/null, as git labels it. */
  label: string;
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
  const version = (file: string, p: string, prefix: string): Version => (file === DEV_NULL ? { file, path: p, label: DEV_NULL } : { file: resolve(cwd, file), path: p, label: `${prefix}/${p}` });
  const old = version(oldFile, path, 'a');
  const neu = version(newFile, newPath, 'b');
  const chalk = ctx.chalk(flags.color);
  const colour = chalk.level > 0;
  // Git numbers the files of one diff; the blank line keeps one file's output off the last.
  if (Number(ctx.io.env['GIT_DIFF_PATH_COUNTER'] ?? 1) > 1) ctx.io.stdout.write('\n');

  let reason = `not a format wtdiff reads (${READS})`;
  const claims = await readableAs(old, neu);
  if (claims) {
    try {
      const [o, n] = await allInOrder([ingest(old, claims[0]), ingest(neu, claims[1])]);
      const comparison = compare(o.markdown, n.markdown, {
        oldLabel: old.label,
        newLabel: neu.label,
        oldPath: old.label,
        newPath: neu.label,
        idScope: newFile === DEV_NULL ? path : newPath,
        // Cited as in `compare`: the file's own line, page or paragraph, never the converted markdown's line.
        ...(o.source ? { oldSource: o.source } : {}),
        ...(n.source ? { newSource: n.source } : {}),
      });
      ctx.io.stdout.write(sanitizeOutput(renderTerminal(comparison, { all: flags.all ?? false, chalk }), colour));
      return;
    } catch (err) {
      reason = (err as Error).message;
    }
  }
  const note = chalk.bold(`wtdiff: ${sanitizeForTerminal(old.label)} → ${sanitizeForTerminal(neu.label)}: ${sanitizeForTerminal(reason)}; git's diff follows`);
  ctx.io.stdout.write(sanitizeOutput(`${note}\n`, colour));
  ctx.io.stdout.write(sanitizeOutput(colourDiff(await plainDiff(old, neu), chalk), colour));
}

/**
 * The format each side claims, or null when wtdiff does not read this file. The extension
 * decides (either side's, so a rename from .md to .txt is still compared); a file without a
 * known extension is read only when its bytes are a PDF or a Word document. Text without a
 * known extension is more often code or data than guidance, and git's diff suits it better.
 */
async function readableAs(old: Version, neu: Version): Promise<[InputFormat | undefined, InputFormat | undefined] | null> {
  const o = formatFromExtension(old.path);
  const n = formatFromExtension(neu.path);
  if (o || n) return [o ?? n, n ?? o];
  for (const v of [old, neu]) {
    if (v.file === DEV_NULL) continue;
    const kind = sniff(await head(v.file));
    if (kind === 'pdf' || kind === 'docx') return [undefined, undefined];
  }
  return null;
}

async function ingest(v: Version, claimed: InputFormat | undefined): Promise<{ markdown: string; source?: SourceMap }> {
  if (v.file === DEV_NULL) return { markdown: '' };
  // Git passes a temp file (or the working-tree file): never follow a symlink out of it.
  const read = await readBytes(v.path, await readBounded(v.file, { name: v.path, noFollow: true }), claimed);
  return { markdown: read.markdown, source: sourceMapOf(read) };
}

/** The first bytes of a file, enough to sniff; nothing when it cannot be read (git's diff will say). */
async function head(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array();
  }
}
