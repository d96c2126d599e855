// `wtdiff check [PATHS...] --base REF`: every markdown file that differs from
// REF, compared; exit 1 when a change with a --fail-on tag is not accepted.
import { Command, Option } from 'commander';
import { realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { TAG_NAMES } from '../tags.js';
import { isTracked, repoRoot } from '../check/git.js';
import { DEFAULT_FAIL_ON, finish, runCheck } from '../check/run.js';
import { DEFAULT_MAX_JOBS } from '../check/pool.js';
import { findConfig } from '../check/config.js';
import { acceptedFileText, DEFAULT_ACCEPTED_FILE, loadAccepted, toAcceptedMap, type AcceptedEntry } from '../check/accepted.js';
import { auditAccepted, auditLines, auditProblems, mergeAudits, strictLine } from '../check/audit.js';
import type { CheckConfig } from '../check/config.js';
import { checkRenderers } from '../report/check.js';
import { ExitCode } from './exit-codes.js';
import type { CliContext } from './context.js';
import { parseTagList } from './compare.js';
import { loadRolesOption } from './roles-option.js';
import type { RoleLexicon } from '../classify/lexicon.js';
import { localFiles, writeOutput } from './output.js';
import { chooseOutputFormat } from './format.js';
import { resolveInside } from '../check/inside.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

interface CheckFlags {
  base?: string;
  failOn?: string;
  format?: string;
  output?: string;
  accepted?: string;
  writeAccepted?: string;
  strictAccepted?: boolean;
  roles?: string;
  jobs?: number;
  all?: boolean;
  color?: boolean;
}

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description('compare every changed markdown file with a git ref; exit 1 when an unaccepted change has a --fail-on tag')
    .argument('[paths...]', 'files or directories to check (default: configuration "paths", else the current directory)')
    .option('-b, --base <ref>', 'git ref to compare with, e.g. origin/main (default: configuration "base")')
    .option('--fail-on <tags>', `fail on these tags (comma-separated; default ${DEFAULT_FAIL_ON.join(',')}): ${TAG_NAMES.join(', ')}`)
    .addOption(new Option('-f, --format <name>', 'output format (default: from the -o extension, else terminal)').choices(Object.keys(checkRenderers)))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--accepted <file>', `accepted-changes file (default: ${DEFAULT_ACCEPTED_FILE} in the repository root)`)
    .option('--write-accepted <file>', 'record the currently failing changes as accepted in this file (they then pass)')
    .option('--strict-accepted', 'exit 2 when an accepted entry has no reason or matches no change (stale); otherwise they are warnings')
    .option('--roles <file>', 'role lexicon file (JSON) extending or replacing the built-in one')
    .option('-a, --all', 'also show editorial-only and terminology-only changes')
    .option('-j, --jobs <n>', `files compared at once, on worker threads (default: the number of CPUs, at most ${DEFAULT_MAX_JOBS}; 1: one at a time)`, parseJobs)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (paths: string[], flags: CheckFlags) => {
      ctx.exitCode = await runCheckCommand(ctx, paths, flags);
    });
}

/** --jobs N: a whole number from 1 to 64. */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
  return n;
}

