// `wtdiff roles FILE [--compare NEW]`: who decides, in one version or two side by side.
import { Command } from 'commander';
import { compareDecisions, listDecisions } from '../pipeline/roles.js';
import { renderDecisionComparisonMarkdown, renderDecisionComparisonTerminal, renderDecisionsMarkdown, renderDecisionsTerminal } from '../report/decisions.js';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import { STDIN } from '../ingest/index.js';
import { chooseOutputFormat } from './format.js';
import { loadRolesOption } from './roles-option.js';
import { toJson } from '../text/json.js';
import { emit, FORMATS, formatOption, readDoc, type Common } from './versions.js';

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
      const doc = await readDoc(ctx, path);
      if (flags.compare === undefined) {
        const decisions = listDecisions(doc, lexicon);
        await emit(ctx, flags, flags.format === 'json' ? toJson({ decisions }) : flags.format === 'markdown' ? renderDecisionsMarkdown(decisions) : renderDecisionsTerminal(decisions, chalk), [path, flags.roles]);
        ctx.exitCode = 0;
        return;
      }
      const cmp = compareDecisions(doc, await readDoc(ctx, flags.compare), lexicon);
      await emit(ctx, flags, flags.format === 'json' ? toJson(cmp) : flags.format === 'markdown' ? renderDecisionComparisonMarkdown(cmp) : renderDecisionComparisonTerminal(cmp, chalk), [path, flags.compare, flags.roles]);
      ctx.exitCode = cmp.rows.some((r) => r.removed.length || r.added.length) ? 1 : 0;
    });
}

