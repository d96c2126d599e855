// `wtdiff check [PATHS...] --base REF`: every markdown file that differs from
// REF, compared; exit 1 when a change with a --fail-on tag is not accepted.
import { Command, Option } from 'commander';
import { realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { TAG_NAMES } from '../tags.js';
import { repoRoot } from '../check/git.js';
import { DEFAULT_FAIL_ON, finish, runCheck } from '../check/run.js';
import { findConfig } from '../check/config.js';
import { acceptedFileText, DEFAULT_ACCEPTED_FILE, loadAccepted, toAcceptedMap } from '../check/accepted.js';
import { checkRenderers } from '../report/check.js';
import { ExitCode } from './exit-codes.js';
import type { CliContext } from './context.js';
import { parseTagList } from './compare.js';
import { loadRolesOption } from './roles-option.js';
import { writeAtomic } from './output.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

interface CheckFlags {
  base?: string;
  failOn?: string;
  format: string;
  output?: string;
  accepted?: string;
  writeAccepted?: string;
  roles?: string;
  all?: boolean;
  color?: boolean;
}

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description('compare every changed markdown file with a git ref; exit 1 when an unaccepted change has a --fail-on tag')
    .argument('[paths...]', 'files or directories to check (default: configuration "paths", else the current directory)')
    .option('-b, --base <ref>', 'git ref to compare with, e.g. origin/main (default: configuration "base")')
    .option('--fail-on <tags>', `fail on these tags (comma-separated; default ${DEFAULT_FAIL_ON.join(',')}): ${TAG_NAMES.join(', ')}`)
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(checkRenderers)).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--accepted <file>', `accepted-changes file (default: ${DEFAULT_ACCEPTED_FILE} in the repository root)`)
    .option('--write-accepted <file>', 'record the currently failing changes as accepted in this file (they then pass)')
    .option('--roles <file>', 'role lexicon file (JSON) extending or replacing the built-in one')
    .option('-a, --all', 'also show editorial-only and terminology-only changes')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (paths: string[], flags: CheckFlags) => {
      ctx.exitCode = await runCheckCommand(ctx, paths, flags);
    });
}

async function runCheckCommand(ctx: CliContext, paths: string[], flags: CheckFlags): Promise<number> {
  // The real path, so it compares equal to git's top-level path (symlinked temp dirs, /var → /private/var).
  const cwd = await realpath(ctx.io.cwd ?? process.cwd()).catch(() => ctx.io.cwd ?? process.cwd());
  const flagFailOn = parseTagList(flags.failOn, '--fail-on');
  const root = await repoRoot(cwd);
  const config = await findConfig(cwd, root);

  const base = flags.base ?? config?.base;
  if (!base) throw new UsageError('check: no base ref: give --base REF (e.g. --base origin/main) or "base" in wtdiff.config.json');
  const failOn = flagFailOn ?? config?.failOn ?? DEFAULT_FAIL_ON;
  const pathspecs = paths.length ? paths : (config?.paths ?? []).map((p) => relative(cwd, p) || '.');
  const rolesFile = flags.roles ?? config?.roles;
  const roles = rolesFile ? await loadRolesOption(rolesFile) : undefined;

  const acceptedPath = flags.accepted !== undefined ? resolve(cwd, flags.accepted) : (config?.accepted ?? join(root, DEFAULT_ACCEPTED_FILE));
  const explicit = flags.accepted !== undefined || config?.accepted !== undefined;
  const acceptedEntries = await loadAccepted(acceptedPath, !explicit);

  let result = await runCheck({ cwd, root, base, paths: pathspecs, failOn, accepted: toAcceptedMap(acceptedEntries), ...(roles ? { roles } : {}) });

  if (flags.writeAccepted !== undefined) {
    const target = resolve(cwd, flags.writeAccepted);
    const existing = target === acceptedPath ? acceptedEntries : await loadAccepted(target, true);
    await writeAtomic(target, acceptedFileText(existing, result.failing));
    const recorded = result.failing.length;
    const map = toAcceptedMap([...acceptedEntries, ...existing, ...result.failing.map((f) => ({ id: f.change.id }))]);
    result = finish(result.base, result.files, result.failOn, map);
    ctx.io.stderr.write(`wtdiff: recorded ${recorded} failing change${recorded === 1 ? '' : 's'} as accepted in ${flags.writeAccepted}\n`);
  }

  const render = checkRenderers[flags.format]!;
  const text = render(result, { all: flags.all ?? false, toolVersion: pkg.version, chalk: ctx.chalk(flags.color, flags.output === undefined) });
  if (flags.output !== undefined) await writeAtomic(resolve(cwd, flags.output), text);
  else ctx.io.stdout.write(text);
  return result.passed ? ExitCode.Same : ExitCode.Different;
}