async function runCheckCommand(ctx: CliContext, paths: string[], flags: CheckFlags): Promise<number> {
  // The real path, so it compares equal to git's top-level path (symlinked temp dirs, /var → /private/var).
  const cwd = await realpath(ctx.io.cwd ?? process.cwd()).catch(() => ctx.io.cwd ?? process.cwd());
  const flagFailOn = parseTagList(flags.failOn, '--fail-on');
  // Decided before anything runs: a -o the command cannot write is a usage error, not a late one.
  const render = checkRenderers[chooseOutputFormat(flags.format, flags.output, Object.keys(checkRenderers))]!;
  const root = await repoRoot(cwd);
  const config = await findConfig(cwd, root);

  const base = flags.base ?? config?.base;
  if (!base) throw new UsageError('check: no base ref: give --base REF (e.g. --base origin/main) or "base" in wtdiff.config.json');
  const failOn = flagFailOn ?? config?.failOn ?? DEFAULT_FAIL_ON;
  const pathspecs = paths.length ? paths : (config?.paths ?? []).map((p) => relative(cwd, p) || '.');
  const pathNames = paths.length ? paths : configuredPathNames(cwd, config);
  // Files the configuration names come with the pull request: they must resolve inside
  // the repository. Files named by flags come from whoever runs the command.
  let roles: RoleLexicon | undefined;
  if (flags.roles !== undefined) roles = await loadRolesOption(flags.roles);
  else if (config?.roles !== undefined) roles = await loadRolesOption(await resolveInside(root, config.roles, 'configuration "roles"'), { name: config.roles, regularOnly: true });

  const fromFlag = flags.accepted !== undefined;
  const acceptedPath = fromFlag ? resolve(cwd, flags.accepted!) : await resolveInside(root, config?.accepted ?? join(root, DEFAULT_ACCEPTED_FILE), config?.accepted !== undefined ? 'configuration "accepted"' : 'accepted-changes file');
  const explicit = fromFlag || config?.accepted !== undefined;
  const accepted = await loadAccepted(acceptedPath, !explicit, fromFlag ? {} : { regularOnly: true });

  let result = await runCheck({ cwd, root, base, paths: pathspecs, pathNames, failOn, accepted: toAcceptedMap(accepted.entries), ...(roles ? { roles } : {}), ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}) });
  // The entries read (not those --write-accepted adds now), by the file they are in, for the audit.
  const sources: { name: string; entries: readonly AcceptedEntry[] }[] = [{ name: fromFlag ? flags.accepted! : relative(cwd, acceptedPath) || acceptedPath, entries: accepted.entries }];

  if (flags.writeAccepted !== undefined) {
    // Written inside the repository only: a symlink placed by a pull request must not
    // turn this into a write anywhere the CI user can write.
    const target = await resolveInside(root, resolve(cwd, flags.writeAccepted), '--write-accepted');
    const existing = target === acceptedPath ? accepted : await loadAccepted(target, true, { regularOnly: true });
    if (target !== acceptedPath) sources.push({ name: flags.writeAccepted, entries: existing.entries });
    await writeOutput(target, acceptedFileText(existing, result.failing));
    const recorded = result.failing.length;
    const map = toAcceptedMap([...accepted.entries, ...existing.entries, ...result.failing.map((f) => ({ id: f.change.id }))]);
    result = finish(result.base, result.files, result.failOn, map);
    ctx.io.stderr.write(`wtdiff: recorded ${recorded} failing change${recorded === 1 ? '' : 's'} as accepted in ${flags.writeAccepted}; fill in each "reason" before committing it\n`);
  }
  const audits = sources.map((r) => ({ name: r.name, audit: auditAccepted(r.entries, result.files) }));
  const audit = audits.map((a) => a.audit).reduce(mergeAudits);
  result.acceptedAudit = audit;

  const text = render(result, { all: flags.all ?? false, toolVersion: pkg.version, chalk: ctx.chalk(flags.color, flags.output === undefined) });
  if (flags.output !== undefined) {
    const read = [...result.files.flatMap((f) => (f.newPath !== null ? [join(root, f.newPath)] : [])), acceptedPath, flags.roles ?? config?.roles];
    const out = resolve(cwd, flags.output);
    if (await isTracked(root, out)) throw new UsageError(`--output ${flags.output} is a file git tracks in this repository; choose another file (nothing was written)`);
    await writeOutput(out, text, { inputs: localFiles(read) });
  }
  else ctx.io.stdout.write(text);
  // After the report, so the last lines of a CI log say why the exit status is what it is.
  const strict = flags.strictAccepted ?? false;
  for (const a of audits) for (const line of auditLines(a.name, a.audit, base, strict)) ctx.io.stderr.write(`${line}\n`);
  if (strict && auditProblems(audit)) {
    ctx.io.stderr.write(`${strictLine(audit)}\n`);
    return ExitCode.Trouble;
  }
  return result.passed ? ExitCode.Same : ExitCode.Different;
}

/** Configured paths as the configuration file writes them, for an error that names one. */
function configuredPathNames(cwd: string, config: CheckConfig | null): string[] {
  if (!config?.paths) return [];
  const file = relative(cwd, config.filepath) || config.filepath;
  return config.paths.map((p) => `${relative(dirname(config.filepath), p) || '.'} (a "paths" entry of ${file})`);
}
