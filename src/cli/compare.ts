// `wtdiff compare OLD NEW` (and the shorthand `wtdiff OLD NEW`).
import { Command, Option } from 'commander';
import { basename } from 'node:path';
import { compareDocuments } from '../compare.js';
import { parseChunked } from '../parse/pieces.js';
import { FORMATS, loadRenderer } from '../report/index.js';
import { isKnownTag, TAG_NAMES } from '../tags.js';
import { UsageError } from '../errors.js';
import { Timings } from '../timings.js';
import type { Comparison } from '../types.js';
import { summarise } from '../compare.js';
import { ExitCode } from './exit-codes.js';
import type { CliContext } from './context.js';
import { readInput } from '../ingest/index.js';
import { loadRolesOption } from './roles-option.js';
import { localFiles, writeOutput } from './output.js';
import { PROGRESS_THRESHOLD, stageProgress, type Progress } from './progress.js';

interface CompareFlags {
  format: string;
  output?: string;
  only?: string;
  all?: boolean;
  color?: boolean;
  roles?: string;
  timings?: boolean;
}

export function compareCommand(ctx: CliContext): Command {
  return new Command('compare')
    .description('compare two editions and report every changed sentence')
    .argument('<old>', 'the earlier edition: markdown, text, HTML, DOCX, PDF or an http(s) URL')
    .argument('<new>', 'the later edition, in any of the same forms')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--only <tags>', `show only changes with one of these tags (comma-separated): ${TAG_NAMES.join(', ')}`)
    .option('-a, --all', 'also show editorial-only and terminology-only changes')
    .option('--roles <file>', 'role lexicon file (JSON) extending or replacing the built-in one')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--timings', 'print per-stage milliseconds on stderr')
    .action(async (oldPath: string, newPath: string, flags: CompareFlags) => {
      ctx.exitCode = await runCompare(ctx, oldPath, newPath, flags);
    });
}

export function parseTagList(value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined;
  const tags = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = tags.filter((t) => !isKnownTag(t));
  if (bad.length || !tags.length) throw new UsageError(`${option}: unknown tag ${bad.length ? `"${bad.join('", "')}"` : '(none given)'}; valid tags: ${TAG_NAMES.join(', ')}`);
  return tags;
}

async function runCompare(ctx: CliContext, oldPath: string, newPath: string, flags: CompareFlags): Promise<number> {
  const only = parseTagList(flags.only, '--only');
  const roles = flags.roles ? await loadRolesOption(flags.roles) : undefined;
  // The bar appears once the inputs are known to be large; until then stages are silent.
  let progress: Progress | undefined;
  const timings = new Timings((stage) => progress?.stage(stage));
  try {
    const [oldIn, newIn] = await timings.timeAsync('read', () => Promise.all([readInput(oldPath), readInput(newPath)]));
    progress = stageProgress(ctx.io.stderr, oldIn.markdown.length + newIn.markdown.length >= PROGRESS_THRESHOLD);
    const [old, neu] = timings.time('parse', () => [parseChunked({ markdown: oldIn.markdown, title: basename(oldPath) }), parseChunked({ markdown: newIn.markdown, title: basename(newPath) })]);
    let comparison = compareDocuments(old, neu, {
      oldLabel: basename(oldPath),
      newLabel: basename(newPath),
      oldPath,
      newPath,
      timings,
      ...(roles ? { roles } : {}),
      // Inputs read from PDF are located by page, not by a line of the converted markdown.
      ...(oldIn.pages ? { oldPages: oldIn.pages } : {}),
      ...(newIn.pages ? { newPages: newIn.pages } : {}),
    });
    if (only) comparison = filterTags(comparison, only);
    const render = await loadRenderer(flags.format);
    const text = timings.time('render', () => render(comparison, { all: flags.all ?? false, chalk: ctx.chalk(flags.color, flags.output === undefined) }));
    progress.stop();
    if (flags.output !== undefined) await writeOutput(flags.output, text, { inputs: localFiles([oldPath, newPath, flags.roles]) });
    else ctx.io.stdout.write(text);
    if (flags.timings) ctx.io.stderr.write(`${timings.format()}\n`);
    return comparison.summary.substantive ? ExitCode.Different : ExitCode.Same;
  } finally {
    progress?.stop();
  }
}

export function filterTags(c: Comparison, only: string[]): Comparison {
  const changes = c.changes.filter((ch) => ch.tags.some((t) => only.includes(t)));
  return { ...c, changes, summary: summarise(changes) };
}
