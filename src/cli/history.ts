// `wtdiff history V1 V2 V3 …` and `wtdiff roles FILE [--compare NEW]`.
import { Command, Option } from 'commander';
import { basename, extname } from 'node:path';
import { buildHistory } from '../pipeline/history.js';
import { compareDecisions, listDecisions } from '../pipeline/roles.js';
import { parseEdition } from '../pipeline/compare.js';
import { renderHistoryJson, renderHistoryMarkdown, renderHistoryTerminal } from '../report/history.js';
import { renderDecisionComparisonMarkdown, renderDecisionComparisonTerminal, renderDecisionsMarkdown, renderDecisionsTerminal } from '../report/decisions.js';
import { sanitizeOutput } from '../text/sanitize.js';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import { readInput, STDIN } from '../ingest/index.js';
import { chooseOutputFormat } from './format.js';
import { inputLabel } from './compare.js';
import { runConvert } from './convert.js';
import { loadRolesOption } from './roles-option.js';
import { localFiles, writeOutput } from './output.js';
import { toJson } from '../text/json.js';

interface Common {
  format?: string;
  output?: string;
  color?: boolean;
  roles?: string;
}

const FORMATS = ['terminal', 'json', 'markdown'];
const formatOption = () => new Option('-f, --format <name>', 'output format (default: from the -o extension, else terminal)').choices(FORMATS);

/** Write to --output (never over one of `read`, the files this run read) or stdout. */
async function emit(ctx: CliContext, flags: Common, rendered: string, read: readonly (string | undefined)[]): Promise<void> {
  const text = sanitizeOutput(rendered, ctx.chalk(flags.color, flags.output === undefined).level > 0);
  if (flags.output !== undefined) await writeOutput(flags.output, text, { inputs: localFiles(read) });
  else ctx.io.stdout.write(text);
}

async function readDoc(ctx: CliContext, path: string) {
  return parseEdition((await readInput(path, ctx.io.stdin ? { stdin: ctx.io.stdin } : {})).markdown, inputLabel(path));
}

export function historyCommand(ctx: CliContext): Command {
  return new Command('history')
    .description('follow each passage through several versions (oldest first)')
    .argument('<versions...>', 'two or more versions, oldest first')
    .option('--label <labels>', 'labels for the versions, comma-separated (default: file names)')
    .option('--excerpts', 'the versions are excerpts: a passage missing from one is not quoted there, not removed')
    .option('-a, --all', 'also show passages that never change')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to a file (atomically)')
    .option('--roles <file>', 'role lexicon file (JSON)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (paths: string[], flags: Common & { label?: string; excerpts?: boolean; all?: boolean }) => {
      if (paths.length < 2) throw new UsageError('history needs at least two versions');
      if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError('only one version can be read from standard input (-)');
      flags.format = chooseOutputFormat(flags.format, flags.output, FORMATS);
      const labels = flags.label !== undefined ? flags.label.split(',').map((l) => l.trim()) : paths.map((p) => (p === STDIN ? inputLabel(p) : basename(p, extname(p))));
      if (labels.length !== paths.length) throw new UsageError(`--label gives ${labels.length} labels for ${paths.length} versions`);
      const roles = flags.roles ? await loadRolesOption(flags.roles) : undefined;
      const docs = await Promise.all(paths.map((p) => readDoc(ctx, p)));
      const history = buildHistory(docs, { labels, paths, excerpts: flags.excerpts ?? false, ...(roles ? { roles } : {}) });
      const opts = { all: flags.all ?? false, chalk: ctx.chalk(flags.color, flags.output === undefined) };
      const text = flags.format === 'json' ? renderHistoryJson(history) : flags.format === 'markdown' ? renderHistoryMarkdown(history, opts) : renderHistoryTerminal(history, opts);
      await emit(ctx, flags, text, [...paths, flags.roles]);
      ctx.exitCode = history.passages.some((p) => p.events.some((e) => e.tags.some((t) => t !== 'editorial'))) ? 1 : 0;
    });
}

export function rolesCommand(ctx: CliContext): Command {
  return new Command('roles')
    .description('list the decisions in a version and the roles named in each')
    .argument('<file>', 'the version to read')
    .option('--compare <new>', 'show a later version side by side, differences marked')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to a file (atomically)')
    .option('--roles <file>', 'role lexicon file (JSON)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (path: string, flags: Common & { compare?: string }) => {
      if (path === STDIN && flags.compare === STDIN) throw new UsageError('only one version can be read from standard input (-)');
      flags.format = chooseOutputFormat(flags.format, flags.output, FORMATS);
      const lexicon = flags.roles ? await loadRolesOption(flags.roles) : undefined;
      const chalk = ctx.chalk(flags.color, flags.output === undefined);
      const json = toJson;
      const doc = await readDoc(ctx, path);
      if (flags.compare === undefined) {
        const decisions = listDecisions(doc, lexicon);
        await emit(ctx, flags, flags.format === 'json' ? json({ decisions }) : flags.format === 'markdown' ? renderDecisionsMarkdown(decisions) : renderDecisionsTerminal(decisions, chalk), [path, flags.roles]);
        ctx.exitCode = 0;
        return;
      }
      const cmp = compareDecisions(doc, await readDoc(ctx, flags.compare), lexicon);
      await emit(ctx, flags, flags.format === 'json' ? json(cmp) : flags.format === 'markdown' ? renderDecisionComparisonMarkdown(cmp) : renderDecisionComparisonTerminal(cmp, chalk), [path, flags.compare, flags.roles]);
      ctx.exitCode = cmp.rows.some((r) => r.removed.length || r.added.length) ? 1 : 0;
    });
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
