// `wtdiff compare OLD NEW` (and the shorthand `wtdiff OLD NEW`).
import { Command, Option } from 'commander';
import { basename } from 'node:path';
import { compareEditions, type Edition } from '../pipeline/compare.js';
import { buildRedline } from '../pipeline/redline.js';
import { FORMATS, loadRenderer } from '../report/index.js';
import { isKnownTag, TAG_NAMES } from '../tags.js';
import { UsageError } from '../errors.js';
import { Timings } from '../timings.js';
import type { Comparison } from '../types.js';
import { summarise } from '../summary.js';
import { ExitCode } from './exit-codes.js';
import type { CliContext } from './context.js';
import { allInOrder, isUrl, readInput, sourceMapOf, STDIN, STDIN_NAME, type Ingested } from '../ingest/index.js';
import { stat } from 'node:fs/promises';
import { chooseOutputFormat } from './format.js';
import { swappedWarning } from './swapped.js';
import { loadRolesOption } from './roles-option.js';
import { localFiles, writeOutput } from './output.js';
import { PROGRESS_THRESHOLD, stageProgress, type Progress } from './progress.js';

interface CompareFlags {
  format?: string;
  output?: string;
  only?: string;
  all?: boolean;
  color?: boolean;
  roles?: string;
  timings?: boolean;
  stat?: boolean;
  quiet?: boolean;
}

export function compareCommand(ctx: CliContext): Command {
  return new Command('compare')
    .description('compare two editions and report every changed sentence')
    .argument('<old>', 'the earlier edition: markdown, text, HTML, DOCX, PDF, an http(s) URL, or - for standard input')
    .argument('<new>', 'the later edition, in any of the same forms')
    .addOption(new Option('-f, --format <name>', 'output format (default: from the -o extension, else terminal); docx is a Word redline').choices(COMPARE_FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout; never one of the inputs')
    .option('--only <tags>', `show only changes with one of these tags (comma-separated): ${TAG_NAMES.join(', ')}`)
    .option('-a, --all', 'also show editorial-only and terminology-only changes')
    .option('--stat', 'print only the counts: changes per section and per tag')
    .option('-q, --quiet', 'print nothing; the exit code says whether anything substantive changed')
    .option('--roles <file>', 'role lexicon file (JSON) extending or replacing the built-in one')
    .option('--color', 'force colour on a terminal (--colour also works; a file is never coloured)')
    .option('--no-color', 'no colour')
    .option('--timings', 'print per-stage milliseconds on stderr')
    .action(async (oldPath: string, newPath: string, flags: CompareFlags) => {
      ctx.exitCode = await runCompare(ctx, oldPath, newPath, flags);
    });
}

/** What compare writes: every report, and the Word redline (binary, built from the documents too). */
const COMPARE_FORMATS = [...FORMATS, 'docx'];

export function parseTagList(value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined;
  const tags = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = tags.filter((t) => !isKnownTag(t));
  if (bad.length || !tags.length) throw new UsageError(`${option}: unknown tag ${bad.length ? `"${bad.join('", "')}"` : '(none given)'}; valid tags: ${TAG_NAMES.join(', ')}`);
  return tags;
}

/** How an input is named in reports: its file name, or "standard input" for "-". */
export function inputLabel(path: string): string {
  return path === STDIN ? STDIN_NAME : basename(path);
}

async function runCompare(ctx: CliContext, oldPath: string, newPath: string, flags: CompareFlags): Promise<number> {
  const only = parseTagList(flags.only, '--only');
  if (oldPath === STDIN && newPath === STDIN) throw new UsageError('only one side can be read from standard input (-)');
  let format = chooseOutputFormat(flags.format, flags.output, COMPARE_FORMATS);
  if (format === 'docx' && flags.output === undefined && ctx.io.stdout.isTTY) {
    throw new UsageError('--format docx writes a Word file: give -o FILE.docx (or redirect standard output to a file)');
  }
  if (flags.stat) {
    if (format !== 'terminal') throw new UsageError(`--stat is a terminal view of the counts; it cannot be combined with --format ${format}`);
    format = 'stat';
  }
  const roles = flags.roles ? await loadRolesOption(flags.roles) : undefined;
  // The bar appears only for inputs large enough to take a while; it names each stage as it starts.
  const large = flags.quiet ? false : await inputsAreLarge([oldPath, newPath]);
  const progress: Progress = stageProgress(ctx.io.stderr, large);
  const timings = new Timings((stage) => progress.stage(stage));
  try {
    const readOptions = ctx.io.stdin ? { stdin: ctx.io.stdin } : {};
    const [oldIn, newIn] = await timings.timeAsync('read', () => allInOrder([readInput(oldPath, readOptions), readInput(newPath, readOptions)]));
    // Places are cited in the user's own file, not by a line of the converted markdown.
    const edition = (path: string, input: Ingested): Edition => ({ markdown: input.markdown, label: inputLabel(path), path: path === STDIN ? STDIN_NAME : path, source: sourceMapOf(input) });
    const compared = compareEditions(edition(oldPath, oldIn), edition(newPath, newIn), { timings, ...(roles ? { roles } : {}) });
    let comparison = compared.comparison;
    if (only) comparison = filterTags(comparison, only);
    const exit = comparison.summary.substantive ? ExitCode.Different : ExitCode.Same;
    const swapped = swappedWarning(comparison.documents.old, comparison.documents.new);
    if (swapped && !flags.quiet) ctx.io.stderr.write(`${swapped}\n`);
    if (flags.quiet && flags.output === undefined) return exit;
    let text: string | Uint8Array;
    if (format === 'docx') {
      const { renderDocx } = await import('../report/docx.js');
      const redline = buildRedline(compared.old, compared.new, compared.alignment, comparison);
      text = await timings.timeAsync('render', () => renderDocx(comparison, redline, { all: flags.all ?? false, date: new Date() }));
    } else {
      const render = await loadRenderer(format);
      text = timings.time('render', () => render(comparison, { all: flags.all ?? false, chalk: ctx.chalk(flags.color, flags.output === undefined) }));
    }
    progress.stop();
    if (flags.output !== undefined) await writeOutput(flags.output, text, { inputs: localFiles([oldPath, newPath, flags.roles]) });
    else ctx.io.stdout.write(text);
    if (flags.timings) ctx.io.stderr.write(`${timings.format()}\n`);
    return exit;
  } finally {
    progress.stop();
  }
}

/** Whether the inputs are big enough for a progress bar: local files by size, URLs always (the network can be slow). */
async function inputsAreLarge(paths: string[]): Promise<boolean> {
  let bytes = 0;
  for (const p of paths) {
    if (p === STDIN) continue;
    if (isUrl(p)) return true;
    bytes += await stat(p).then((s) => (s.isFile() ? s.size : 0), () => 0);
  }
  return bytes >= PROGRESS_THRESHOLD;
}

/** The comparison narrowed to changes with one of `only`'s tags; `filter` keeps the totals before. */
export function filterTags(c: Comparison, only: string[]): Comparison {
  const changes = c.changes.filter((ch) => ch.tags.some((t) => only.includes(t)));
  return { ...c, changes, summary: summarise(changes), filter: { only, total: c.summary } };
}
