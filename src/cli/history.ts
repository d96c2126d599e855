// `wtdiff history V1 V2 V3 …`: each passage followed through the versions.
import { Command } from 'commander';
import { basename, extname } from 'node:path';
import { buildHistory } from '../pipeline/history.js';
import { renderHistoryJson, renderHistoryMarkdown, renderHistoryTerminal } from '../report/history.js';
import { renderHistoryHtml } from '../report/history-html.js';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import { allInOrder, STDIN } from '../ingest/index.js';
import { chooseOutputFormat } from './format.js';
import { inputLabel } from './compare.js';
import { loadRolesOption } from './roles-option.js';
import { emit, FORMATS, formatOption, readDoc, type Common } from './versions.js';

/** history also writes one self-contained HTML page (report/history-html.ts). */
const HISTORY_FORMATS = [...FORMATS, 'html'];

export function historyCommand(ctx: CliContext): Command {
  return new Command('history')
    .description('follow each passage through several versions (oldest first)')
    .argument('<versions...>', 'two or more versions, oldest first')
    .option('--label <labels>', 'labels for the versions, comma-separated (default: file names)')
    .option('--excerpts', 'the versions are excerpts: a passage missing from one is not quoted there, not removed')
    .option('-a, --all', 'also show passages that never change')
    .addOption(formatOption(HISTORY_FORMATS))
    .option('-o, --output <file>', 'write to a file (atomically)')
    .option('--roles <file>', 'role lexicon file (JSON)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (paths: string[], flags: Common & { label?: string; excerpts?: boolean; all?: boolean }) => {
      if (paths.length < 2) throw new UsageError('history needs at least two versions');
      if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError('only one version can be read from standard input (-)');
      flags.format = chooseOutputFormat(flags.format, flags.output, HISTORY_FORMATS);
      const labels = flags.label !== undefined ? flags.label.split(',').map((l) => l.trim()) : paths.map((p) => (p === STDIN ? inputLabel(p) : basename(p, extname(p))));
      if (labels.length !== paths.length) throw new UsageError(`--label gives ${labels.length} labels for ${paths.length} versions`);
      const roles = flags.roles ? await loadRolesOption(flags.roles) : undefined;
      const docs = await allInOrder(paths.map((p) => readDoc(ctx, p)));
      const history = buildHistory(docs, { labels, paths, excerpts: flags.excerpts ?? false, ...(roles ? { roles } : {}) });
      const opts = { all: flags.all ?? false, chalk: ctx.chalk(flags.color, flags.output === undefined) };
      const text = flags.format === 'json' ? renderHistoryJson(history)
        : flags.format === 'markdown' ? renderHistoryMarkdown(history, opts)
          : flags.format === 'html' ? renderHistoryHtml(history, opts)
            : renderHistoryTerminal(history, opts);
      await emit(ctx, flags, text, [...paths, flags.roles]);
      ctx.exitCode = history.passages.some((p) => p.events.some((e) => e.tags.some((t) => t !== 'editorial'))) ? 1 : 0;
    });
}

