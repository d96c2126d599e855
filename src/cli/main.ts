// The CLI core: argv in, exit code out. It never calls process.exit, so output
// flushes and tests can call main() directly.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitCode } from './exit-codes.js';
import { CliContext } from './context.js';
import type { CliIO } from './io.js';
import type { Command as CommandType } from 'commander';
import { WtdiffError } from '../errors.js';
import { sanitizeForTerminal } from '../text/sanitize.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

// Each command's module is loaded only when that command runs (or for --help):
// a comparison should not pay for loading the PDF reader or the git plumbing.
const COMMAND_LOADERS: Record<string, () => Promise<(ctx: CliContext) => CommandType>> = {
  compare: async () => (await import('./compare.js')).compareCommand,
  check: async () => (await import('./check.js')).checkCommand,
  history: async () => (await import('./history.js')).historyCommand,
  roles: async () => (await import('./roles.js')).rolesCommand,
  convert: async () => (await import('./convert.js')).convertCommand,
  'git-diff': async () => (await import('./git-diff.js')).gitDiffCommand,
  app: async () => (await import('./app.js')).appCommand,
};
const COMMANDS = new Set([...Object.keys(COMMAND_LOADERS), 'help']);

export async function main(io: CliIO): Promise<number> {
  const ctx = new CliContext(io);
  const debug = io.argv.includes('--debug');
  const argv = britishSpellings(io.argv.filter((a) => a !== '--debug'));
  // `wtdiff OLD NEW` is short for `wtdiff compare OLD NEW`, unless the first word is a mistyped
  // command ("compre", "chek"): then commander names it as unknown and suggests the command.
  const first = argv[0];
  if (first !== undefined && (first === '-' || !first.startsWith('-')) && !COMMANDS.has(first) && !isMistypedCommand(first, io.cwd)) argv.unshift('compare');

  const program = new Command('wtdiff')
    .description('Compare editions of statutory guidance: what changed, and who lost or gained a say in each decision.')
    .version(pkg.version)
    .option('--debug', 'show stack traces for internal errors')
    .showHelpAfterError(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`wtdiff: ${s.replace(/^error: /, '').trim()}\n`),
    });
  try {
    const command = argv[0];
    const wanted = command !== undefined && command in COMMAND_LOADERS ? [command] : Object.keys(COMMAND_LOADERS);
    for (const name of wanted) {
      const cmd = (await COMMAND_LOADERS[name]!())(ctx);
      cmd.exitOverride().configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(`wtdiff: ${s.replace(/^error: /, '').trim()}\n`),
      });
      program.addCommand(cmd);
    }
    if (argv.length === 0) {
      // Nothing asked for: the help, on stderr, as trouble (a script that lost its arguments fails).
      io.stderr.write(program.helpInformation());
      return ExitCode.Trouble;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    return handleError(err, io, debug);
  }
}

/** Flags with a British spelling, rewritten to the one commander knows (up to a `--`). */
const SPELLINGS: Record<string, string> = { '--colour': '--color', '--no-colour': '--no-color' };

function britishSpellings(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((a, i) => (end >= 0 && i > end ? a : (SPELLINGS[a] ?? a)));
}

/**
 * A first word that is not a file but within two edits of a command name ("compre", "chek",
 * "histroy") is a mistyped command, not the old edition of a comparison.
 */
function isMistypedCommand(word: string, cwd: string | undefined): boolean {
  if (word === '-' || /[/\\.]/.test(word) || existsSync(resolve(cwd ?? process.cwd(), word))) return false;
  return [...COMMANDS].some((name) => editDistance(word.toLowerCase(), name) <= Math.min(2, Math.floor(name.length / 3)));
}

/** Damerau–Levenshtein (optimal string alignment) distance, as commander uses for suggestions. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function handleError(err: unknown, io: CliIO, debug: boolean): number {
  if (err instanceof CommanderError) {
    // Help and version are not errors; every usage error is trouble (2), never 1.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.Same;
    if (err.exitCode === 0) return ExitCode.Same;
    return ExitCode.Trouble;
  }
  if (err instanceof WtdiffError) {
    io.stderr.write(`wtdiff: ${oneLine(err.message)}\n`);
    return ExitCode.Trouble;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr.write(debug ? `${e.stack ?? e.message}\n` : `wtdiff: internal error: ${oneLine(e.message)} (run with --debug for details)\n`);
  return ExitCode.Trouble;
}

/** One line, and no control sequences: messages echo paths and file contents. */
function oneLine(s: string): string {
  return sanitizeForTerminal(s.replace(/\s*\n\s*/g, ' ').trim());
}
